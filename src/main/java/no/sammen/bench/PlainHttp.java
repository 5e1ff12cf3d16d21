package no.sammen.bench;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A minimal HTTP/1.1 GET client on one kept-alive connection, for a load generator that shares the machine with
 * the server: Java's {@code HttpClient} spent 0.3–0.6 ms of CPU per request (BENCHMARKS.md 3b⁶), which the
 * server then lacked. Reads the status and discards the body (Content-Length or chunked). One per client thread.
 */
final class PlainHttp implements AutoCloseable {

    private final String host;
    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    PlainHttp(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** The status of {@code GET target}; reconnects once if the kept connection was closed. */
    int get(String target, String cookie) throws IOException {
        byte[] request = ("GET " + target + " HTTP/1.1\r\nHost: " + host + ":" + port
                + "\r\nAccept: application/json\r\n" + (cookie == null ? "" : "Cookie: " + cookie + "\r\n")
                + "\r\n").getBytes(StandardCharsets.UTF_8);
        boolean fresh = socket == null;
        try {
            return exchange(request);
        } catch (IOException stale) {
            close();
            if (fresh) {
                throw stale;
            }
            return exchange(request);
        }
    }

    private int exchange(byte[] request) throws IOException {
        if (socket == null) {
            socket = new Socket(host, port);
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(30_000); // as the HttpClient requests' timeout
            in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
            out = socket.getOutputStream();
        }
        out.write(request);
        out.flush();
        String status = line();
        int code = Integer.parseInt(status.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean closing = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            String lower = header.toLowerCase();
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(header.substring(15).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                closing = true;
            }
        }
        if (chunked) {
            for (long size = Long.parseLong(line().split(";")[0].trim(), 16); size > 0;
                    size = Long.parseLong(line().split(";")[0].trim(), 16)) {
                skip(size);
                line();
            }
            while (!line().isEmpty()) {
                // trailers
            }
        } else if (length >= 0) {
            skip(length);
        } else {
            closing = true; // body ends with the connection: nothing to keep
        }
        if (closing) {
            close();
        }
        return code;
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("connection closed");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    private void skip(long bytes) throws IOException {
        while (bytes > 0) {
            long skipped = in.skip(bytes);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new EOFException("body cut short");
                }
                skipped = 1;
            }
            bytes -= skipped;
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        socket = null;
    }
}
