package no.sammen.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class RecentlyUsedTest {

    @Test
    void keepsWhatWasPut() {
        RecentlyUsed<String, Integer> kept = new RecentlyUsed<>(8);
        kept.put("tur", 1);
        kept.put("sang", 2);
        assertEquals(1, kept.get("tur"));
        assertEquals(2, kept.get("sang"));
        assertNull(kept.get("sjakk"));
    }

    @Test
    void staysNearItsSizeAndDropsTheLeastRecentlyUsed() throws InterruptedException {
        RecentlyUsed<Integer, Integer> kept = new RecentlyUsed<>(100);
        for (int i = 0; i < 100; i++) {
            kept.put(i, i);
        }
        Thread.sleep(1); // the clock is nanoTime: the reads below are clearly later than the puts
        for (int i = 0; i < 10; i++) {
            kept.get(i); // the first ten are asked for again
        }
        for (int i = 100; i < 1_000; i++) {
            kept.put(i, i);
            assertTrue(kept.size() <= 125, "at most a quarter over its size: " + kept.size());
        }
        for (int i = 0; i < 10; i++) {
            assertNull(kept.get(i), "not asked for since 900 newer ones: dropped");
        }
        assertEquals(999, kept.get(999));
    }

    @Test
    void anEntryInUseOutlivesNewerOnesThatAreNot() {
        RecentlyUsed<Integer, Integer> kept = new RecentlyUsed<>(100);
        kept.put(-1, -1);
        for (int i = 0; i < 1_000; i++) {
            kept.put(i, i);
            assertEquals(-1, kept.get(-1), "asked for all the time, so never the least recently used");
        }
    }

    @Test
    void sizeZeroKeepsNothing() {
        RecentlyUsed<String, Integer> kept = new RecentlyUsed<>(0);
        kept.put("tur", 1);
        assertNull(kept.get("tur"));
    }

    @Test
    void manyThreadsReadingAndPuttingLeaveItBoundedAndConsistent() throws Exception {
        RecentlyUsed<Integer, Integer> kept = new RecentlyUsed<>(64);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int offset = t;
                done.add(threads.submit(() -> {
                    for (int i = 0; i < 20_000; i++) {
                        int key = (i * 7 + offset) % 500;
                        Integer value = kept.get(key);
                        if (value != null) {
                            assertEquals(key, value, "a key's own value, never another's");
                        } else {
                            kept.put(key, key);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            threads.shutdown();
        }
        assertTrue(kept.size() <= 64 + 16 + 8, "bounded, give or take the puts racing a drop: " + kept.size());
    }
}
