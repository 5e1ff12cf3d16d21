package no.sammen.matching.logic;

/**
 * The hard rules of issue 4, in the order they are checked; a candidate is counted under the first rule it
 * breaks. Each has a short label and a plain Norwegian sentence of what it demands, for the {@code excluded}
 * part of an answer.
 */
public enum Rule {
    POLICE_CERTIFICATE("politiattest",
            "politiattest gyldig hele perioden (de neste 90 dagene når behovet ikke har sluttdato)"),
    COURSE("kurs", "de påkrevde kursene, gyldige hele perioden"),
    CONFIDENTIALITY("taushetserklæring", "signert taushetserklæring når behovet gjelder en bruker eller krever det"),
    LANGUAGE("språk", "minst ett felles språk"),
    DISTANCE("avstand", "innenfor egen reiseavstand; uten bil også innenfor kommunens gangradius"),
    DATES("datoer", "tilgjengelig alle behovets datoer"),
    TIME("tidspunkt", "ledig hele minst ett av behovets ukentlige tidsrom (eller behovets minste antall minutter)"),
    DOUBLE_BOOKING("dobbeltbooking", "ingen kollisjon med oppdrag den frivillige har godtatt eller er i gang med"),
    HOURS("timer per uke", "innenfor den frivilliges maks timer per uke, medregnet andre oppdrag");

    private final String label;
    private final String demand;

    Rule(String label, String demand) {
        this.label = label;
        this.demand = demand;
    }

    /** Norwegian label for explanations. */
    public String label() {
        return label;
    }

    /** What the rule demands, in plain Norwegian: "minst ett felles språk". */
    public String demand() {
        return demand;
    }
}
