package no.sammen.matching.logic;

import java.util.List;

/**
 * An assignment of volunteers to open needs.
 *
 * @param pairs         the chosen pairs with their explanations
 * @param totalScore    sum of the pairs' scores
 * @param unfilled      needs with slots left, and why
 * @param nodesExplored branch-and-bound nodes (0 for greedy)
 * @param optimal       false when the node cap was hit: the plan is then the best found, not proven optimal
 */
public record Plan(List<Suggestion> pairs, double totalScore, List<Unfilled> unfilled, int nodesExplored,
        boolean optimal) {

    /** A need with {@code missing} slots left; {@code reason} in bokmål. */
    public record Unfilled(String needId, int missing, String reason) {
    }
}
