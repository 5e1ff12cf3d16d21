package no.sammen.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.no.NorwegianLightStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;

/**
 * Analyzer for Norwegian text that treats bokmål and nynorsk as one language.
 *
 * <p>Both flavours share: standard tokenizing → lowercase → {@link NorwegianFoldingFilter} (æ→ae,
 * ø→oe, å→aa, é→e; ø stays distinct from o) → stopwords (bokmål + nynorsk) → words protected from
 * the stemmer → Lucene's light Norwegian stemmer with the bokmål and nynorsk rules both on → {@link
 * FinalMmFilter} (sykehjemmet → sykehjem). All
 * resource files are folded and stemmed through this same chain when loaded, so they may be written
 * with real Norwegian letters.
 *
 * <ul>
 *   <li>{@link #forIndexing()} adds compound splitting ({@link CompoundSplitFilter}): {@code
 *       turgruppe} is indexed as {@code turgrupp, tur, grupp}, so a query {@code tur} finds it. Done
 *       only at index time because at query time the parts would widen a query for {@code
 *       sjukeheim} to anything containing {@code heim}. Then each word's synonym group ({@link
 *       SynonymGroupFilter}): sjukeheim, sykehjem, omsorgssenter and helsehus all carry {@code
 *       =sykehjem}, so that {@link UserQuery} can search a word and its synonyms as one term, which
 *       Lucene ranks without visiting every match.
 *   <li>{@link #forQuery()} adds the synonyms ({@code synonyms.txt}: sjukeheim ⇄ sykehjem, trim ⇄
 *       trening, …) as a token graph, so {@link UserQuery} sees which words belong together,
 *       including multi-word synonyms ({@code digital hjelp}) and one-way ones, which have no group
 *       and stay query-time alternatives.
 * </ul>
 *
 * <p>Because the index holds stems, compound parts and synonym groups, it must be rebuilt when a word
 * list changes: {@link #wordListsFingerprint()} is part of the index's schema version, so a restart
 * after editing a list rebuilds it.
 *
 * <p>Instances are thread-safe and cheap (dictionaries are loaded once per JVM); index and search
 * must use the matching flavour.
 */
public final class SammenAnalyzer extends Analyzer {
    /** NorwegianLightStemmer.BOKMAAL | NorwegianLightStemmer.NYNORSK (constants are package-private). */
    private static final int BOKMAAL_AND_NYNORSK = 1 | 2;

    private final boolean indexing;

    private SammenAnalyzer(boolean indexing) {
        this.indexing = indexing;
    }

    /** Analyzer for the index side: stems, compound parts and synonym groups. */
    public static SammenAnalyzer forIndexing() {
        return new SammenAnalyzer(true);
    }

    /** Analyzer for the query side: stems plus synonyms as a graph, no compound parts. */
    public static SammenAnalyzer forQuery() {
        return new SammenAnalyzer(false);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new StopFilter(folded(source), AnalysisResources.STOPWORDS);
        stream = stemmed(stream, AnalysisResources.PROTECTED);
        stream =
                indexing
                        ? new SynonymGroupFilter(
                                new CompoundSplitFilter(stream, AnalysisResources.COMPOUNDS),
                                AnalysisResources.SYNONYM_GROUPS)
                        : new SynonymGraphFilter(stream, AnalysisResources.SYNONYMS, true);
        return new TokenStreamComponents(source, stream);
    }

    /** Changes whenever one of the word lists (stopwords, protected words, synonyms, compound parts) does. */
    public static String wordListsFingerprint() {
        return AnalysisResources.FINGERPRINT;
    }

    /** Used by Lucene for wildcard/fuzzy terms and by {@link UserQuery} for typo tolerance. */
    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return folded(in);
    }

    static TokenStream folded(TokenStream in) {
        return new NorwegianFoldingFilter(new LowerCaseFilter(in));
    }

    static TokenStream stemmed(TokenStream in, CharArraySet protectedWords) {
        return new FinalMmFilter(
                new NorwegianLightStemFilter(
                        new SetKeywordMarkerFilter(in, protectedWords), BOKMAAL_AND_NYNORSK));
    }
}
