package no.sammen.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import no.sammen.vocabulary.Vocabulary;

/**
 * Many different text searches, as residents and the desk type them, for a load that is not eight queries over and
 * over: {@code distinct} query strings (one or two words from the plans' vocabulary and everyday words, in bokmål
 * and nynorsk, some misspelt; some with a municipality, a place and radius, or a weekday window), drawn with Zipf
 * popularity (exponent 1: the most popular is asked twice as often as the second). Seeded, so runs compare.
 */
final class QueryMix {

    private static final List<String> EVERYDAY = List.of("sykehjem", "sjukeheim", "besøksvenn", "besøksven", "tur",
            "gåtur", "kor", "bingo", "nettbrett", "kaffe", "strikking", "trening", "seniorsenter", "aktivitetssenter",
            "tilbod", "frivillig", "middag", "bibliotek", "svømming", "handling", "sjukheim", "besoksvenn");
    private static final String[] MUNICIPALITIES = {"porsgrunn", "larvik", "nordre-follo", "vinje", "nome"};
    private static final String[] CENTRES = {"59.14,9.656", "59.053,10.027", "59.72,10.83", "59.57,7.99", "59.28,9.27"};
    private static final String[] DAYS = {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY"};

    private QueryMix() {
    }

    /** {@code draws} query strings for {@code /api/search?}, from {@code distinct} different ones. */
    static List<String> draw(int distinct, int draws, long seed) {
        Random random = new Random(seed);
        List<String> words = new ArrayList<>(Vocabulary.INTERESTS);
        words.addAll(Vocabulary.TARGET_GROUPS);
        words.addAll(EVERYDAY);
        Set<String> queries = new LinkedHashSet<>();
        while (queries.size() < distinct) {
            String text = words.get(random.nextInt(words.size()));
            if (random.nextInt(3) == 0) {
                text += " " + words.get(random.nextInt(words.size()));
            }
            StringBuilder query = new StringBuilder("q=").append(URLEncoder.encode(text, StandardCharsets.UTF_8));
            int where = random.nextInt(10);
            int m = random.nextInt(MUNICIPALITIES.length);
            if (where < 3) {
                query.append("&municipality=").append(MUNICIPALITIES[m]);
            } else if (where < 6) {
                query.append("&near=").append(CENTRES[m]);
                if (random.nextBoolean()) {
                    query.append("&radiusKm=").append(2 + random.nextInt(19));
                }
            }
            if (random.nextInt(5) == 0) {
                int from = 9 + random.nextInt(10);
                query.append("&day=").append(DAYS[random.nextInt(DAYS.length)])
                        .append("&from=").append(from).append(":00&to=").append(from + 2).append(":00");
            }
            queries.add(query.toString());
        }
        List<String> pool = new ArrayList<>(queries);
        double[] cumulative = new double[distinct];
        double sum = 0;
        for (int rank = 0; rank < distinct; rank++) {
            sum += 1.0 / (rank + 1);
            cumulative[rank] = sum;
        }
        List<String> drawn = new ArrayList<>(draws);
        for (int i = 0; i < draws; i++) {
            int found = Arrays.binarySearch(cumulative, random.nextDouble() * sum);
            drawn.add(pool.get(found >= 0 ? found : -found - 1));
        }
        return drawn;
    }

    /**
     * The share of the draws from {@code from} on that a least-recently-used cache of {@code size} answers would
     * answer, emptied every {@code emptiedEvery} draws (a write to the index every so many searches; 0: never).
     */
    static double keptShare(List<String> drawn, int size, int from, int emptiedEvery) {
        Map<String, Boolean> kept = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > size;
            }
        };
        int answered = 0;
        for (int i = 0; i < drawn.size(); i++) {
            if (emptiedEvery > 0 && i % emptiedEvery == 0) {
                kept.clear();
            }
            boolean hit = kept.get(drawn.get(i)) != null;
            if (!hit) {
                kept.put(drawn.get(i), true);
            }
            if (hit && i >= from) {
                answered++;
            }
        }
        return drawn.size() <= from ? 0 : (double) answered / (drawn.size() - from);
    }

    /** The share of the first {@code n} draws that repeat an earlier one among them: what an answer cache could hit. */
    static double repeated(List<String> drawn, int n) {
        Set<String> seen = new HashSet<>();
        int repeats = 0;
        for (String query : drawn.subList(0, Math.min(n, drawn.size()))) {
            if (!seen.add(query)) {
                repeats++;
            }
        }
        return n == 0 ? 0 : (double) repeats / Math.min(n, drawn.size());
    }
}
