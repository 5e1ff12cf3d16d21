package no.sammen.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class QueryMixTest {

    @Test
    void drawsTheGivenNumberOfDifferentSearchesByPopularityReproducibly() {
        List<String> drawn = QueryMix.draw(2_000, 100_000, 42);
        assertEquals(100_000, drawn.size());
        assertEquals(drawn, QueryMix.draw(2_000, 100_000, 42), "the same seed gives the same mix");
        Map<String, Long> counts = drawn.stream().collect(Collectors.groupingBy(Function.identity(),
                Collectors.counting()));
        assertTrue(counts.size() > 1_500 && counts.size() <= 2_000, "most of the 2 000 are asked: " + counts.size());
        long top = counts.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        // Zipf with exponent 1 over 2 000: the first is asked 1/H(2000) ≈ 12 % of the time.
        assertEquals(0.12, top / 100_000.0, 0.01);
        assertTrue(drawn.stream().allMatch(q -> q.startsWith("q=")), "every one is a text search");
        assertTrue(drawn.stream().anyMatch(q -> q.contains("&near=")) && drawn.stream().anyMatch(q -> q.contains("&day=")),
                "some near a place, some in a weekday window");
        assertEquals(0.5, QueryMix.repeated(List.of("q=a", "q=b", "q=a", "q=a"), 4), 1e-9, "two of four repeat");
        assertTrue(QueryMix.repeated(drawn, 7_000) > QueryMix.repeated(drawn, 500), "more draws, more repeats");
    }

    @Test
    void theSharesACacheWouldAnswerFollowItsSizeAndHowOftenItIsEmptied() {
        List<String> abc = List.of("q=a", "q=b", "q=a", "q=c", "q=b", "q=a");
        assertEquals(3 / 6.0, QueryMix.keptShare(abc, 3, 0, 0), 1e-9, "a, b, a kept from their first time");
        assertEquals(0, QueryMix.keptShare(abc, 1, 0, 0), 1e-9, "one answer kept: no search asks for the one before it");
        assertEquals(0, QueryMix.keptShare(abc, 3, 0, 1), 1e-9, "emptied before every search: nothing answered");
        assertEquals(1.0, QueryMix.keptShare(abc, 3, 4, 0), 1e-9, "counted from the fifth draw on: b and a, both kept");
        List<String> drawn = QueryMix.draw(2_000, 60_000, 42);
        double steady = QueryMix.keptShare(drawn, 1_024, 20_000, 0);
        assertTrue(steady > 0.8 && steady < 0.95, "most of a popular mix: " + steady);
        assertTrue(QueryMix.keptShare(drawn, 1_024, 20_000, 2_000) < steady, "writes empty it");
        assertTrue(QueryMix.keptShare(drawn, 128, 20_000, 0) < steady, "a smaller cache answers less");
    }
}
