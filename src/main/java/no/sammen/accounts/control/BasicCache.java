package no.sammen.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * HTTP Basic sends the password with every request, and a proper PBKDF2 check costs ~100 ms: successful
 * checks are remembered for a few minutes, keyed by a SHA-256 of the credentials (never the password itself).
 */
@ApplicationScoped
public class BasicCache {

    static final Duration TTL = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 10_000;

    private record Entry(CredentialValidationResult result, long expiresAt) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    CredentialValidationResult get(UsernamePasswordCredential credential) {
        Entry entry = entries.get(key(credential));
        return entry == null || entry.expiresAt() < System.nanoTime() ? null : entry.result();
    }

    void put(UsernamePasswordCredential credential, CredentialValidationResult result) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key(credential), new Entry(result, System.nanoTime() + TTL.toNanos()));
    }

    /** After a password change or lock: forget every remembered login. */
    public void clear() {
        entries.clear();
    }

    private static String key(UsernamePasswordCredential credential) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(Accounts.normalise(credential.getCaller()).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(credential.getPasswordAsString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
