package no.sammen.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns what a person typed into a search box into a Lucene {@link Query}. The text is plain words,
 * never Lucene syntax: {@code "(*:~^[]{}!&|/\-+} and AND/OR/NOT are just characters that the
 * analyzer drops or keeps as words, so no input throws.
 *
 * <ul>
 *   <li>Each word becomes one clause over the field holding all words of a document (title and
 *       text): its synonym group ({@code =sykehjem} for sjukeheim, see {@link SynonymGroups}), or the
 *       stem itself when it has no group. A word and its synonyms count alike, so "sjukeheim" and
 *       "sykehjem" give the same list. A word in the title counts more because the index holds the
 *       title's words more than once in that field; and, when the stem or the folded word has at least {@value
 *       #FUZZY_MIN_LENGTH} letters, the same with one typo (FuzzyQuery, edit distance 1, first letter
 *       fixed) at weight {@value #FUZZY_WEIGHT} is an alternative (the better of the two counts).
 *   <li>Synonyms without a group (multi-word and one-way entries) are alternatives at weight {@value
 *       #SYNONYM_WEIGHT}: {@code digihjelp} also matches documents with both {@code digital} and
 *       {@code hjelp}.
 *   <li>Words must match: all of them for one or two words, two thirds (rounded up) for longer
 *       queries, so one odd word does not empty the result but documents with more words rank
 *       higher.
 *   <li>Only the first {@value #MAX_WORDS} words count, and a repeated word counts once. The cap
 *       keeps the query within Lucene's clause limit after fuzzy expansion (at most {@value
 *       #FUZZY_MAX_EXPANSIONS} terms each).
 *   <li>Text with no searchable word (blank, punctuation, only stopwords such as "og") gives a
 *       {@link MatchNoDocsQuery}, never null.
 * </ul>
 *
 * <p>Why one group term rather than a dis-max of every synonym in every field, as before: Lucene
 * then knows each block's best possible score and skips blocks that cannot reach the page, so the
 * top 20 of 180 000 matches cost a few thousand documents scored, not 180 000. An extra bonus for
 * the very form typed was tried and dropped: it made two-word queries 2–4 times slower (BENCHMARKS.md
 * 3a⁗).
 *
 * <p>Meant for {@link SammenAnalyzer#forQuery()} over fields indexed with {@link
 * SammenAnalyzer#forIndexing()}, which carry the synonym groups.
 */
public final class UserQuery {
    static final int MAX_WORDS = 10;
    static final float SYNONYM_WEIGHT = 0.8f;
    static final float FUZZY_WEIGHT = 0.3f;
    static final int FUZZY_MIN_LENGTH = 5;
    static final int FUZZY_MAX_EXPANSIONS = 10;

    private final String wordsField;
    private final boolean typos;

    private UserQuery(String wordsField, boolean typos) {
        this.wordsField = wordsField;
        this.typos = typos;
    }

    /**
     * @param userText raw text from the user, may be null or empty
     * @param wordsField the field with all words of a document
     * @param analyzer normally {@link SammenAnalyzer#forQuery()}
     * @return a query; {@link MatchNoDocsQuery} when the text has no searchable word
     */
    public static Query parse(String userText, String wordsField, Analyzer analyzer) {
        return parse(userText, wordsField, analyzer, true);
    }

    /**
     * As {@link #parse(String, String, Analyzer)}; without {@code typos} no fuzzy alternatives are
     * added, which is much cheaper on a large index when the words as written already match.
     */
    public static Query parse(String userText, String wordsField, Analyzer analyzer, boolean typos) {
        Objects.requireNonNull(analyzer, "analyzer");
        if (wordsField == null || wordsField.isBlank()) {
            throw new IllegalArgumentException("the words field is required");
        }
        if (userText == null || userText.isBlank()) {
            return new MatchNoDocsQuery("no search text");
        }
        UserQuery parser = new UserQuery(wordsField, typos);
        // A repeated word counts once: "tur tur" must not raise the number of words required.
        Set<Query> words = new LinkedHashSet<>();
        for (List<Token> word : words(userText, wordsField, analyzer)) {
            words.add(parser.wordQuery(word));
        }
        if (words.isEmpty()) {
            return new MatchNoDocsQuery("no searchable words");
        }
        if (words.size() == 1) {
            return words.iterator().next();
        }
        int required = minimumShouldMatch(words.size());
        // Every word required: MUST clauses, so that a caller can put them beside its own filters in one conjunction.
        Occur occur = required == words.size() ? Occur.MUST : Occur.SHOULD;
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (Query word : words) {
            query.add(word, occur);
        }
        return occur == Occur.MUST ? query.build() : query.setMinimumNumberShouldMatch(required).build();
    }

    static int minimumShouldMatch(int words) {
        return words <= 2 ? words : (2 * words + 2) / 3;
    }

    /** One analysed token: positions [start, end) in the token graph, a stem or a synonym. */
    private record Token(String term, int start, int end, boolean synonym, String surface) {}

    /**
     * Groups the analysed tokens into words: tokens that share a position (a stem and its synonyms),
     * or that overlap through a multi-word synonym (digihjelp ⇄ digital hjelp), form one word.
     */
    private static List<List<Token>> words(String text, String field, Analyzer analyzer) {
        List<List<Token>> words = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute posInc = stream.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute posLength = stream.addAttribute(PositionLengthAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            int position = -1;
            int wordEnd = -1;
            while (stream.incrementToken()) {
                position += posInc.getPositionIncrement();
                if (position >= wordEnd) {
                    if (words.size() == MAX_WORDS) {
                        break;
                    }
                    words.add(new ArrayList<>());
                }
                boolean synonym = SynonymGraphFilter.TYPE_SYNONYM.equals(type.type());
                String surface = synonym ? null : surface(text, offset, field, analyzer);
                int end = position + posLength.getPositionLength();
                words.get(words.size() - 1).add(new Token(term.toString(), position, end, synonym, surface));
                wordEnd = Math.max(wordEnd, end);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a String cannot fail", e);
        }
        return words;
    }

    /** The word as typed, only lowercased and folded: typo tolerance must not depend on the stemmer. */
    private static String surface(String text, OffsetAttribute offset, String field, Analyzer a) {
        int start = offset.startOffset();
        int end = offset.endOffset();
        if (start < 0 || end > text.length() || start >= end) {
            return null;
        }
        return a.normalize(field, text.substring(start, end)).utf8ToString();
    }

    private Query wordQuery(List<Token> word) {
        int start = word.get(0).start();
        int end = word.stream().mapToInt(Token::end).max().orElseThrow();
        if (end - start == 1) {
            return alternatives(word);
        }
        // A multi-word synonym: either a token spanning the whole word, or the path of tokens.
        List<Token> spanning = new ArrayList<>();
        Map<Integer, List<Token>> path = new LinkedHashMap<>();
        for (Token token : word) {
            if (token.start() == start && token.end() == end) {
                spanning.add(token);
            } else {
                path.computeIfAbsent(token.start(), p -> new ArrayList<>()).add(token);
            }
        }
        List<Query> options = new ArrayList<>();
        if (!spanning.isEmpty()) {
            options.add(alternatives(spanning));
        }
        if (!path.isEmpty()) {
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            for (List<Token> step : path.values()) {
                all.add(alternatives(step), Occur.MUST);
            }
            options.add(all.build());
        }
        return options.size() == 1 ? options.get(0) : new DisjunctionMaxQuery(options, 0f);
    }

    /**
     * The tokens of one position: the word's group or stem (and synonyms without a group), with typos as
     * alternatives. No separate title clause: the index counts the title's words more often instead, so a word is
     * one term and Lucene's bound on a block's best score is the score of a document in it (BENCHMARKS.md 3a⁵).
     */
    private Query alternatives(List<Token> tokens) {
        Map<String, Float> terms = new LinkedHashMap<>();
        List<String> fuzzy = new ArrayList<>();
        for (Token token : tokens) {
            List<String> groups = AnalysisResources.SYNONYM_GROUPS.of(token.term());
            if (groups.isEmpty()) {
                terms.merge(token.term(), token.synonym() ? SYNONYM_WEIGHT : 1f, Math::max);
            } else {
                groups.forEach(group -> terms.merge(group, 1f, Math::max));
            }
            if (typos && !token.synonym()) {
                addFuzzy(fuzzy, token.term());
                addFuzzy(fuzzy, token.surface());
            }
        }
        Query word = inField(wordsField, terms);
        if (fuzzy.isEmpty()) {
            return word;
        }
        // The best of word and typos, not their sum: a typo alternative also matches the word itself, and must not
        // favour the form typed over its synonyms.
        List<Query> options = new ArrayList<>();
        options.add(word);
        for (String term : fuzzy) {
            Query typo = new FuzzyQuery(new Term(wordsField, term), 1, 1, FUZZY_MAX_EXPANSIONS, true);
            options.add(new BoostQuery(typo, FUZZY_WEIGHT));
        }
        return new DisjunctionMaxQuery(options, 0f);
    }

    /** One term, or any of several, in one field. */
    private static Query inField(String field, Map<String, Float> terms) {
        if (terms.size() == 1) {
            var only = terms.entrySet().iterator().next();
            return weighted(field, only.getKey(), only.getValue());
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        terms.forEach((term, w) -> any.add(weighted(field, term, w), Occur.SHOULD));
        return any.build();
    }

    private static Query weighted(String field, String term, float weight) {
        Query query = new TermQuery(new Term(field, term));
        return weight == 1f ? query : new BoostQuery(query, weight);
    }

    private static void addFuzzy(List<String> fuzzy, String term) {
        if (term != null && term.length() >= FUZZY_MIN_LENGTH && !fuzzy.contains(term)) {
            fuzzy.add(term);
        }
    }
}
