package no.sammen.matching.logic;

import java.util.List;
import java.util.Map;

/**
 * The ranked eligible volunteers for a need, and how many were excluded by which hard rule.
 *
 * @param eligible number of eligible volunteers (may exceed {@code ranked.size()} when a limit was given)
 */
public record Suggestions(String needId, List<Suggestion> ranked, int eligible, Map<Rule, Integer> excluded) {
}
