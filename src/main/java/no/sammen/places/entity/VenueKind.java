package no.sammen.places.entity;

import java.util.Locale;

/** The kinds of places in the plans, each with the Norwegian word people use for it. */
public enum VenueKind {
    ACTIVITY_CENTRE("aktivitetssenter"),
    NEIGHBOURHOOD_CENTRE("nærmiljøsenter"),
    SENIOR_CENTRE("seniorsenter"),
    DAY_CENTRE("dagsenter"),
    VOLUNTEER_CENTRE("frivilligsentral"),
    HEALTHY_LIFE_CENTRE("frisklivssentral"),
    NURSING_HOME("sykehjem"),
    CARE_CENTRE("omsorgssenter"),
    SERVICE_CENTRE("servicesenter"),
    CARERS_CENTRE("pårørendesenter"),
    MEETING_PLACE("møteplass"),
    OTHER("annet");

    private final String norwegian;

    VenueKind(String norwegian) {
        this.norwegian = norwegian;
    }

    public String norwegian() {
        return norwegian;
    }

    /** Accepts the code (NURSING_HOME) or the Norwegian word (sykehjem, or nynorsk sjukeheim). */
    public static VenueKind parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("sjukeheim")) {
            return NURSING_HOME;
        }
        for (VenueKind kind : values()) {
            if (kind.name().equalsIgnoreCase(t) || kind.norwegian.equals(t)) {
                return kind;
            }
        }
        return null;
    }
}
