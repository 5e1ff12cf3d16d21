package no.sammen.web.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The web pages' text in bokmål, nynorsk and English, from one properties file per page group and language
 * ({@code no/sammen/web/i18n/<part>_<lang>.properties}, UTF-8). No fallback between languages: a key missing in
 * nynorsk stays missing, so the pages (and the tests) show it instead of quietly printing bokmål.
 */
public final class Messages {

    public static final List<String> LANGUAGES = List.of("nb", "nn", "en");
    public static final String DEFAULT_LANGUAGE = "nb";
    public static final List<String> PARTS = List.of("common", "catalogue", "volunteer", "institution", "coordinator");

    private final Map<String, Map<String, String>> byLanguage = new TreeMap<>();

    public Messages() {
        for (String language : LANGUAGES) {
            Map<String, String> all = new TreeMap<>();
            for (String part : PARTS) {
                all.putAll(load(part, language));
            }
            byLanguage.put(language, Map.copyOf(all));
        }
    }

    /** The language asked for if Sammen speaks it, else bokmål. */
    public static String language(String asked) {
        return asked != null && LANGUAGES.contains(asked) ? asked : DEFAULT_LANGUAGE;
    }

    public Map<String, String> all(String language) {
        return byLanguage.get(language(language));
    }

    static Map<String, String> load(String part, String language) {
        String resource = "/no/sammen/web/i18n/" + part + "_" + language + ".properties";
        try (InputStream in = Messages.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Map.of();
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> map = new TreeMap<>();
            properties.stringPropertyNames().forEach(key -> map.put(key, properties.getProperty(key)));
            return map;
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
