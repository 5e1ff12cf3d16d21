package no.sammen.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Someone editing the registry while others search: logged in as {@code username}, it reads an activity and saves
 * it back unchanged ({@code GET}, then {@code PUT} with its version), {@code perSecond} times a second. Each save
 * is a committed change, so the index starts a new snapshot, and whatever was kept for the old one is gone.
 */
final class RegistryEdits implements AutoCloseable {

    private static final Pattern CSRF = Pattern.compile("\"csrfToken\":\"([0-9a-f]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String api;
    private final Thread editor;
    private final AtomicInteger saved = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private volatile boolean editing = true;

    RegistryEdits(String base, String username, String password, double perSecond) throws Exception {
        this.api = base + "/api";
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(api + "/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\""
                        + password + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = CSRF.matcher(login.body());
        String cookie = login.headers().firstValue("Set-Cookie").map(c -> c.split(";")[0]).orElse(null);
        if (login.statusCode() != 200 || !token.find() || cookie == null) {
            throw new IllegalStateException("login as " + username + " failed: " + login.statusCode());
        }
        String csrf = token.group(1); // read once here: a Matcher is not for the editing thread to share
        List<Long> activities = activities();
        long pause = Math.round(1000 / perSecond);
        editor = new Thread(() -> {
            for (int n = 0; editing; n++) {
                long started = System.nanoTime();
                try {
                    String at = api + "/activities/" + activities.get(n % activities.size());
                    String activity = http.send(HttpRequest.newBuilder(URI.create(at)).header("Cookie", cookie).build(),
                            HttpResponse.BodyHandlers.ofString()).body();
                    int status = http.send(HttpRequest.newBuilder(URI.create(at)).header("Cookie", cookie)
                            .header("X-CSRF-Token", csrf).header("Content-Type", "application/json")
                            .PUT(HttpRequest.BodyPublishers.ofString(activity)).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode();
                    (status == 200 ? saved : failed).incrementAndGet();
                    Thread.sleep(Math.max(0, pause - (System.nanoTime() - started) / 1_000_000));
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    failed.incrementAndGet();
                }
            }
        }, "registry-edits");
        editor.setDaemon(true);
        editor.start();
    }

    /** A few activities to edit, from the public catalogue. */
    private List<Long> activities() throws Exception {
        String found = http.send(HttpRequest.newBuilder(URI.create(api + "/search?type=activity&limit=3")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        List<Long> ids = new ArrayList<>();
        for (Matcher id = ID.matcher(found); id.find();) {
            ids.add(Long.parseLong(id.group(1)));
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("no activity to edit");
        }
        return ids;
    }

    @Override
    public void close() throws InterruptedException {
        editing = false;
        editor.join(5_000);
        System.out.printf("edits beside the searches: %d saved, %d failed%n", saved.get(), failed.get());
    }
}
