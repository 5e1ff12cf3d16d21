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
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * Turns what a person typed into a search box into a Lucene {@link Query}. The text is plain words,
 * never Lucene syntax: {@code "(*:~^[]{}!&|/\-+} and AND/OR/NOT are just characters that the
 * analyzer drops or keeps as words, so no input throws.
 *
 * <ul>
 *   <li>Each word becomes one clause that matches the word's stem in any of the fields (a word may
 *       be in the title, the next in the description), its synonyms at weight {@value
 *       #SYNONYM_WEIGHT}, and, when the stem or the folded word has at least {@value
 *       #FUZZY_MIN_LENGTH} letters, the same with one typo (FuzzyQuery, edit distance 1, first
 *       letter fixed) at weight {@value #FUZZY_WEIGHT}: so the word typed ranks above a synonym
 *       in comparable documents, and both above a typo. A clause scores its best alternative
 *       (dis-max).
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
 * <p>Meant for {@link SammenAnalyzer#forQuery()}; it works with any analyzer, but all fields are
 * analysed with the chain of the first field.
 */
public final class UserQuery {
    static final int MAX_WORDS = 10;
    static final float SYNONYM_WEIGHT = 0.8f;
    static final float FUZZY_WEIGHT = 0.3f;
    static final int FUZZY_MIN_LENGTH = 5;
    static final int FUZZY_MAX_EXPANSIONS = 10;
    /** A word matched in two ways (two fields, or exactly and as a typo) scores a little higher. */
    private static final float FIELD_TIE_BREAKER = 0.1f;

    private UserQuery() {}

    /**
     * @param userText raw text from the user, may be null or empty
     * @param fields fields to search, at least one
     * @param analyzer normally {@link SammenAnalyzer#forQuery()}
     * @return a query; {@link MatchNoDocsQuery} when the text has no searchable word
     */
    public static Query parse(String userText, String[] fields, Analyzer analyzer) {
        return parse(userText, fields, analyzer, true);
    }

    /**
     * As {@link #parse(String, String[], Analyzer)}; without {@code typos} no fuzzy alternatives are added,
     * which is much cheaper on a large index when the words as written already match.
     */
    public static Query parse(String userText, String[] fields, Analyzer analyzer, boolean typos) {
        Objects.requireNonNull(analyzer, "analyzer");
        if (fields == null || fields.length == 0) {
            throw new IllegalArgumentException("at least one field is required");
        }
        if (userText == null || userText.isBlank()) {
            return new MatchNoDocsQuery("no search text");
        }
        // A repeated word counts once: "tur tur" must not raise the number of words required.
        Set<Query> words = new LinkedHashSet<>();
        for (List<Token> word : words(userText, fields[0], analyzer)) {
            words.add(wordQuery(word, fields, typos));
        }
        if (words.isEmpty()) {
            return new MatchNoDocsQuery("no searchable words");
        }
        if (words.size() == 1) {
            return words.iterator().next();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (Query word : words) {
            query.add(word, Occur.SHOULD);
        }
        return query.setMinimumNumberShouldMatch(minimumShouldMatch(words.size())).build();
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

    private static Query wordQuery(List<Token> word, String[] fields, boolean typos) {
        int start = word.get(0).start();
        int end = word.stream().mapToInt(Token::end).max().orElseThrow();
        if (end - start == 1) {
            return alternatives(word, fields, typos);
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
            options.add(alternatives(spanning, fields, typos));
        }
        if (!path.isEmpty()) {
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            for (List<Token> step : path.values()) {
                all.add(alternatives(step, fields, typos), Occur.MUST);
            }
            options.add(all.build());
        }
        return options.size() == 1 ? options.get(0) : new DisjunctionMaxQuery(options, 0f);
    }

    /** The tokens of one position, in every field: exact stems and synonyms, plus typos. */
    private static Query alternatives(List<Token> tokens, String[] fields, boolean typos) {
        Map<String, Float> weights = new LinkedHashMap<>();
        List<String> fuzzy = new ArrayList<>();
        for (Token token : tokens) {
            weights.merge(token.term(), token.synonym() ? SYNONYM_WEIGHT : 1f, Math::max);
            if (typos && !token.synonym()) {
                addFuzzy(fuzzy, token.term());
                addFuzzy(fuzzy, token.surface());
            }
        }
        List<Query> options = new ArrayList<>();
        for (String field : fields) {
            options.add(exact(field, weights));
            for (String term : fuzzy) {
                Query typo = new FuzzyQuery(new Term(field, term), 1, 1, FUZZY_MAX_EXPANSIONS, true);
                options.add(new BoostQuery(typo, FUZZY_WEIGHT));
            }
        }
        return options.size() == 1 ? options.get(0) : new DisjunctionMaxQuery(options, FIELD_TIE_BREAKER);
    }

    private static void addFuzzy(List<String> fuzzy, String term) {
        if (term != null && term.length() >= FUZZY_MIN_LENGTH && !fuzzy.contains(term)) {
            fuzzy.add(term);
        }
    }

    /**
     * A SynonymQuery scores all forms of a word with one shared document frequency, so a rare nynorsk
     * form does not outscore the common bokmål one just for being rare.
     */
    private static Query exact(String field, Map<String, Float> weights) {
        if (weights.size() == 1) {
            var only = weights.entrySet().iterator().next();
            Query term = new TermQuery(new Term(field, only.getKey()));
            return only.getValue() == 1f ? term : new BoostQuery(term, only.getValue());
        }
        SynonymQuery.Builder synonyms = new SynonymQuery.Builder(field);
        weights.forEach((term, weight) -> synonyms.addTerm(new Term(field, term), weight));
        return synonyms.build();
    }
}
