package no.sammen.registry.activities.entity;

/** Where an offer sits on the care ladder (omsorgstrappen). */
public enum CareLevel {
    /** Anyone can come. */
    OPEN_TO_ALL,
    /** No decision needed, but aimed at people who need some support (lavterskel). */
    LOW_THRESHOLD,
    /** Granted by a formal decision (vedtak). */
    BY_DECISION;

    public static CareLevel parse(String text) {
        for (CareLevel level : values()) {
            if (level.name().equalsIgnoreCase(text.strip())) {
                return level;
            }
        }
        return null;
    }
}
