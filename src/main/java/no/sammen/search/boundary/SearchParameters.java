package no.sammen.search.boundary;

import java.time.DayOfWeek;
import java.util.Locale;
import no.sammen.geo.GeoPoint;
import no.sammen.platform.Violations;
import no.sammen.schedule.WeeklyWindow;
import no.sammen.vocabulary.Vocabulary;

/** Query-string forms shared by the search endpoints: {@code near=lat,lon}, {@code day}+{@code from}+{@code to}. */
public final class SearchParameters {

    static final double MAX_RADIUS_KM = 500;

    public record Place(GeoPoint point, Double radiusKm) {
    }

    private SearchParameters() {
    }

    /** A vocabulary filter as typed, normalised; null when empty. */
    public static String tag(String value) {
        String normal = Vocabulary.normaliseTag(value);
        return normal.isEmpty() ? null : normal;
    }

    public static Place place(Violations v, String near, String radiusKm) {
        GeoPoint point = null;
        if (near != null && !near.isBlank()) {
            String[] parts = near.split(",");
            try {
                if (parts.length == 2) {
                    point = v.point("near", Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()), true);
                } else {
                    v.add("near", "must be lat,lon, e.g. 59.140,9.656");
                }
            } catch (NumberFormatException e) {
                v.add("near", "must be lat,lon, e.g. 59.140,9.656");
            }
        }
        Double radius = null;
        if (radiusKm != null && !radiusKm.isBlank()) {
            try {
                radius = Double.parseDouble(radiusKm.strip());
                if (!(radius > 0 && radius <= MAX_RADIUS_KM)) {
                    v.add("radiusKm", "must be more than 0 and at most " + (int) MAX_RADIUS_KM);
                    radius = null;
                }
            } catch (NumberFormatException e) {
                v.add("radiusKm", "must be a number of kilometres");
            }
            if (near == null || near.isBlank()) {
                v.add("near", "is required with radiusKm");
            }
        }
        return new Place(point, radius);
    }

    /** Minutes of the week [from, to) for a day and optional times; the whole day when no times are given. */
    public static int[] week(Violations v, String day, String from, String to) {
        boolean anyTime = (from != null && !from.isBlank()) || (to != null && !to.isBlank());
        if (day == null || day.isBlank()) {
            if (anyTime) {
                v.add("day", "is required with from and to");
            }
            return null;
        }
        DayOfWeek dayOfWeek;
        try {
            dayOfWeek = DayOfWeek.valueOf(day.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            v.add("day", "must be one of MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY");
            return null;
        }
        String start = from == null || from.isBlank() ? "00:00" : from;
        String end = to == null || to.isBlank() ? "24:00" : to;
        var windows = v.windows("window", java.util.List.<String[]>of(new String[] {dayOfWeek.name(), start, end}), w -> w, 1);
        if (windows.isEmpty()) {
            return null;
        }
        WeeklyWindow window = windows.get(0);
        int endOfDay = dayOfWeek.getValue() * 24 * 60;
        int endMinute = end.strip().equals("24:00") ? endOfDay : window.endMinuteOfWeek();
        return new int[] {window.startMinuteOfWeek(), endMinute};
    }

}
