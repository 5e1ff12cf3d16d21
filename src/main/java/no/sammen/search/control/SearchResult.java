package no.sammen.search.control;

import java.util.List;
import java.util.Map;

/**
 * Hits ranked by relevance (with distance when a point was given), the total and facet counts. With many
 * matches (over twice {@code sammen.search.exactUpTo}, default 10 000) the total and the counts are estimates from
 * a sample ({@code totalExact}/{@code facetsExact} false), rounded to three significant digits; the hits are always
 * the true best ones.
 */
public record SearchResult(long total, boolean totalExact, int offset, int limit, List<Hit> hits,
        Map<String, Map<String, Integer>> facets, boolean facetsExact) {

    /** One hit: enough to show in a list and to fetch the record. */
    public record Hit(String type, long id, String title, String snippet, Double distanceKm, String municipality,
            String areaName, float score) {
    }
}
