package no.sammen.platform;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import no.sammen.geo.GeoPoint;
import no.sammen.schedule.WeeklyWindow;
import no.sammen.vocabulary.Languages;
import no.sammen.vocabulary.Vocabulary;

/**
 * Collects every problem with a request before anything is written, so a client learns about all its
 * mistakes at once, and converts the wire forms (strings) into domain values on the way.
 */
public final class Violations {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()\\-]{5,20}$");
    private static final Pattern TIME = Pattern.compile("^([01]?\\d|2[0-3]):[0-5]\\d$|^24:00$");

    private final List<FieldError> errors = new ArrayList<>();

    public Violations add(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    public String requiredText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            add(field, "is required");
            return null;
        }
        return text(field, value, maxLength);
    }

    public String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            add(field, "must be at most " + maxLength + " characters");
        }
        return stripped;
    }

    public String email(String field, String value, boolean required) {
        String email = required ? requiredText(field, value, 254) : text(field, value, 254);
        if (email != null && !EMAIL.matcher(email).matches()) {
            add(field, "is not an e-mail address");
        }
        return email == null ? null : email.toLowerCase(Locale.ROOT);
    }

    public String phone(String field, String value) {
        String phone = text(field, value, 20);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            add(field, "is not a phone number");
        }
        return phone;
    }

    public Double number(String field, Double value, double min, double max) {
        if (value != null && (value.isNaN() || value < min || value > max)) {
            add(field, "must be between " + plain(min) + " and " + plain(max));
        }
        return value;
    }

    public Integer integer(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            add(field, "must be between " + min + " and " + max);
        }
        return value;
    }

    public LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            add(field, "must be a date like 2027-01-31");
            return null;
        }
    }

    public void dateOrder(String fromField, LocalDate from, String untilField, LocalDate until) {
        if (from != null && until != null && until.isBefore(from)) {
            add(untilField, "must not be before " + fromField);
        }
    }

    public GeoPoint point(String field, Double lat, Double lon, boolean required) {
        if (lat == null && lon == null) {
            if (required) {
                add(field, "is required");
            }
            return null;
        }
        if (lat == null || lat < -90 || lat > 90 || lat.isNaN()) {
            add(field + ".lat", "must be a latitude between -90 and 90");
        }
        if (lon == null || lon < -180 || lon > 180 || lon.isNaN()) {
            add(field + ".lon", "must be a longitude between -180 and 180");
        }
        return lat != null && lon != null && GeoPoint.isValid(lat, lon) ? GeoPoint.of(lat, lon) : null;
    }

    /** Parses weekly windows; each bad one is reported as {@code field[i].day|from|to}. */
    public <W> List<WeeklyWindow> windows(String field, Collection<W> input, Function<W, String[]> dayFromTo,
            int maxCount) {
        List<WeeklyWindow> windows = new ArrayList<>();
        if (input == null) {
            return windows;
        }
        if (input.size() > maxCount) {
            add(field, "must have at most " + maxCount + " windows");
            return windows;
        }
        int i = 0;
        for (W raw : input) {
            String at = field + "[" + i++ + "]";
            if (raw == null) {
                add(at, "must not be null");
                continue;
            }
            String[] parts = dayFromTo.apply(raw);
            DayOfWeek day = day(at + ".day", parts[0]);
            LocalTime from = time(at + ".from", parts[1]);
            LocalTime to = time(at + ".to", parts[2]);
            if (from != null && to != null && !from.isBefore(to)) {
                add(at + ".to", "must be after from (" + parts[1] + "); split a window that crosses midnight");
            } else if (day != null && from != null && to != null) {
                windows.add(WeeklyWindow.of(day, from, to));
            }
        }
        return windows;
    }

    private DayOfWeek day(String field, String value) {
        if (value == null || value.isBlank()) {
            add(field, "is required");
            return null;
        }
        try {
            return DayOfWeek.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            add(field, "must be one of MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY");
            return null;
        }
    }

    private LocalTime time(String field, String value) {
        if (value == null || value.isBlank()) {
            add(field, "is required");
            return null;
        }
        String v = value.strip();
        if (!TIME.matcher(v).matches()) {
            add(field, "must be a time like 09:30");
            return null;
        }
        // 24:00 means end of day; LocalTime has no such value, 23:59 is the closest.
        return v.equals("24:00") ? LocalTime.of(23, 59) : LocalTime.parse(v.length() == 4 ? "0" + v : v);
    }

    public List<String> tags(String field, Collection<String> input, int maxCount) {
        if (input == null) {
            return new ArrayList<>();
        }
        if (input.size() > maxCount) {
            add(field, "must have at most " + maxCount + " entries");
        }
        int i = 0;
        for (String tag : input) {
            if (tag != null && tag.strip().length() > Vocabulary.MAX_TAG_LENGTH) {
                add(field + "[" + i + "]", "must be at most " + Vocabulary.MAX_TAG_LENGTH + " characters");
            }
            i++;
        }
        return Vocabulary.normaliseTags(input);
    }

    public List<String> languages(String field, Collection<String> input) {
        List<String> result = new ArrayList<>();
        if (input == null) {
            return result;
        }
        int i = 0;
        for (String code : input) {
            String at = field + "[" + i++ + "]";
            var normal = Languages.normalise(code);
            if (normal.isEmpty()) {
                add(at, "must be an ISO 639-1 language code such as no, en, pl");
            } else if (!result.contains(normal.get())) {
                result.add(normal.get());
            }
        }
        return result;
    }

    public <E extends Enum<E>> E enumValue(String field, String value, Class<E> type, Function<String, E> parser,
            boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                add(field, "is required");
            }
            return null;
        }
        E parsed = parser.apply(value.strip());
        if (parsed == null) {
            StringBuilder allowed = new StringBuilder();
            for (E constant : type.getEnumConstants()) {
                allowed.append(allowed.length() == 0 ? "" : ", ").append(constant.name());
            }
            add(field, "must be one of " + allowed);
        }
        return parsed;
    }

    private static String plain(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
