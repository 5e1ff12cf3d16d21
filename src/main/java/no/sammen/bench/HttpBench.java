package no.sammen.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * HTTP load against a running server on loopback: {@code clients} concurrent closed-loop clients (each sends
 * its next request when the previous answer arrived), per query type for at most {@code seconds} or
 * {@code requests} requests, after a warm-up. Reports p50/p99/max latency and throughput per query type;
 * {@code runs} rounds. {@code only=<type>} restricts runs and warm-up to one query type; {@code cookie=JSESSIONID=...}
 * sends a session cookie (a logged-in user, as the desk searches). {@code client=plain} sends the requests with
 * {@link PlainHttp} instead of Java's {@code HttpClient}, whose own CPU per request took cores from the server.
 * {@code mix=N} replaces the fixed queries by N different text searches drawn by popularity ({@link QueryMix});
 * the warm-up sends its first part and the timed runs go on from there, so a server that keeps answers has seen
 * the popular searches but not the very sequence timed. {@code start=K} begins K draws in, for repeated turns
 * against the same server. {@code writes=N} has an admin ({@code writer=}, {@code writerPassword=}; the seed's by
 * default) save N activities a second meanwhile ({@link RegistryEdits}), so the index changes under the searches.
 *
 * <pre>java -cp target/classes no.sammen.bench.HttpBench base=http://localhost:8190 clients=8 seconds=20 runs=3</pre>
 */
public final class HttpBench {

    static final Map<String, String> QUERIES = new LinkedHashMap<>();

    /** Requests through {@link PlainHttp}, one connection per client thread, instead of {@code HttpClient}. */
    private static boolean plain;
    private static ThreadLocal<PlainHttp> connection;

    static {
        QUERIES.put("text", "q=" + enc("turgåing eldre"));
        QUERIES.put("text2", "q=" + enc("sang sykehjem"));
        QUERIES.put("text+near", "q=" + enc("besøksvenn") + "&near=59.053,10.027");
        QUERIES.put("text+near+radius", "q=" + enc("turgåing") + "&near=59.14,9.656&radiusKm=5");
        QUERIES.put("text+near+week", "q=" + enc("turgåing") + "&near=59.14,9.656&day=TUESDAY&from=10:00&to=14:00");
        QUERIES.put("facets(no text, type+municipality)", "type=activity,need&municipality=larvik");
        QUERIES.put("facets(no text, all)", "");
        QUERIES.put("nynorsk sjukeheim", "q=sjukeheim");
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = Args.parse(args);
        String base = opts.getOrDefault("base", "http://localhost:8190");
        String host = URI.create(base).getHost();
        if (!host.equals("localhost") && !host.startsWith("127.")) {
            throw new IllegalArgumentException("loopback only: " + base);
        }
        int clients = Integer.parseInt(opts.getOrDefault("clients", "8"));
        double seconds = Double.parseDouble(opts.getOrDefault("seconds", "20"));
        int maxRequests = Integer.parseInt(opts.getOrDefault("requests", "20000"));
        double warmup = Double.parseDouble(opts.getOrDefault("warmup", "10"));
        int runs = Integer.parseInt(opts.getOrDefault("runs", "3"));
        String only = opts.get("only");
        // A session cookie ("JSESSIONID=...") to search as a logged-in user, as the desk does.
        String cookie = opts.get("cookie");
        plain = "plain".equals(opts.get("client"));
        // start=N: the clients begin N draws into the mix, so that repeated runs send other searches.
        start = Integer.parseInt(opts.getOrDefault("start", "0"));
        URI server = URI.create(base);
        connection = ThreadLocal.withInitial(() -> new PlainHttp(server.getHost(), server.getPort()));

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(2)).build();
        ExecutorService pool = Executors.newFixedThreadPool(clients);

        // mix=N: instead of the fixed queries, N different text searches drawn by popularity (QueryMix).
        Map<String, List<String>> types = new LinkedHashMap<>();
        int mix = Integer.parseInt(opts.getOrDefault("mix", "0"));
        if (mix > 0) {
            List<String> drawn = QueryMix.draw(mix, 200_000, 42);
            types.put("text mix of " + mix, drawn);
            System.out.printf("mix of %d: of the first 500 / 2 000 / 7 000 draws, %.0f / %.0f / %.0f %%"
                    + " repeat an earlier one%n", mix, 100 * QueryMix.repeated(drawn, 500),
                    100 * QueryMix.repeated(drawn, 2_000), 100 * QueryMix.repeated(drawn, 7_000));
            System.out.printf("a cache of 1 024 answers would answer %.0f %% of the draws after the first 20 000, %.0f %%"
                    + " if emptied every 2 000%n", 100 * QueryMix.keptShare(drawn, 1_024, 20_000, 0),
                    100 * QueryMix.keptShare(drawn, 1_024, 20_000, 2_000));
        } else {
            QUERIES.forEach((type, query) -> types.put(type, List.of(query)));
        }
        if (only != null) {
            types.keySet().retainAll(List.of(only));
        }
        System.out.printf("warm-up %.0f s, %s%n", warmup, only == null ? "all query types mixed" : only);
        // One mix: the warm-up is its first part, and the timed runs go on from there.
        List<String> all = types.size() == 1 ? types.values().iterator().next()
                : types.values().stream().flatMap(List::stream).toList();
        // writes=N: an admin saves N activities a second meanwhile, so the index changes under the searches.
        double writes = Double.parseDouble(opts.getOrDefault("writes", "0"));
        RegistryEdits edits = writes <= 0 ? null : new RegistryEdits(base, opts.getOrDefault("writer",
                "admin@example.no"), opts.getOrDefault("writerPassword", "sammen-demo-2026"), writes);
        phase(http, pool, base, all, clients, warmup, Integer.MAX_VALUE, cookie);

        Map<String, List<double[]>> results = new LinkedHashMap<>();
        for (int run = 1; run <= runs; run++) {
            for (var q : types.entrySet()) {
                double[] r = phase(http, pool, base, q.getValue(), clients, seconds, maxRequests, cookie);
                results.computeIfAbsent(q.getKey(), k -> new ArrayList<>()).add(r);
                System.out.printf("run %d %-38s n=%6.0f errors=%.0f  p50 %7.2f ms  p99 %7.2f ms  max %7.2f ms  %7.1f req/s%n",
                        run, q.getKey(), r[0], r[1], r[2], r[3], r[4], r[5]);
            }
        }
        System.out.println();
        System.out.printf("%-38s %s%n", "query (" + clients + " clients, " + runs + " runs)",
                "median p50 | median p99 | worst p99 (ms) | median req/s");
        for (var e : results.entrySet()) {
            double[] p50 = e.getValue().stream().mapToDouble(a -> a[2]).sorted().toArray();
            double[] p99 = e.getValue().stream().mapToDouble(a -> a[3]).sorted().toArray();
            double[] rps = e.getValue().stream().mapToDouble(a -> a[5]).sorted().toArray();
            System.out.printf("%-38s %7.2f | %7.2f | %7.2f | %7.1f%n", e.getKey(), p50[p50.length / 2],
                    p99[p99.length / 2], p99[p99.length - 1], rps[rps.length / 2]);
        }
        if (edits != null) {
            edits.close();
        }
        pool.shutdownNow();
        System.exit(0);
    }

    private static int start;

    /** Per list of queries, where each client goes on in it. */
    private static final Map<List<String>, int[]> next = new java.util.IdentityHashMap<>();

    private static int[] startingPositions(int queries, int clients) {
        int[] positions = new int[clients];
        for (int c = 0; c < clients; c++) {
            positions[c] = start + c * (queries / clients);
        }
        return positions;
    }

    /** {count, errors, p50 ms, p99 ms, max ms, requests/s}. */
    private static double[] phase(HttpClient http, ExecutorService pool, String base, List<String> queries, int clients,
            double seconds, int maxRequests, String cookie) throws Exception {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        String searchPath = URI.create(base).getPath() + "/api/search?";
        AtomicLong issued = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        List<Future<long[]>> futures = new ArrayList<>();
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                long[] times = new long[1024];
                int n = 0;
                // Each client at its own place in a long mix, going on where its last phase stopped: a warm-up
                // must not send the very searches that are then timed, or a server's cache would know them all.
                int[] positions;
                synchronized (next) {
                    positions = next.computeIfAbsent(queries, q -> startingPositions(q.size(), clients));
                }
                int k = positions[client];
                while (System.nanoTime() < deadline && issued.incrementAndGet() <= maxRequests) {
                    String query = queries.get(k++ % queries.size());
                    positions[client] = k;
                    HttpRequest request = plain ? null : request(base, query, cookie);
                    long s = System.nanoTime();
                    try {
                        int status = plain ? connection.get().get(searchPath + query, cookie)
                                : http.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode();
                        if (status != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    long t = System.nanoTime() - s;
                    if (n == times.length) {
                        times = Arrays.copyOf(times, n * 2);
                    }
                    times[n++] = t;
                }
                return Arrays.copyOf(times, n);
            }));
        }
        List<long[]> parts = new ArrayList<>();
        for (Future<long[]> f : futures) {
            parts.add(f.get());
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        long[] all = parts.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        if (all.length == 0) {
            return new double[] {0, errors.get(), 0, 0, 0, 0};
        }
        return new double[] {all.length, errors.get(), all[all.length / 2] / 1e6,
            all[(int) Math.ceil(all.length * 0.99) - 1] / 1e6, all[all.length - 1] / 1e6, all.length / elapsed};
    }

    private static HttpRequest request(String base, String query, String cookie) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + "/api/search?" + query))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json").GET();
        if (cookie != null) {
            builder.header("Cookie", cookie);
        }
        return builder.build();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
