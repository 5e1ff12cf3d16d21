package no.sammen.matching.logic;

/** The outcome of checking one volunteer against one need: the first broken rule, or a suggestion. */
public record Assessment(Rule excludedBy, Suggestion suggestion) {

    public boolean eligible() {
        return excludedBy == null;
    }
}
