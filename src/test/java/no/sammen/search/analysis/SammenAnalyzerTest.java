package no.sammen.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SammenAnalyzerTest {
    private static final Analyzer INDEX = SammenAnalyzer.forIndexing();
    private static final Analyzer QUERY = SammenAnalyzer.forQuery();

    private static Set<String> index(String text) {
        return AnalyzedTerms.of(INDEX, text);
    }

    private static Set<String> query(String text) {
        return AnalyzedTerms.of(QUERY, text);
    }

    @ParameterizedTest(name = "{0} and {1} have the same stem")
    @CsvSource({
        "sjukeheimen, sjukeheim",
        "sjukeheimane, sjukeheim",
        "sykehjemmene, sykehjem",
        "sykehjemmet, sykehjem",
        "rommet, rom",
        "medlemmer, medlem",
        "turgruppa, turgruppe",
        "turgruppene, turgruppe",
        "personar, personer",
        "pårørande, pårørende",
        "tilbodet, tilbod",
        "tilbudene, tilbud",
        "aktiviteter, aktivitet",
        "aktivitetar, aktivitet",
        "demensen, demens",
        "venner, venn",
        "kafeen, kafé",
    })
    void stemsBokmaalAndNynorskInflectionsAlike(String inflected, String base) {
        assertEquals(index(base), index(inflected));
    }

    @Test
    void stopwordsOfBothWrittenFormsAreRemoved() {
        assertEquals(List.of("trim", "=trim", "boe", "gvarv"), List.copyOf(index("Trim i Bø og på Gvarv")));
        assertEquals(Set.of(), index("og i på ikkje ikke å er det som ein eit en ei"));
        assertEquals(Set.of(), index("paa aa naar"), "ASCII spellings of stopwords are stopwords too");
    }

    @Test
    void synonymsAreAGraphAtQueryTimeAndAGroupInTheIndex() {
        assertTrue(query("sjukeheim").containsAll(query("sykehjem")));
        for (String synonym : List.of("sykehjem", "omsorgssenter", "helsehus")) {
            String stem = index(synonym).iterator().next();
            assertTrue(query("sjukeheim").contains(stem), synonym);
            assertTrue(index(synonym).contains("=sykehjem"), synonym);
        }
        assertFalse(index("sjukeheim").contains("sykehjem"), "the index keeps the word as written");
        assertTrue(index("sjukeheim").containsAll(Set.of("sjukeheim", "=sykehjem")));
        assertEquals(Set.of("bingo"), index("bingo"), "a word in no group has no group term");
    }

    @Test
    void aCompoundAndItsPartInOneGroupCarryTheGroupOnce() {
        List<String> terms = new ArrayList<>();
        try (var stream = INDEX.tokenStream("", "turgruppe")) {
            var term = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertEquals(1, terms.stream().filter("=tur"::equals).count(), terms.toString());
    }

    @Test
    void theFingerprintNamesTheWordLists() {
        assertTrue(SammenAnalyzer.wordListsFingerprint().matches("[0-9a-f]{12}"));
    }

    @Test
    void compoundsAreSplitOnlyAtIndexTime() {
        assertEquals(Set.of("turgrupp", "tur", "grupp", "=tur"), index("turgruppe"));
        assertEquals(Set.of("nettbrettkur"), query("nettbrettkurs"));
    }

    @Test
    void multiWordSynonymIsExpandedAtQueryTime() {
        assertTrue(query("digital hjelp").contains("digihjelp"));
        assertTrue(query("digihjelp").containsAll(Set.of("digital", "hjelp")));
    }

    @Test
    void normalizeFoldsWithoutStemming() {
        assertEquals("boekeskogen", QUERY.normalize("title", "BØKESKOGEN").utf8ToString());
    }

    @Test
    void sharedInstanceIsThreadSafe() throws Exception {
        String text = "Dagtilbod for personar med demens og turgruppa i Bøkeskogen";
        Set<String> expectedIndex = index(text);
        Set<String> expectedQuery = query(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(
                        pool.submit(
                                () -> {
                                    for (int i = 0; i < 200; i++) {
                                        if (!index(text).equals(expectedIndex) || !query(text).equals(expectedQuery)) {
                                            return false;
                                        }
                                    }
                                    return true;
                                }));
            }
            for (Future<Boolean> result : results) {
                assertTrue(result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
