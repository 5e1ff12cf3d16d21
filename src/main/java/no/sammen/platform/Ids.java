package no.sammen.platform;

/** Path ids: anything that is not a positive number names no record. */
public final class Ids {

    private Ids() {
    }

    public static long parse(String what, String text) {
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // falls through to 404
        }
        throw new NotFound(what, text);
    }

    /** Optimistic locking for PUT: the client must say which version it changed. */
    public static void requireVersion(Long requested, long current) {
        if (requested == null) {
            throw InvalidInput.of("version", "is required for an update: send the version you read");
        }
        if (requested != current) {
            throw new Conflict("version", "This record was changed by someone else (version " + current
                    + ", yours " + requested + "); fetch it again and reapply your change.");
        }
    }
}
