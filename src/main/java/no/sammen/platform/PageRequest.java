package no.sammen.platform;

/** {@code offset}/{@code limit} from the query string; bad values are named, not turned into 404s. */
public record PageRequest(int offset, int limit) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 500;

    public static PageRequest of(String offset, String limit) {
        Violations violations = new Violations();
        int o = parse(violations, "offset", offset, 0, 0, Integer.MAX_VALUE);
        int l = parse(violations, "limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
        violations.throwIfAny();
        return new PageRequest(o, l);
    }

    private static int parse(Violations violations, String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        violations.add(name, "must be a whole number between " + min + " and " + max);
        return fallback;
    }
}
