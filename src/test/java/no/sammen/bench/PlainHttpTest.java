package no.sammen.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The load generator's HTTP client against a scripted server: bodies of each framing, kept and closed connections. */
class PlainHttpTest {

    /** Answers each request on a connection with the next response; counts connections; notes request lines. */
    private static final class ScriptedServer implements AutoCloseable {
        final ServerSocket socket = new ServerSocket(0);
        final AtomicInteger connections = new AtomicInteger();
        final List<String> requests = new CopyOnWriteArrayList<>();

        ScriptedServer(List<String> responses) throws IOException {
            Thread accept = new Thread(() -> {
                int next = 0;
                while (!socket.isClosed()) {
                    try (Socket client = socket.accept()) {
                        connections.incrementAndGet();
                        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(),
                                StandardCharsets.UTF_8));
                        OutputStream out = client.getOutputStream();
                        while (next < responses.size()) {
                            String line = in.readLine();
                            if (line == null) {
                                break;
                            }
                            List<String> request = new ArrayList<>(List.of(line));
                            for (String header = in.readLine(); header != null && !header.isEmpty();
                                    header = in.readLine()) {
                                request.add(header);
                            }
                            requests.add(String.join("|", request));
                            String response = responses.get(next++);
                            out.write(response.getBytes(StandardCharsets.UTF_8));
                            out.flush();
                            if (response.contains("Connection: close")) {
                                break;
                            }
                        }
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            accept.setDaemon(true);
            accept.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    @Test
    @Timeout(20)
    void readsEachFramingOnOneKeptConnectionAndReconnectsAfterAClose() throws IOException {
        String sized = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 11\r\n\r\n{\"total\":1}";
        String chunked = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\n{\"to\r\n7\r\ntal\":2}\r\n0\r\n\r\n";
        String closing = "HTTP/1.1 400 Bad Request\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}";
        try (ScriptedServer server = new ScriptedServer(List.of(sized, chunked, sized, closing, chunked));
                PlainHttp http = new PlainHttp("localhost", server.port())) {
            assertEquals(200, http.get("/api/search?q=tur", null));
            assertEquals(200, http.get("/api/search?q=sjukeheim", "SAMMEN_SESSION=abc"));
            assertEquals(200, http.get("/api/search?q=trim", null));
            assertEquals(400, http.get("/api/search?q=%22", null));
            assertEquals(1, server.connections.get(), "one connection kept for all four");
            assertEquals(200, http.get("/api/search?q=bingo", null), "a new connection after the server closed");
            assertEquals(2, server.connections.get());
            assertEquals("GET /api/search?q=sjukeheim HTTP/1.1|Host: localhost:" + server.port()
                    + "|Accept: application/json|Cookie: SAMMEN_SESSION=abc", server.requests.get(1));
            assertEquals(5, server.requests.size());
        }
    }
}
