package no.sammen.vocabulary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The controlled vocabularies of interests and target groups, taken from the five municipal plans. Tags
 * outside them are accepted as free-text additions ("sjakk"), normalised the same way, so that filters and
 * matching compare like with like.
 */
public final class Vocabulary {

    public static final int MAX_TAG_LENGTH = 60;
    private static final Locale NORWEGIAN = Locale.forLanguageTag("no");

    public static final List<String> INTERESTS = List.of(
            "turgåing", "friluftsliv", "trim", "fallforebygging", "matlaging", "måltidsfellesskap", "kafé",
            "hage", "digital hjelp", "musikk", "sang", "dans", "kultur", "kunst og håndverk", "lesing", "spill",
            "samtale", "besøk", "følge", "transport", "praktisk hjelp", "språk", "integrering", "leksehjelp",
            "generasjoner", "demensvennlig", "pårørendestøtte", "idrett");

    public static final List<String> TARGET_GROUPS = List.of(
            "alle", "eldre", "aleneboende", "demens", "pårørende", "psykisk helse", "rus", "barn og unge",
            "ungdom", "barn som pårørende", "funksjonsnedsettelse", "syn", "hørsel", "utviklingshemming",
            "revmatisme", "kronisk syke", "innvandrere", "flyktninger");

    private Vocabulary() {
    }

    /** Lower case, single spaces, trimmed; blank becomes empty. */
    public static String normaliseTag(String tag) {
        return tag == null ? "" : tag.strip().replaceAll("\\s+", " ").toLowerCase(NORWEGIAN);
    }

    /** Normalised, de-duplicated, blanks dropped, order kept. */
    public static List<String> normaliseTags(Collection<String> tags) {
        Set<String> result = new LinkedHashSet<>();
        if (tags != null) {
            for (String tag : tags) {
                String normal = normaliseTag(tag);
                if (!normal.isEmpty()) {
                    result.add(normal);
                }
            }
        }
        return new ArrayList<>(result);
    }

    public static boolean isControlledInterest(String tag) {
        return INTERESTS.contains(normaliseTag(tag));
    }

    public static boolean isControlledTargetGroup(String tag) {
        return TARGET_GROUPS.contains(normaliseTag(tag));
    }
}
