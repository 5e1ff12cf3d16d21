package no.sammen.platform;

/** The caller is known but the record is not theirs to see or change; answered with 403. */
public class Forbidden extends RuntimeException {

    public Forbidden(String message) {
        super(message);
    }
}
