package no.sammen.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What a newcomer does: {@code java -jar target/sammen.jar} with SAMMEN_* variables, a real Derby database on
 * disk, a restart, and a broken configuration.
 */
class LauncherIT {

    private static final Path WORK = Path.of("target", "launcher-it");

    @Test
    void dataSurvivesARestartAndTheSeedIsLoadedOnlyOnce() throws Exception {
        Path dataDir = freshDir("restart");
        int port = freePort();
        Api api = new Api("http://localhost:" + port + "/api").asAdmin();
        long volunteers;
        String location;
        try (Server server = Server.start(port, Map.of("SAMMEN_DATA_DIR", dataDir.toString()), "first")) {
            assertTrue(server.awaitReady(), server.log());
            assertEquals(5, api.total("/municipalities"));
            volunteers = api.total("/volunteers");
            assertTrue(volunteers >= 150, "seeded volunteers: " + volunteers);
            location = api.post("/volunteers", """
                    {"name": "Åse Omstart", "municipality": "vinje", "area": "rauland"}""").expect(201).location();
        }
        assertTrue(Files.isDirectory(dataDir.resolve("db")), "the database lives under SAMMEN_DATA_DIR");
        try (Server server = Server.start(port, Map.of("SAMMEN_DATA_DIR", dataDir.toString()), "second")) {
            assertTrue(server.awaitReady(), server.log());
            assertEquals(5, api.total("/municipalities"));
            assertEquals(volunteers + 1, api.total("/volunteers"));
            String path = location.substring(location.indexOf("/volunteers"));
            assertEquals("Åse Omstart", api.get(path).ok().object().getString("name"));
            api.post("/volunteers", "{\"name\": \"Feil Epost\", \"email\": \"feil@@example.no\", \"municipality\": \"vinje\"}")
                    .expect(400);
            String log = server.log();
            for (String personal : List.of("Åse Omstart", "Feil Epost", "feil@@example.no", "@example.no", "+47 ")) {
                assertFalse(log.contains(personal), "the server log must not contain personal data: " + personal);
            }
        }
    }

    @Test
    void theSearchIndexAgreesWithTheDatabaseAfterACrashAndIsRebuiltWhenDeleted() throws Exception {
        Path dataDir = freshDir("index");
        int port = freePort();
        Api api = new Api("http://localhost:" + port + "/api").asAdmin();
        Map<String, String> env = Map.of("SAMMEN_DATA_DIR", dataDir.toString());
        String nursingHomes;
        try (Server server = Server.start(port, env, "index-1")) {
            assertTrue(server.awaitReady(), server.log());
            nursingHomes = hits(api, "/search?q=sjukeheim&limit=100");
            api.post("/venues", """
                    {"municipality": "vinje", "area": "rauland", "name": "Bølgedansen", "kind": "MEETING_PLACE"}""")
                    .expect(201);
            // kill -9 at once: the database has committed, the index commit may not have happened yet.
            server.process().destroyForcibly().waitFor();
        }
        try (Server server = Server.start(port, env, "index-2")) {
            assertTrue(server.awaitReady(), server.log());
            assertEquals(1, api.get("/search?q=bølgedansen".replace("ø", "%C3%B8")).ok().object().getInt("total"));
            assertEquals(nursingHomes, hits(api, "/search?q=sjukeheim&limit=100"));
        }
        try (var index = Files.walk(dataDir.resolve("index"))) {
            index.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        try (Server server = Server.start(port, env, "index-3")) {
            assertTrue(server.awaitReady(), server.log());
            assertTrue(server.log().contains("Search index rebuilt"), "rebuilt from the database");
            assertEquals(nursingHomes, hits(api, "/search?q=sjukeheim&limit=100"));
            assertEquals(1, api.get("/search?q=bølgedansen".replace("ø", "%C3%B8")).ok().object().getInt("total"));
        }
    }

    @Test
    void seedCanBeSwitchedOff() throws Exception {
        int port = freePort();
        try (Server server = Server.start(port, Map.of("SAMMEN_DATA_DIR", freshDir("empty").toString(),
                "SAMMEN_SEED", "false"), "empty")) {
            assertTrue(server.awaitReady(), server.log());
            assertEquals(0, new Api("http://localhost:" + port + "/api").total("/municipalities"));
        }
    }

    @Test
    void aBrokenDatabaseConfigurationStopsTheProcessWithAnError() throws Exception {
        int port = freePort();
        try (Server server = Server.start(port, Map.of("SAMMEN_DATA_DIR", freshDir("broken").toString(),
                "SAMMEN_DB_URL", "jdbc:nosuchdatabase://nowhere/sammen"), "broken")) {
            assertFalse(server.awaitReady(), "must not report ready");
            assertTrue(server.process.waitFor(120, TimeUnit.SECONDS), "must exit by itself");
            assertNotEquals(0, server.process.exitValue());
        }
    }

    /**
     * Any JDBC database by configuration alone: PostgreSQL, as CI provides it ({@code .ci/run} installs and starts
     * one and names it in SAMMEN_IT_POSTGRES_URL/_USER/_PASSWORD). Elsewhere it runs when one is named.
     */
    @Test
    void postgreSqlWorksByConfigurationAlone() throws Exception {
        String server = System.getenv("SAMMEN_IT_POSTGRES_URL");
        if (server == null) {
            assertFalse("true".equals(System.getenv("CI")), "CI must name a PostgreSQL server (.ci/run)");
            assumeTrue(false, "no PostgreSQL named in SAMMEN_IT_POSTGRES_URL");
        }
        String user = System.getenv("SAMMEN_IT_POSTGRES_USER");
        String password = System.getenv("SAMMEN_IT_POSTGRES_PASSWORD");
        try (Connection admin = DriverManager.getConnection(server + "postgres", user, password);
                Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS sammen_it");
            sql.execute("CREATE DATABASE sammen_it");
        }
        int port = freePort();
        Api api = new Api("http://localhost:" + port + "/api");
        try (Server app = Server.start(port, Map.of("SAMMEN_DATA_DIR", freshDir("postgres").toString(),
                "SAMMEN_DB_URL", server + "sammen_it", "SAMMEN_DB_USER", user, "SAMMEN_DB_PASSWORD", password),
                "postgres")) {
            assertTrue(app.awaitReady(), app.log());
            Api admin = api.asAdmin();
            assertEquals(5, admin.total("/municipalities"));
            assertTrue(admin.total("/volunteers") >= 150, "the seed is loaded");
            // each login writes its bookkeeping, with a null lock time while the account is not locked
            assertEquals(401, api.as("admin@example.no", "not-the-password").get("/volunteers").status());
            admin.get("/volunteers").ok();

            String at = admin.post("/volunteers", """
                    {"name": "Guro Postgres", "municipality": "vinje", "area": "rauland", "interests": ["sang"],
                     "languages": ["nn"], "availability": [{"day": "MONDAY", "from": "10:00", "to": "12:00"}]}""")
                    .expect(201).location();
            String path = at.substring(at.indexOf("/volunteers"));
            var stored = admin.get(path).ok().object();
            admin.put(path, Json.createObjectBuilder(stored)
                    .add("interests", Json.createArrayBuilder().add("turgåing").add("sang")).build()
                    .toString()).ok();
            var read = admin.get(path).ok().object();
            assertEquals("[\"turgåing\",\"sang\"]", read.getJsonArray("interests").toString());
            assertEquals("MONDAY", read.getJsonArray("availability").getJsonObject(0).getString("day"));
            assertTrue(api.get("/search?q=sjukeheim").ok().object().getInt("total") > 0, "search works");
        }
    }

    /** The hits as a sorted set of type:id; ties may come in another order after a rebuild. */
    private static String hits(Api api, String query) {
        var result = api.get(query).ok().object();
        return result.getInt("total") + " " + new java.util.TreeSet<>(result.getJsonArray("hits").stream()
                .map(h -> h.asJsonObject().getString("type") + ":" + h.asJsonObject().getInt("id")).toList());
    }

    private static Path freshDir(String name) throws IOException {
        Path dir = WORK.resolve(name).toAbsolutePath();
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(dir);
        return dir;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private record Server(Process process, Path logFile) implements AutoCloseable {

        static Server start(int port, Map<String, String> env, String name) throws IOException {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(List.of(System.getProperty("it.jvm.options", "-Xmx512m").trim().split("\\s+")));
            command.add("-Djava.io.tmpdir=" + WORK.toAbsolutePath());
            command.addAll(List.of("-jar", Path.of(System.getProperty("sammen.jar", "target/sammen.jar")).toAbsolutePath().toString()));
            Path log = WORK.resolve(name + ".log");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("SAMMEN_HTTP_PORT", Integer.toString(port));
            builder.environment().putAll(env);
            return new Server(builder.start(), log);
        }

        /** True once the launcher says it is ready; false if it exits or takes longer than three minutes. */
        boolean awaitReady() throws Exception {
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (System.nanoTime() < deadline) {
                if (log().contains("Sammen is ready")) {
                    return true;
                }
                if (!process.isAlive()) {
                    return false;
                }
                Thread.sleep(200);
            }
            return false;
        }

        String log() throws IOException {
            return Files.exists(logFile) ? Files.readString(logFile) : "";
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
