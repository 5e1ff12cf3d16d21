package no.sammen.matching.logic;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The ranked eligible volunteers for a need, and how many were excluded by which hard rule.
 *
 * @param eligible      number of eligible volunteers (may exceed {@code ranked.size()} when a limit was given)
 * @param notConsidered volunteers of the municipality never weighed because only the nearest were (see
 *                      {@link #withOthers}); they are not counted as excluded, as no rule was checked for them
 */
public record Suggestions(String needId, List<Suggestion> ranked, int eligible, Map<Rule, Integer> excluded,
        long notConsidered) {

    public Suggestions(String needId, List<Suggestion> ranked, int eligible, Map<Rule, Integer> excluded) {
        this(needId, ranked, eligible, excluded, 0);
    }

    /**
     * Accounts for the municipality's {@code others} volunteers that were not among the candidates weighed. When
     * the candidates were all volunteers within anyone's travel limit, the others are beyond it: excluded for
     * distance. When the candidates were cut at the nearest {@code cap}, some others may be within reach: they
     * are reported as not considered rather than claimed to break a rule.
     */
    public Suggestions withOthers(long others, boolean candidatesCapped) {
        if (others <= 0) {
            return this;
        }
        if (candidatesCapped) {
            return new Suggestions(needId, ranked, eligible, excluded, notConsidered + others);
        }
        Map<Rule, Integer> counts = new EnumMap<>(Rule.class);
        counts.putAll(excluded);
        counts.merge(Rule.DISTANCE, (int) others, Integer::sum);
        return new Suggestions(needId, ranked, eligible, Map.copyOf(counts), notConsidered);
    }
}
