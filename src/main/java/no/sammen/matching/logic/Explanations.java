package no.sammen.matching.logic;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.sammen.schedule.WeeklyWindow;

/**
 * The words of the matching explanations in the three languages of the pages. Reasons are built when a
 * suggestion is scored, so the language is chosen per request and nothing cached carries one. Bokmål is the
 * default: an answer asked for without a language reads exactly as it always has. Interests, target groups,
 * course and venue names are data and are passed through as they are.
 */
public enum Explanations {
    NB(Locale.forLanguageTag("nb-NO")),
    NN(Locale.forLanguageTag("nn-NO")),
    EN(Locale.ENGLISH);

    private static final DateTimeFormatter NORWEGIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final Locale locale;

    Explanations(Locale locale) {
        this.locale = locale;
    }

    /** The language a client asked for: "nb", "nn" or "en"; anything else (or nothing) is bokmål. */
    public static Explanations of(String code) {
        if (code == null) {
            return NB;
        }
        return switch (code.strip().toLowerCase(Locale.ROOT)) {
            case "nn" -> NN;
            case "en" -> EN;
            default -> NB;
        };
    }

    /** The template in this language. */
    private String pick(String nb, String nn, String en) {
        return switch (this) {
            case NB -> nb;
            case NN -> nn;
            case EN -> en;
        };
    }

    /** "3,2 km unna", "3.2 km away". */
    String away(double km) {
        return String.format(locale, pick("%.1f km unna", "%.1f km unna", "%.1f km away"), km);
    }

    /** "ledig tirsdager 10–14, dekker hele behovet" or "… dekker 2,5 av 5 timer i uka". */
    String free(List<WeeklyWindow> served, int servedMinutes, int needMinutes) {
        String covers = servedMinutes >= needMinutes
                ? pick("dekker hele behovet", "dekkjer heile behovet", "covers the whole need")
                : String.format(pick("dekker %s av %s timer i uka", "dekkjer %s av %s timar i veka",
                        "covers %s of %s hours a week"), hours(servedMinutes), hours(needMinutes));
        return pick("ledig ", "ledig ", "free ") + describe(served) + ", " + covers;
    }

    /** "felles interesse: musikk", "felles interesser: musikk, tur". */
    String sharedInterests(List<String> shared) {
        return (shared.size() == 1 ? pick("felles interesse: ", "felles interesse: ", "shared interest: ")
                : pick("felles interesser: ", "felles interesser: ", "shared interests: ")) + String.join(", ", shared);
    }

    /** The offer ranking's wording, singular whatever the count (as it has always been). */
    String sharedInterest(List<String> shared) {
        return pick("felles interesse: ", "felles interesse: ", "shared interest: ") + String.join(", ", shared);
    }

    String policeCertificate(LocalDate validUntil) {
        return pick("politiattest gyldig til ", "politiattest gyldig til ", "police certificate valid until ")
                + date(validUntil);
    }

    String course(String name, LocalDate validUntil) {
        return pick("kurs: ", "kurs: ", "course: ") + name + (validUntil == null ? ""
                : pick(" (gyldig til ", " (gyldig til ", " (valid until ") + date(validUntil) + ")");
    }

    String confidentialitySigned() {
        return pick("har signert taushetserklæring", "har skrive under teieplikterklæring",
                "has signed the confidentiality agreement");
    }

    String hasCar() {
        return pick("har bil", "har bil", "has a car");
    }

    String knowsResident() {
        return pick("kjenner personen fra før", "kjenner personen frå før", "knows the person already");
    }

    /** Been at the venue before; {@code venue} null when its name is unknown. */
    String beenAt(String venue) {
        return venue != null ? String.format(pick("har vært på %s før", "har vore på %s før", "has been at %s before"), venue)
                : pick("har vært på samme sted før", "har vore på same stad før", "has been at the same place before");
    }

    String targetGroups(List<String> groups) {
        return pick("erfaring med målgruppen: ", "erfaring med målgruppa: ", "experience with the target group: ")
                + String.join(", ", groups);
    }

    String activeMatches(int active) {
        if (active == 0) {
            return pick("ingen aktive oppdrag nå", "ingen aktive oppdrag no", "no active assignments now");
        }
        if (active == 1) {
            return pick("har 1 aktivt oppdrag", "har 1 aktivt oppdrag", "has 1 active assignment");
        }
        return String.format(pick("har %d aktive oppdrag", "har %d aktive oppdrag", "has %d active assignments"), active);
    }

    String offerKind(boolean group) {
        return group ? pick("gruppetilbud", "gruppetilbod", "group offer")
                : pick("én-til-én-tilbud", "ein-til-ein-tilbod", "one-to-one offer");
    }

    /** "for eldre", or "for alle" when the offer is for everyone. */
    String offerFor(String targetGroup) {
        return targetGroup == null ? pick("for alle", "for alle", "for everyone") : "for " + targetGroup;
    }

    /** "neste gang tirsdag 9. januar kl. 10:00", "next time Tuesday 9 January at 10:00". */
    String next(LocalDateTime next) {
        return pick("neste gang ", "neste gong ", "next time ") + DateTimeFormatter.ofPattern(
                pick("EEEE d. MMMM 'kl.' HH:mm", "EEEE d. MMMM 'kl.' HH:mm", "EEEE d MMMM 'at' HH:mm"), locale)
                .format(next);
    }

    /** Why a need's slots stay open; {@code counts} is "politiattest (12), språk (3)" in this language. */
    String unfilled(int eligible, int needed, String counts) {
        if (eligible == 0) {
            return counts.isEmpty()
                    ? pick("ingen frivillige å velge mellom", "ingen frivillige å velje mellom", "no volunteers to choose from")
                    : pick("ingen kandidat oppfyller: ", "ingen kandidat oppfyller: ", "no candidate meets: ") + counts;
        }
        String text;
        if (eligible < needed) {
            text = eligible == 1 ? pick("bare 1 kvalifisert kandidat", "berre 1 kvalifisert kandidat", "only 1 qualified candidate")
                    : String.format(pick("bare %d kvalifiserte kandidater", "berre %d kvalifiserte kandidatar",
                            "only %d qualified candidates"), eligible);
        } else {
            text = String.format(pick(
                    "%d kvalifiserte kandidater, men for få er ledige: de er satt på andre behov eller har ikke tid"
                            + " eller timer til flere",
                    "%d kvalifiserte kandidatar, men for få er ledige: dei er sette på andre behov eller har ikkje tid"
                            + " eller timar til fleire",
                    "%d qualified candidates, but too few are free: they are placed on other needs or have no time"
                            + " or hours for more"), eligible);
        }
        return counts.isEmpty() ? text : text + pick("; utelukket: ", "; utelukka: ", "; excluded: ") + counts;
    }

    /** A proposed volunteer who has since come to break a rule. */
    public String noLongerMeets(Rule rule) {
        return pick("oppfyller ikke lenger: ", "oppfyller ikkje lenger: ", "no longer meets: ") + rule.label(this);
    }

    /** Whole hours as "2", others as "2,5" (or "2.5" in English). */
    String hours(int minutes) {
        if (minutes % 60 == 0) {
            return Integer.toString(minutes / 60);
        }
        return String.format(locale, "%.1f", minutes / 60.0);
    }

    /** "tirsdager 10–14 og torsdager 12:30–14". */
    String describe(List<WeeklyWindow> windows) {
        List<String> parts = new ArrayList<>();
        for (WeeklyWindow w : windows) {
            parts.add(days(w.day()) + " " + time(w.start()) + "–" + time(w.end()));
        }
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + pick(" og ", " og ", " and ")
                + parts.get(parts.size() - 1);
    }

    private static final String[] NB_DAYS = {"mandager", "tirsdager", "onsdager", "torsdager", "fredager",
        "lørdager", "søndager"};
    private static final String[] NN_DAYS = {"måndagar", "tysdagar", "onsdagar", "torsdagar", "fredagar",
        "laurdagar", "sundagar"};
    private static final String[] EN_DAYS = {"Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays",
        "Saturdays", "Sundays"};

    /** The weekday in the plural, as in "free Tuesdays". */
    private String days(DayOfWeek d) {
        String[] names = switch (this) {
            case NB -> NB_DAYS;
            case NN -> NN_DAYS;
            case EN -> EN_DAYS;
        };
        return names[d.getValue() - 1];
    }

    private static String time(LocalTime t) {
        return t.getMinute() == 0 ? Integer.toString(t.getHour()) : String.format("%d:%02d", t.getHour(), t.getMinute());
    }

    /** "10.01.2029" in Norwegian, "10 Jan 2029" in English. */
    String date(LocalDate d) {
        return (this == EN ? ENGLISH_DATE : NORWEGIAN_DATE).format(d);
    }
}
