package no.sammen.platform;

/**
 * The request is well-formed but clashes with the current state: a stale version, an illegal status change,
 * a record still referred to by others. Answered with 409.
 */
public class Conflict extends RuntimeException {

    private final String field;

    public Conflict(String message) {
        this(null, message);
    }

    public Conflict(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
