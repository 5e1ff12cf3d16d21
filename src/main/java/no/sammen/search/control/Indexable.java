package no.sammen.search.control;

import java.util.List;
import no.sammen.geo.GeoPoint;
import no.sammen.schedule.WeeklyWindow;

/**
 * What the index knows about one registry record. Built from the entities, and the only thing turned into
 * a Lucene document: personal fields (e-mail, phone, exact home) never get here.
 */
public record Indexable(
        String type,
        long id,
        long version,
        String title,
        String text,
        String municipality,
        Long areaId,
        String areaName,
        List<String> interests,
        List<String> targetGroups,
        String level,
        List<WeeklyWindow> windows,
        GeoPoint location,
        boolean restricted) {

    public String uid() {
        return uid(type, id);
    }

    public static String uid(String type, long id) {
        return type + ":" + id;
    }
}
