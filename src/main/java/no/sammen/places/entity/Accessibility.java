package no.sammen.places.entity;

/** Universell utforming features residents ask about before they set out. */
public enum Accessibility {
    STEP_FREE, RULLATOR_FRIENDLY, WHEELCHAIR_ACCESSIBLE, HEARING_LOOP, ACCESSIBLE_TOILET, PARKING, BUS_STOP_NEARBY,
    QUIET_ROOM;

    public static Accessibility parse(String text) {
        for (Accessibility a : values()) {
            if (a.name().equalsIgnoreCase(text.strip())) {
                return a;
            }
        }
        return null;
    }
}
