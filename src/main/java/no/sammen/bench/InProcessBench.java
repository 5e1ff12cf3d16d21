package no.sammen.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.sammen.geo.GeoPoint;
import no.sammen.search.control.Search;
import no.sammen.search.control.SearchIndex;
import no.sammen.search.control.SearchRequest;
import no.sammen.search.control.SearchResult;

/**
 * In-process search benchmark, no database: builds a Lucene index with {@link SearchIndex} from synthetic
 * {@code Indexable}s (N volunteers + N/10 activities + N/10 needs) and times {@link Search#search} per query
 * type, single-threaded, with System.nanoTime; after warm-up, {@code runs} rounds of {@code iterations} queries
 * each, reporting median and p99 per round (sorted latencies). Hand-written harness, not JMH.
 *
 * <pre>java -Xmx1g -cp ... no.sammen.bench.InProcessBench volunteers=1000000 seed=42 runs=5 iterations=2000 seedDir=seed</pre>
 *
 * {@code view=public} searches as an anonymous resident does (public records only), as the HTTP benchmark does.
 * Answers to text searches are not kept (each query is repeated, so a kept answer would time the cache, not the
 * search); variant {@code textcache} keeps them.
 */
public final class InProcessBench {

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = Args.parse(args);
        int volunteers = Integer.parseInt(opts.getOrDefault("volunteers", "1000000"));
        long seed = Long.parseLong(opts.getOrDefault("seed", "42"));
        int runs = Integer.parseInt(opts.getOrDefault("runs", "5"));
        int iterations = Integer.parseInt(opts.getOrDefault("iterations", "2000"));
        Path seedDir = Path.of(opts.getOrDefault("seedDir", "seed"));
        allRecords = !"public".equals(opts.get("view"));
        Path dir = opts.containsKey("indexDir") ? Path.of(opts.get("indexDir")) : Files.createTempDirectory("sammen-bench");

        Synthetic synthetic = new Synthetic(seed, Synthetic.fromSeedFiles(seedDir));
        SearchIndex index = new SearchIndex();
        boolean fresh = index.open(dir);
        int offers = volunteers / 10;
        if (fresh) {
            long t0 = System.nanoTime();
            long[] count = {0};
            index.rebuild(sink -> {
                long id = 1000;
                for (int i = 0; i < volunteers; i++) {
                    sink.accept(synthetic.volunteerIndexable(i, id++));
                    progress(++count[0], t0);
                }
                for (int i = 0; i < offers; i++) {
                    sink.accept(synthetic.activityIndexable(i, id++));
                    progress(++count[0], t0);
                }
                for (int i = 0; i < offers; i++) {
                    sink.accept(synthetic.needIndexable(i, id++));
                    progress(++count[0], t0);
                }
            });
            System.out.printf("indexed %d documents in %.1f s into %s%n", count[0], (System.nanoTime() - t0) / 1e9, dir);
        } else {
            System.out.println("reusing index at " + dir);
        }
        System.out.printf("index size on disk: %.0f MB%n", size(dir) / 1e6);
        // variants=fallback,always compares, in the same run, typo alternatives only when the words as written
        // find few hits (the default) with typo alternatives on every query (as before); variants=exact,approx
        // compares exact totals and facets over every match (as before) with estimates above 10 000 (the default);
        // variant uncached is approx without the cache of filter-only counts; variant fine never stops at the coarse
        // quarter of the sample. With variant exact, the others' estimates are compared with its exact counts.
        Map<String, Search> variants = new LinkedHashMap<>();
        for (String variant : opts.getOrDefault("variants", "fallback").split(",")) {
            Search s = new Search(index);
            configure(s, "uncachedtext"); // a kept answer would time the cache, not the search; textcache keeps them
            for (String part : variant.split("\\+")) { // windows1024+unfloored: both switches
                configure(s, part);
            }
            variants.put(variant, s);
        }

        GeoPoint porsgrunn = GeoPoint.of(59.14, 9.656);
        GeoPoint larvik = GeoPoint.of(59.053, 10.027);
        int tue10 = 1 * 24 * 60 + 10 * 60;
        Map<String, SearchRequest> queries = new LinkedHashMap<>();
        queries.put("text", request("turgåing eldre", null, null, null, null));
        queries.put("text2", request("sang sykehjem", null, null, null, null));
        queries.put("text+near", request("besøksvenn", larvik, null, null, null));
        queries.put("text+near+radius", request("turgåing", porsgrunn, 5.0, null, null));
        queries.put("text+near+week", request("turgåing", porsgrunn, null, tue10, tue10 + 240));
        queries.put("facets(no text, type+municipality)", new SearchRequest(null, Set.of("activity", "need"),
                "larvik", null, null, null, null, null, null, null, null, allRecords, 0, 20));
        queries.put("facets(no text, all)", request(null, null, null, null, null));
        queries.put("nynorsk sjukeheim", request("sjukeheim", null, null, null, null));
        queries.put("typo sjukheim", request("sjukheim", null, null, null, null));

        if (opts.containsKey("only")) {
            queries.keySet().retainAll(Set.of(opts.get("only").split(",")));
        }
        for (var q : queries.entrySet()) {
            for (var v : variants.entrySet()) {
                SearchResult r = v.getValue().search(q.getValue());
                System.out.printf("%-8s %-38s total=%d%s hits=%s facets(type)=%s%n", v.getKey(), q.getKey(), r.total(),
                        r.totalExact() ? "" : " (estimate)", r.hits().stream().map(SearchResult.Hit::id).toList(),
                        r.facets().get("type"));
            }
        }
        if (variants.containsKey("exact")) {
            // How far each variant's estimates are from the exact counts (variants=exact,fallback,fine).
            for (var q : queries.entrySet()) {
                SearchResult exact = variants.get("exact").search(q.getValue());
                for (var v : variants.entrySet()) {
                    if (!v.getKey().equals("exact")) {
                        System.out.printf("accuracy %-8s %-38s %s%n", v.getKey(), q.getKey(),
                                accuracy(exact, v.getValue().search(q.getValue())));
                    }
                }
            }
        }
        // Warm-up: every query type, interleaved.
        int warmup = Integer.parseInt(opts.getOrDefault("warmup", String.valueOf(iterations)));
        for (int i = 0; i < warmup; i++) {
            for (SearchRequest q : queries.values()) {
                for (Search v : variants.values()) {
                    v.search(q);
                }
            }
        }
        Map<String, List<double[]>> results = new LinkedHashMap<>();
        for (int run = 1; run <= runs; run++) {
            for (var q : queries.entrySet()) {
              for (var v : variants.entrySet()) {
                String key = (variants.size() > 1 ? v.getKey() + " " : "") + q.getKey();
                long[] times = new long[iterations];
                for (int i = 0; i < iterations; i++) {
                    long s = System.nanoTime();
                    v.getValue().search(q.getValue());
                    times[i] = System.nanoTime() - s;
                }
                Arrays.sort(times);
                double p50 = times[iterations / 2] / 1e6;
                double p99 = times[(int) Math.ceil(iterations * 0.99) - 1] / 1e6;
                double max = times[iterations - 1] / 1e6;
                results.computeIfAbsent(key, k -> new ArrayList<>()).add(new double[] {p50, p99, max});
                System.out.printf("run %d %-45s p50 %7.3f ms  p99 %7.3f ms  max %7.3f ms%n", run, key, p50, p99, max);
              }
            }
        }
        System.out.println();
        System.out.printf("%-38s %s%n", "query (" + runs + " runs x " + iterations + ")", "median of p50 | median of p99 | worst p99 (ms)");
        for (var e : results.entrySet()) {
            double[] p50 = e.getValue().stream().mapToDouble(a -> a[0]).sorted().toArray();
            double[] p99 = e.getValue().stream().mapToDouble(a -> a[1]).sorted().toArray();
            System.out.printf("%-45s %7.3f | %7.3f | %7.3f%n", e.getKey(), p50[p50.length / 2], p99[p99.length / 2],
                    p99[p99.length - 1]);
        }
        System.gc();
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        System.out.printf("heap after GC: used %d MB, committed %d MB, max %d MB%n", heap.getUsed() >> 20,
                heap.getCommitted() >> 20, heap.getMax() >> 20);
        index.close();
    }

    /** Sets the switch a variant name (or one part of it) stands for; fallback is the default. */
    private static void configure(Search s, String variant) throws ReflectiveOperationException {
        String switchField = switch (variant) {
            case "always" -> "typosAlways";
            case "exact" -> "alwaysExact";
            case "uncached" -> "uncachedLanding";
            case "unfloored" -> "unfloored";
            case "uncachedtext", "textcache" -> "uncachedText";
            default -> null;
        };
        if (switchField != null) {
            var field = Search.class.getDeclaredField(switchField);
            field.setAccessible(true);
            field.setBoolean(s, !variant.equals("textcache"));
        }
        if (variant.equals("fine")) {
            // estimates from the whole sample, never from its coarse quarter alone
            var field = Search.class.getDeclaredField("coarseEnough");
            field.setAccessible(true);
            field.setInt(s, Integer.MAX_VALUE);
        }
        if (variant.startsWith("windows")) {
            // windows256: the sample in 256 windows per segment
            var method = Search.class.getDeclaredMethod("sampleWindows", int.class);
            method.setAccessible(true);
            method.invoke(s, Integer.parseInt(variant.substring("windows".length())));
        }
    }

    /** A coordinator's view (all records) unless {@code view=public}: an anonymous one, as the HTTP benchmark. */
    private static boolean allRecords = true;

    private static SearchRequest request(String text, GeoPoint near, Double radiusKm, Integer from, Integer to) {
        return new SearchRequest(text, Set.of(), null, null, near, radiusKm, from, to, null, null, null, allRecords,
                0, 20);
    }

    /** The total's error, and the worst error among facet values of 10 000 or more and among those of 1 000–9 999. */
    private static String accuracy(SearchResult exact, SearchResult estimated) {
        double worstLarge = 0;
        double worstSmall = 0;
        for (var dimension : exact.facets().entrySet()) {
            for (var value : dimension.getValue().entrySet()) {
                int count = value.getValue();
                Integer estimate = estimated.facets().get(dimension.getKey()).get(value.getKey());
                double error = estimate == null ? 1 : Math.abs(estimate - count) / (double) count;
                if (count >= 10_000) {
                    worstLarge = Math.max(worstLarge, error);
                } else if (count >= 1_000) {
                    worstSmall = Math.max(worstSmall, error);
                }
            }
        }
        return String.format("total %+.1f %%, facet values 10 000+ within %.0f %%, 1 000-9 999 within %.0f %%",
                100.0 * (estimated.total() - exact.total()) / Math.max(1, exact.total()), 100 * worstLarge,
                100 * worstSmall);
    }

    private static void progress(long n, long t0) {
        if (n % 100_000 == 0) {
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf("  %,d documents, %.0f docs/s%n", n, n / s);
        }
    }

    private static long size(Path dir) throws java.io.IOException {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
