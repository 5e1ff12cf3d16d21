package no.sammen.search.control;

import java.util.Set;
import no.sammen.geo.GeoPoint;

/**
 * A search as a user asks it. Every filter is optional; {@code weekFrom}/{@code weekTo} are minutes of the
 * week (Monday 00:00 = 0) and match records with a weekly window overlapping them.
 */
public record SearchRequest(
        String text,
        Set<String> types,
        String municipality,
        Long areaId,
        GeoPoint near,
        Double radiusKm,
        Integer weekFrom,
        Integer weekTo,
        String targetGroup,
        String interest,
        String level,
        boolean includeRestricted,
        int offset,
        int limit) {
}
