package no.sammen.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NorwegianFoldingFilterTest {

    /** Only lowercasing and folding, no stemming: shows the filter's own output. */
    private static String fold(String word) throws IOException {
        Tokenizer tokenizer = new WhitespaceTokenizer();
        tokenizer.setReader(new StringReader(word));
        try (TokenStream stream = SammenAnalyzer.folded(tokenizer)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            assertTrue(stream.incrementToken());
            String result = term.toString();
            stream.end();
            return result;
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "Bøkeskogen, boekeskogen",
        "BØKESKOGEN, boekeskogen",
        "pårørende, paaroerende",
        "Ærfuglen, aerfuglen",
        "Åmot, aamot",
        "kafé, kafe",
        "crème, creme",
        "Müller, muller",
        "Göteborg, goeteborg",
        "Bäckström, baeckstroem",
        "plain, plain",
    })
    void foldsToCanonicalSpelling(String input, String expected) throws IOException {
        assertEquals(expected, fold(input));
    }

    @Test
    void decomposedUnicodeFoldsLikeComposed() throws IOException {
        assertEquals("paaroerende", fold("pa\u030Aro\u0338rende"));
        assertEquals("kafe", fold("kafe\u0301"));
        assertEquals("goeteborg", fold("go\u0308teborg"));
    }

    @Test
    void oAndOSlashStayDistinct() throws IOException {
        assertNotEquals(fold("bøker"), fold("boker"));
        assertNotEquals(fold("Søbakken"), fold("Sobakken"));
    }

    @Test
    void asciiSpellingsFindNorwegianLetters() {
        SearchFixture index = SearchFixture.ofTitles("Turgruppe i Bøkeskogen", "Pårørendekafé", "Bingo");
        for (String query : List.of("boekeskogen", "BØKESKOGEN", "Bøkeskogen")) {
            assertEquals(List.of("Turgruppe i Bøkeskogen"), index.search(query), query);
        }
        for (String query : List.of("paaroerende", "paarorende", "pårørende")) {
            assertEquals(List.of("Pårørendekafé"), index.search(query), query);
        }
        assertEquals(List.of("Pårørendekafé"), index.search("kafe"));
    }

    /**
     * ø is its own letter: "boker" does not find "bøker". In words of five letters or more a single
     * o/ø slip is forgiven like any other typo, but ranks below the exact spelling.
     */
    @Test
    void oSlashIsNotO() {
        SearchFixture index = SearchFixture.ofTitles("Bøker til utlån", "Søbakken sykehjem", "Sobakken gård");
        assertEquals(List.of(), index.search("boker"));
        assertEquals(List.of("Bøker til utlån"), index.search("bøker"));
        assertEquals("Søbakken sykehjem", index.search("Søbakken").get(0));
        assertEquals("Søbakken sykehjem", index.search("Soebakken").get(0));
        assertEquals("Søbakken sykehjem", index.search("SØBAKKEN").get(0));
        assertEquals("Sobakken gård", index.search("Sobakken").get(0));
    }
}
