package no.sammen.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.sammen.web.control.Messages;
import org.junit.jupiter.api.Test;

/** Every page text exists in bokmål, nynorsk and English, and every key the pages use exists. */
class MessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");
    // data-i18n="key", data-i18n-placeholder="key", t('key' …) and t("key" …) in the pages and their scripts.
    private static final Pattern USED = Pattern.compile(
            "data-i18n(?:-[a-z-]+)?=\"([a-zA-Z0-9_.]+)\"|\\bt\\(\\s*['\"]([a-zA-Z0-9_.]+)['\"]");

    private final Messages messages = new Messages();

    @Test
    void everyLanguageHasTheSameKeysAndPlaceholders() {
        Map<String, String> bokmal = messages.all("nb");
        assertTrue(bokmal.size() > 50, "bokmål bundle looks empty");
        for (String language : Messages.LANGUAGES) {
            Map<String, String> other = messages.all(language);
            assertEquals(bokmal.keySet(), other.keySet(), "keys of " + language + " differ from bokmål");
            other.forEach((key, text) -> {
                assertFalse(text.isBlank(), language + ": " + key + " is blank");
                assertEquals(placeholders(bokmal.get(key)), placeholders(text),
                        language + ": placeholders of " + key + " differ from bokmål");
            });
        }
    }

    @Test
    void nynorskAndEnglishAreTranslationsNotCopies() {
        long sameAsBokmalNn = messages.all("nb").entrySet().stream()
                .filter(e -> e.getValue().equals(messages.all("nn").get(e.getKey()))).count();
        long sameAsBokmalEn = messages.all("nb").entrySet().stream()
                .filter(e -> e.getValue().equals(messages.all("en").get(e.getKey()))).count();
        int total = messages.all("nb").size();
        // Many short Norwegian words are the same in both written forms, so nynorsk may share a good part.
        assertTrue(sameAsBokmalNn < total * 0.6, "nynorsk equals bokmål for " + sameAsBokmalNn + " of " + total);
        assertTrue(sameAsBokmalEn < total * 0.15, "English equals bokmål for " + sameAsBokmalEn + " of " + total);
    }

    @Test
    void everyKeyUsedByThePagesExists() throws IOException {
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("webapp"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".js")).toList()) {
                Matcher m = USED.matcher(Files.readString(file));
                while (m.find()) {
                    String key = m.group(1) != null ? m.group(1) : m.group(2);
                    // t('day.' + day) builds the key: the prefix must begin some key.
                    boolean known = key.endsWith(".")
                            ? messages.all("nb").keySet().stream().anyMatch(k -> k.startsWith(key))
                            : messages.all("nb").containsKey(key);
                    if (!known) {
                        missing.add(key + " (" + file + ")");
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void unknownLanguagesGetBokmal() {
        assertEquals("nb", Messages.language("de"));
        assertEquals("nb", Messages.language(null));
        assertEquals("nn", Messages.language("nn"));
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
