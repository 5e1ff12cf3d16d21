package no.sammen.places.entity;

/** bydel (city district), bygd (rural village), tettsted (town), or a service district. */
public enum AreaKind {
    BYDEL, BYGD, TETTSTED, DISTRICT;

    public static AreaKind parse(String text) {
        for (AreaKind kind : values()) {
            if (kind.name().equalsIgnoreCase(text)) {
                return kind;
            }
        }
        return null;
    }
}
