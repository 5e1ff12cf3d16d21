package no.sammen.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void bokmaalAndNynorskAreNorwegian() {
        assertEquals(Optional.of("no"), Languages.normalise("nb"));
        assertEquals(Optional.of("no"), Languages.normalise("NN"));
        assertEquals(Optional.of("no"), Languages.normalise(" no "));
    }

    @Test
    void otherIsoCodesAreKeptAndNonsenseIsRefused() {
        assertEquals(Optional.of("pl"), Languages.normalise("pl"));
        assertEquals(Optional.of("ti"), Languages.normalise("ti"));
        assertTrue(Languages.normalise("norsk").isEmpty());
        assertTrue(Languages.normalise("xx").isEmpty());
        assertTrue(Languages.normalise(null).isEmpty());
    }

    @Test
    void tagsAreNormalisedAndDeduplicated() {
        assertEquals(List.of("turgåing", "sang og musikk"),
                Vocabulary.normaliseTags(List.of(" Turgåing", "turgåing", "Sang  og musikk", " ")));
    }
}
