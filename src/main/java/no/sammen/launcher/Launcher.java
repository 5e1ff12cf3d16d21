package no.sammen.launcher;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts Payara Micro with the Sammen WAR bundled in this jar, configured from {@code SAMMEN_*} environment
 * variables. Payara Micro keeps running without the application when deployment fails; a service that is up
 * but empty is worse than one that is down, so this launcher checks health once Payara has booted and exits
 * non-zero unless the application answers.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(setting("SAMMEN_HTTP_PORT", "sammen.http.port", "8080"));
        Path dataDir = Path.of(setting("SAMMEN_DATA_DIR", "sammen.data.dir", "./data")).toAbsolutePath().normalize();
        Files.createDirectories(dataDir);
        // The application reads its data directory through MicroProfile Config; make the absolute path win.
        System.setProperty("sammen.data.dir", dataDir.toString());
        System.setProperty("derby.stream.error.file", dataDir.resolve("derby.log").toString());
        // Bulk loads spend most of their time writing Derby's log; its largest buffer triples their speed
        // (BENCHMARKS.md). It can still be overridden with -D. The page cache keeps Derby's default of 1 000
        // pages: 16 000 (32 kB pages for these tables) held half the heap, so the collector ran twice as often
        // under search load, and made the bulk load no faster (BENCHMARKS.md 3b⁹).
        defaultProperty("derby.storage.logBufferSize", "1048576");

        List<String> payaraArgs = new ArrayList<>(List.of(
                "--port", Integer.toString(port),
                "--nohazelcast",
                "--disablephonehome",
                "--contextroot", "/"));
        payaraArgs.addAll(List.of(args));

        try {
            Class.forName("fish.payara.micro.PayaraMicro")
                    .getMethod("main", String[].class)
                    .invoke(null, (Object) payaraArgs.toArray(String[]::new));
        } catch (InvocationTargetException e) {
            fail("Payara Micro did not start: " + e.getCause());
        }

        String base = "http://localhost:" + port + "/";
        if (!healthy(base + "health")) {
            fail("Sammen did not deploy or is not healthy; see the log above. Stopping.");
        }
        System.out.println();
        System.out.println("Sammen is ready at " + base + "  (API: " + base + "api, data: " + dataDir + ")");
        System.out.println();
    }

    private static boolean healthy(String url) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = client.send(
                        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return true;
                }
                if (response.statusCode() == 503 && response.body().contains("DOWN")) {
                    return false;
                }
            } catch (IOException notYetListening) {
                // keep polling until the deadline
            }
            Thread.sleep(250);
        }
        return false;
    }

    private static void defaultProperty(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    private static String setting(String env, String property, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static void fail(String message) {
        System.err.println(message);
        System.exit(1);
    }
}
