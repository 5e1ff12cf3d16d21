package no.sammen.platform;

/** No such record; answered with 404. */
public class NotFound extends RuntimeException {

    public NotFound(String what, Object id) {
        super("No " + what + " with id " + id);
    }
}
