package no.sammen.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The normalised terms of a text, for comparing texts outside the search index (shared interests
 * between a volunteer and an activity).
 */
public final class AnalyzedTerms {
    private static final Analyzer INDEXING = SammenAnalyzer.forIndexing();
    private static final Analyzer QUERY = SammenAnalyzer.forQuery();

    private AnalyzedTerms() {}

    /** Every term the analyzer produces for the text, in order of first appearance. */
    public static Set<String> of(Analyzer analyzer, String text) {
        Set<String> terms = new LinkedHashSet<>();
        if (text == null || text.isEmpty()) {
            return terms;
        }
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a String cannot fail", e);
        }
        return terms;
    }

    /**
     * Terms for matching two texts against each other: the index terms (stems and compound parts)
     * plus the query terms (stems and synonyms). Two texts share a term exactly when a search for
     * one would find the other, e.g. "musikk" and "sang og musikk", "turgåing" and "tur",
     * "sjukeheim" and "sykehjem".
     */
    public static Set<String> forMatching(String text) {
        Set<String> terms = of(INDEXING, text);
        terms.addAll(of(QUERY, text));
        return terms;
    }
}
