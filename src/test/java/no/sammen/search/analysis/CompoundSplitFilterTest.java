package no.sammen.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CompoundSplitFilterTest {
    private static final Analyzer INDEX = SammenAnalyzer.forIndexing();

    private static Set<String> terms(String text) {
        return AnalyzedTerms.of(INDEX, text);
    }

    @ParameterizedTest(name = "{0} contains {1}")
    @CsvSource({
        "turgruppe, tur",
        "turgruppa, gruppe",
        "nettbrettkurs, nettbrett",
        "nettbrettkurs, kurs",
        "nettbrettkursene, kurs",
        "musikkterapi, musikk",
        "demensvennlig, demens",
        "demensteamet, demens",
        "omsorgssenter, omsorg",
        "besøksvenn, besøk",
        "Bøkeskogen, skog",
        "Bøkeskogen, bøk",
        "helsehus, hus",
        "pårørendekafé, kafé",
        "dagtilbod, tilbod",
        "turgåing, tur",
        "gåtur, tur",
        "frivilligsentralen, frivillig",
    })
    void splitsCompoundIntoKnownParts(String compound, String part) {
        Set<String> parts = terms(compound);
        assertTrue(parts.containsAll(terms(part)), compound + " → " + parts);
    }

    @Test
    void keepsTheWholeWordFirstAndPartsAtItsPosition() throws IOException {
        try (TokenStream stream = INDEX.tokenStream("f", "Nettbrettkurs")) {
            PositionIncrementAttribute posInc = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            var term = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            stream.reset();
            assertTrue(stream.incrementToken());
            assertEquals(1, posInc.getPositionIncrement());
            int parts = 0;
            while (stream.incrementToken()) {
                assertEquals(0, posInc.getPositionIncrement());
                assertEquals(13, offset.endOffset());
                if (!term.toString().startsWith(SynonymGroups.PREFIX)) {
                    parts++;
                }
            }
            stream.end();
            assertEquals(4, parts, "nettbrett, nett, brett, kurs");
        }
    }

    @ParameterizedTest(name = "{0} is not a compound of known parts")
    @ValueSource(strings = {"kultur", "natur", "turnering", "turist", "pedagog", "venstre", "matte"})
    void doesNotSplitWordsThatOnlyContainAPart(String word) {
        assertEquals(1, terms(word).size(), () -> word + " → " + terms(word));
    }

    @Test
    void partOfACompoundFindsTheCompound() {
        SearchFixture index =
                SearchFixture.ofTitles(
                        "Turgruppe for alle",
                        "Nettbrettkurs på biblioteket",
                        "Musikkterapi",
                        "Demensvennlig butikk",
                        "Demensteamet",
                        "Kulturkveld",
                        "Naturstien");
        assertEquals(List.of("Turgruppe for alle"), index.search("tur"));
        assertEquals(List.of("Nettbrettkurs på biblioteket"), index.search("nettbrett"));
        assertEquals(List.of("Musikkterapi"), index.search("musikk"));
        assertEquals(Set.of("Demensvennlig butikk", "Demensteamet"), Set.copyOf(index.search("demens")));
        assertFalse(index.search("natur").contains("Kulturkveld"));
    }
}
