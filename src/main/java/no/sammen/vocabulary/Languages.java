package no.sammen.vocabulary;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** ISO 639-1 language codes, with Norwegian written as "no" whether the person says nb, nn or no. */
public final class Languages {

    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

    private Languages() {
    }

    /** The canonical code, or empty when the input is not a two-letter ISO 639-1 code. */
    public static Optional<String> normalise(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String lower = code.strip().toLowerCase(Locale.ROOT);
        if (lower.equals("nb") || lower.equals("nn")) {
            return Optional.of("no");
        }
        return lower.length() == 2 && ISO_639_1.contains(lower) ? Optional.of(lower) : Optional.empty();
    }
}
