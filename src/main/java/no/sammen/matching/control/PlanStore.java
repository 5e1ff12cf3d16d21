package no.sammen.matching.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Plans waiting for a coordinator's decision. A plan is a proposal computed from the registry as it was; it
 * is kept in memory for a day and accepting it re-checks nothing but duplicates, so a stale plan is best
 * recomputed. Kept out of the database on purpose: it is derived, like the index.
 */
@ApplicationScoped
public class PlanStore {

    static final Duration KEEP = Duration.ofHours(24);

    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, Stored<?>> plans = new ConcurrentHashMap<>();

    /** A plan, its municipality and when it was made. */
    public record Stored<T>(long id, String municipality, Instant createdAt, T plan) {
    }

    public <T> Stored<T> put(String municipality, T plan) {
        Instant now = Instant.now();
        plans.values().removeIf(p -> p.createdAt().plus(KEEP).isBefore(now));
        Stored<T> stored = new Stored<>(ids.incrementAndGet(), municipality, now, plan);
        plans.put(stored.id(), stored);
        return stored;
    }

    @SuppressWarnings("unchecked")
    public <T> Optional<Stored<T>> get(long id) {
        return Optional.ofNullable((Stored<T>) plans.get(id));
    }
}
