package no.sammen.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnalyzedTermsTest {

    private static boolean share(String a, String b) {
        Set<String> common = new HashSet<>(AnalyzedTerms.forMatching(a));
        common.retainAll(AnalyzedTerms.forMatching(b));
        return !common.isEmpty();
    }

    @Test
    void returnsTheAnalyzersTermsInOrder() {
        assertEquals(
                List.of("sang", "=sang", "musikk"),
                List.copyOf(AnalyzedTerms.of(SammenAnalyzer.forIndexing(), "Sang og musikk")));
        assertEquals(Set.of(), AnalyzedTerms.of(SammenAnalyzer.forIndexing(), ""));
        assertEquals(Set.of(), AnalyzedTerms.forMatching(null));
    }

    @Test
    void relatedInterestsShareTerms() {
        assertTrue(share("musikk", "sang og musikk"));
        assertTrue(share("turgåing", "tur"));
        assertTrue(share("sjukeheim", "sykehjem"));
        assertTrue(share("Trim for eldre", "trening"));
        assertTrue(share("pårørande", "Pårørendekafé"));
        assertTrue(share("nettbrett", "Nettbrettkurs med ungdomsskoleelever"));
    }

    @Test
    void unrelatedInterestsShareNothing() {
        assertFalse(share("musikk", "turgåing"));
        assertFalse(share("tur", "kultur"));
        assertFalse(share("og", "og"));
    }
}
