package no.sammen.search.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The hand-edited word lists, loaded once per JVM and shared read-only by every analyzer instance
 * and thread. Entries are run through the same folding and stemming as the text they will meet.
 */
final class AnalysisResources {
    static final CharArraySet STOPWORDS;
    static final CharArraySet PROTECTED;
    static final SynonymMap SYNONYMS;
    static final CompoundDictionary COMPOUNDS;
    static final SynonymGroups SYNONYM_GROUPS;
    /** Changes whenever a word list changes, and with it the terms the index holds. */
    static final String FINGERPRINT;

    private static final List<String> FILES =
            List.of("stopwords.txt", "protected_words.txt", "synonyms.txt", "compound_parts.txt");

    static {
        Analyzer folding = chain(SammenAnalyzer::folded);
        STOPWORDS = foldedSet(lines("stopwords.txt"), folding);
        PROTECTED = foldedSet(lines("protected_words.txt"), folding);
        Analyzer stemming = chain(in -> SammenAnalyzer.stemmed(SammenAnalyzer.folded(in), PROTECTED));
        SYNONYMS = synonyms(stemming);
        SYNONYM_GROUPS = SynonymGroups.of(lines("synonyms.txt"), entry -> singleOrNull(stemming, entry));
        FINGERPRINT = fingerprint();
        COMPOUNDS =
                CompoundDictionary.of(
                        lines("compound_parts.txt"),
                        word -> single(folding, word),
                        word -> single(stemming, word));
    }

    private AnalysisResources() {}

    private static Analyzer chain(Function<Tokenizer, TokenStream> filters) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, filters.apply(source));
            }
        };
    }

    private static CharArraySet foldedSet(List<String> words, Analyzer folding) {
        CharArraySet set = new CharArraySet(words.size(), false);
        for (String word : words) {
            set.add(single(folding, word));
        }
        return CharArraySet.unmodifiableSet(set);
    }

    private static SynonymMap synonyms(Analyzer stemming) {
        SolrSynonymParser parser = new SolrSynonymParser(true, true, stemming);
        try (Reader reader = open("synonyms.txt")) {
            parser.parse(reader);
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException("synonyms.txt line " + e.getErrorOffset(), e);
        }
    }

    /** Analyses a resource entry that must be exactly one word. */
    private static String single(Analyzer analyzer, String word) {
        String result = singleOrNull(analyzer, word);
        if (result == null) {
            throw new IllegalStateException("resource entry must be one word: '" + word + "'");
        }
        return result;
    }

    /** The one term of an entry, or null when it analyses to no term or to several. */
    private static String singleOrNull(Analyzer analyzer, String word) {
        try (TokenStream stream = analyzer.tokenStream("", new StringReader(word))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            String result = stream.incrementToken() ? term.toString() : null;
            if (stream.incrementToken()) {
                result = null;
            }
            stream.end();
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String name : FILES) {
                try (InputStream in = AnalysisResources.class.getResourceAsStream(name)) {
                    if (in == null) {
                        throw new IllegalStateException("missing resource " + name);
                    }
                    digest.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 6);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Non-blank lines of a resource file, with {@code #} comments removed. */
    private static List<String> lines(String name) {
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(open(name))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int comment = line.indexOf('#');
                String entry = (comment >= 0 ? line.substring(0, comment) : line).strip();
                if (!entry.isEmpty()) {
                    lines.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    private static Reader open(String name) {
        InputStream in = AnalysisResources.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + name);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
