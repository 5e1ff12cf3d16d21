package no.sammen.matching.logic;

/** The hard rules, in the order they are checked; a candidate is counted under the first rule it breaks. */
public enum Rule {
    POLICE_CERTIFICATE("politiattest"),
    COURSE("kurs"),
    CONFIDENTIALITY("taushetserklæring"),
    LANGUAGE("språk"),
    DISTANCE("avstand"),
    DATES("datoer"),
    TIME("tidspunkt"),
    DOUBLE_BOOKING("dobbeltbooking"),
    HOURS("timer per uke");

    private final String label;

    Rule(String label) {
        this.label = label;
    }

    /** Norwegian label for explanations. */
    public String label() {
        return label;
    }
}
