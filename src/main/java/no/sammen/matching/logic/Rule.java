package no.sammen.matching.logic;

/**
 * The hard rules of issue 4, in the order they are checked; a candidate is counted under the first rule it
 * breaks. Each has a short label and a plain sentence of what it demands, for the {@code excluded} part of an
 * answer, in bokmål (the default), nynorsk and English.
 */
public enum Rule {
    POLICE_CERTIFICATE("politiattest",
            "politiattest gyldig hele perioden (de neste 90 dagene når behovet ikke har sluttdato)",
            "politiattest", "politiattest gyldig heile perioden (dei neste 90 dagane når behovet ikkje har sluttdato)",
            "police certificate", "a police certificate valid for the whole period (the next 90 days when the need"
                    + " has no end date)"),
    COURSE("kurs", "de påkrevde kursene, gyldige hele perioden",
            "kurs", "dei påkravde kursa, gyldige heile perioden",
            "courses", "the required courses, valid for the whole period"),
    CONFIDENTIALITY("taushetserklæring", "signert taushetserklæring når behovet gjelder en bruker eller krever det",
            "teieplikterklæring", "signert teieplikterklæring når behovet gjeld ein brukar eller krev det",
            "confidentiality", "a signed confidentiality agreement when the need concerns a resident or asks for it"),
    LANGUAGE("språk", "minst ett felles språk",
            "språk", "minst eitt felles språk",
            "language", "at least one language in common"),
    DISTANCE("avstand", "innenfor egen reiseavstand; uten bil også innenfor kommunens gangradius",
            "avstand", "innanfor eigen reiseavstand; utan bil også innanfor gangradiusen til kommunen",
            "distance", "within their own travel distance; without a car also within the municipality's walking radius"),
    DATES("datoer", "tilgjengelig alle behovets datoer",
            "datoar", "tilgjengeleg alle datoane til behovet",
            "dates", "available on all of the need's dates"),
    TIME("tidspunkt", "ledig hele minst ett av behovets ukentlige tidsrom (eller behovets minste antall minutter)",
            "tidspunkt", "ledig heile minst eitt av dei vekentlege tidsromma til behovet (eller det minste talet på"
                    + " minutt behovet krev)",
            "time", "free for the whole of at least one of the need's weekly time slots (or the need's minimum"
                    + " number of minutes)"),
    DOUBLE_BOOKING("dobbeltbooking", "ingen kollisjon med oppdrag den frivillige har godtatt eller er i gang med",
            "dobbeltbooking", "ingen kollisjon med oppdrag den frivillige har godteke eller er i gang med",
            "double booking", "no clash with assignments the volunteer has accepted or is doing"),
    HOURS("timer per uke", "innenfor den frivilliges maks timer per uke, medregnet andre oppdrag",
            "timar per veke", "innanfor maks timar per veke for den frivillige, medrekna andre oppdrag",
            "hours per week", "within the volunteer's maximum hours per week, other assignments included");

    private final String label;
    private final String demand;
    private final String nynorskLabel;
    private final String nynorskDemand;
    private final String englishLabel;
    private final String englishDemand;

    Rule(String label, String demand, String nynorskLabel, String nynorskDemand, String englishLabel,
            String englishDemand) {
        this.label = label;
        this.demand = demand;
        this.nynorskLabel = nynorskLabel;
        this.nynorskDemand = nynorskDemand;
        this.englishLabel = englishLabel;
        this.englishDemand = englishDemand;
    }

    /** Norwegian (bokmål) label for explanations. */
    public String label() {
        return label;
    }

    /** What the rule demands, in plain Norwegian (bokmål): "minst ett felles språk". */
    public String demand() {
        return demand;
    }

    /** The label in the given language. */
    public String label(Explanations lang) {
        return switch (lang) {
            case NB -> label;
            case NN -> nynorskLabel;
            case EN -> englishLabel;
        };
    }

    /** What the rule demands, in the given language. */
    public String demand(Explanations lang) {
        return switch (lang) {
            case NB -> demand;
            case NN -> nynorskDemand;
            case EN -> englishDemand;
        };
    }
}
