package no.sammen.it.web;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The real application as a newcomer runs it — {@code java -jar target/sammen.jar} with the seed data in a fresh
 * data directory — started once for all browser tests of the run and stopped when the run ends. The map's tile
 * server is set to an address where nothing answers, so the pages are always tested as they work offline.
 */
public final class RunningSammen implements ParameterResolver {

    private static final Path WORK = Path.of("target", "browser-it").toAbsolutePath();

    /** Where the application answers, e.g. http://localhost:41234 */
    public record Site(String base, Path log) {
        public String url(String path) {
            return base + path;
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Site.class || type == Browser.class;
    }

    /** The site is shared by the whole run; a browser belongs to one test class and is closed after it. */
    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Site site = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Server.class, k -> Server.start(), Server.class).site;
        if (parameter.getParameter().getType() == Site.class) {
            return site;
        }
        return context.getStore(ExtensionContext.Namespace.create(RunningSammen.class, context.getRequiredTestClass()))
                .getOrComputeIfAbsent(Browser.class, k -> Browser.open(site), Browser.class);
    }

    static final class Server implements ExtensionContext.Store.CloseableResource {
        final Process process;
        final Site site;

        private Server(Process process, Site site) {
            this.process = process;
            this.site = site;
        }

        static Server start() {
            try {
                clean(WORK);
                Files.createDirectories(WORK);
                int port;
                try (ServerSocket socket = new ServerSocket(0)) {
                    port = socket.getLocalPort();
                }
                List<String> command = new ArrayList<>();
                command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
                command.addAll(List.of(System.getProperty("it.jvm.options", "-Xmx512m").trim().split("\\s+")));
                command.add("-Djava.io.tmpdir=" + WORK);
                command.addAll(List.of("-jar",
                        Path.of(System.getProperty("sammen.jar", "target/sammen.jar")).toAbsolutePath().toString()));
                Path log = WORK.resolve("server.log");
                ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
                builder.environment().put("SAMMEN_HTTP_PORT", Integer.toString(port));
                builder.environment().put("SAMMEN_DATA_DIR", WORK.resolve("data").toString());
                builder.environment().put("SAMMEN_SEED", "true");
                // Nothing listens on port 9 (discard): tiles fail at once, as with the network to the tile server cut.
                builder.environment().put("SAMMEN_MAP_TILES_URL", "http://127.0.0.1:9/{z}/{x}/{y}.png");
                Process process = builder.start();
                Site site = new Site("http://localhost:" + port, log);
                awaitHealthy(process, site);
                return new Server(process, site);
            } catch (IOException e) {
                throw new IllegalStateException("could not start target/sammen.jar", e);
            }
        }

        private static void awaitHealthy(Process process, Site site) throws IOException {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("sammen.jar exited; see " + site.log());
                }
                try {
                    HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(site.url("/health")))
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                    if (health.statusCode() == 200 && Files.readString(site.log()).contains("Sammen is ready")) {
                        return;
                    }
                } catch (IOException e) {
                    // not listening yet
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            process.destroyForcibly();
            throw new IllegalStateException("sammen.jar did not become healthy in 3 minutes; see " + site.log());
        }

        private static void clean(Path dir) throws IOException {
            if (Files.exists(dir)) {
                try (var paths = Files.walk(dir)) {
                    paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }

        @Override
        public void close() throws Exception {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
