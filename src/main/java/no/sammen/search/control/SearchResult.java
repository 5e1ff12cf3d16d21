package no.sammen.search.control;

import java.util.List;
import java.util.Map;

/** Hits ranked by relevance (with distance when a point was given), the exact total, and facet counts. */
public record SearchResult(long total, int offset, int limit, List<Hit> hits, Map<String, Map<String, Integer>> facets) {

    /** One hit: enough to show in a list and to fetch the record. */
    public record Hit(String type, long id, String title, String snippet, Double distanceKm, String municipality,
            String areaName, float score) {
    }
}
