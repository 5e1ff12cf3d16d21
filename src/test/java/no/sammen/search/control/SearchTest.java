package no.sammen.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.sammen.geo.GeoPoint;
import no.sammen.schedule.WeeklyWindow;
import no.sammen.search.analysis.SammenAnalyzer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index and its queries in-process: week windows, radius and ranking at their edges. */
class SearchTest {

    private static final GeoPoint PORSGRUNN = GeoPoint.of(59.140, 9.656);

    @TempDir
    Path dir;

    private SearchIndex index;
    private Search search;

    @BeforeEach
    void open() {
        index = new SearchIndex();
        assertTrue(index.open(dir), "a new index must be built from the database");
        search = new Search();
        search.index = index;
        Map<String, Indexable> docs = new HashMap<>();
        for (Indexable item : List.of(
                activity(1, "Nettbrettkurs for seniorer", "Ungdomsskoleelever lærer bort nettbrett.",
                        GeoPoint.of(59.1395, 9.6545), window(DayOfWeek.TUESDAY, "12:00", "14:00")),
                activity(2, "Turgruppe i Bøkeskogen", "Rolig tur i skogen, kaffe etterpå.",
                        GeoPoint.of(59.062, 10.010), window(DayOfWeek.FRIDAY, "10:00", "11:30")),
                activity(3, "Nettbrett-hjelp i Brevik", "Hjelp med nettbrett og telefon.",
                        GeoPoint.of(59.0535, 9.6985), window(DayOfWeek.TUESDAY, "12:00", "14:00")),
                activity(4, "Søndagskafé", "Kafé søndag natt da klokka stilles.",
                        GeoPoint.of(59.14, 9.65), window(DayOfWeek.SUNDAY, "01:00", "04:00")),
                new Indexable("volunteer", 5, 1, "Kari Nordmann", "nettbrett turgåing", "porsgrunn", 10L, "Sentrum",
                        List.of("digital hjelp"), List.of(), null, List.of(), GeoPoint.of(59.14, 9.66), true))) {
            docs.put(item.uid(), item);
        }
        index.apply(docs);
    }

    @AfterEach
    void close() {
        index.close();
    }

    private static WeeklyWindow window(DayOfWeek day, String from, String to) {
        return WeeklyWindow.of(day, LocalTime.parse(from), LocalTime.parse(to));
    }

    private static Indexable activity(long id, String title, String text, GeoPoint at, WeeklyWindow window) {
        return new Indexable("activity", id, 1, title, text, "porsgrunn", 10L, "Sentrum", List.of("digital hjelp"),
                List.of("eldre"), "OPEN_TO_ALL", List.of(window), at, false);
    }

    private SearchResult run(String text, GeoPoint near, Double radiusKm, Integer from, Integer to) {
        return search.search(new SearchRequest(text, Set.of(), null, null, near, radiusKm, from, to, null, null,
                null, false, 0, 10));
    }

    private static int minute(DayOfWeek day, String time) {
        LocalTime t = LocalTime.parse(time);
        return (day.getValue() - 1) * 1440 + t.getHour() * 60 + t.getMinute();
    }

    private static List<Long> ids(SearchResult result) {
        return result.hits().stream().map(SearchResult.Hit::id).toList();
    }

    @Test
    void aWindowThatOverlapsFindsTheCourse() {
        var result = run("nettbrett", null, null, minute(DayOfWeek.TUESDAY, "13:00"), minute(DayOfWeek.TUESDAY, "15:00"));
        assertEquals(Set.of(1L, 3L), Set.copyOf(ids(result)));
    }

    @Test
    void touchingWindowsDoNotOverlap() {
        assertEquals(0, run("nettbrett", null, null, minute(DayOfWeek.TUESDAY, "10:00"),
                minute(DayOfWeek.TUESDAY, "12:00")).total());
        assertEquals(0, run("nettbrett", null, null, minute(DayOfWeek.TUESDAY, "14:00"),
                minute(DayOfWeek.TUESDAY, "16:00")).total());
        assertEquals(2, run("nettbrett", null, null, minute(DayOfWeek.TUESDAY, "13:59"),
                minute(DayOfWeek.TUESDAY, "16:00")).total());
    }

    @Test
    void anotherDayDoesNotMatch() {
        assertEquals(0, run("nettbrett", null, null, minute(DayOfWeek.FRIDAY, "12:00"),
                minute(DayOfWeek.FRIDAY, "14:00")).total());
    }

    @Test
    void theNightClocksChangeIsStillTheSameWeeklyWindow() {
        // Windows are wall-clock times; the DST night's 02:00–03:00 still belongs to the 01:00–04:00 window.
        assertEquals(List.of(4L), ids(run("kafé", null, null, minute(DayOfWeek.SUNDAY, "02:00"),
                minute(DayOfWeek.SUNDAY, "03:00"))));
    }

    @Test
    void radiusIsAHardEdge() {
        // Brevik's course is about 10 km from Porsgrunn sentrum.
        double brevikKm = PORSGRUNN.distanceKm(GeoPoint.of(59.0535, 9.6985));
        assertEquals(List.of(1L), ids(run("nettbrett", PORSGRUNN, brevikKm - 0.05, null, null)));
        assertEquals(Set.of(1L, 3L), Set.copyOf(ids(run("nettbrett", PORSGRUNN, brevikKm + 0.05, null, null))));
    }

    @Test
    void nearerRanksFirstAndDistanceIsReported() {
        var fromBrevik = run("nettbrett", GeoPoint.of(59.054, 9.700), null, null, null);
        assertEquals(List.of(3L, 1L), ids(fromBrevik));
        assertTrue(fromBrevik.hits().get(0).distanceKm() < 0.5);
        var fromSentrum = run("nettbrett", PORSGRUNN, null, null, null);
        assertEquals(List.of(1L, 3L), ids(fromSentrum));
        assertNull(run("nettbrett", null, null, null, null).hits().get(0).distanceKm());
    }

    @Test
    void restrictedRecordsStayOutUnlessAsked() {
        assertFalse(ids(run("Kari", null, null, null, null)).contains(5L));
        var withRestricted = search.search(new SearchRequest("Kari", Set.of(), null, null, null, null, null, null,
                null, null, null, true, 0, 10));
        assertEquals(List.of(5L), ids(withRestricted));
    }

    @Test
    void facetsCountWhatMatched() {
        var result = run(null, null, null, null, null);
        assertEquals(4, result.total());
        assertEquals(Map.of("activity", 4), result.facets().get("type"));
        assertEquals(2, result.facets().get("weekday").get("TUESDAY"));
        assertEquals(4, result.facets().get("interest").get("digital hjelp"));
    }

    @Test
    void snippetsMarkTheWordsFound() {
        var hit = run("skogen", null, null, null, null).hits().get(0);
        assertEquals(2L, hit.id());
        assertTrue(hit.snippet().contains("<mark>skogen</mark>"), hit.snippet());
    }

    @Test
    void editingAWordListChangesTheIndexSchemaVersionSoTheIndexIsRebuilt() {
        assertTrue(IndexSchema.VERSION.endsWith(SammenAnalyzer.wordListsFingerprint()), IndexSchema.VERSION);
    }

    @Test
    void snippetsMarkTheSynonymFoundToo() {
        var hit = run("turgåing", null, null, null, null).hits().get(0);
        assertEquals(2L, hit.id());
        assertTrue(hit.snippet().contains("<mark>tur</mark>"), hit.snippet());
    }

    @Test
    void typosAreForgivenWhenTheWordsAsWrittenFindLittle() {
        assertEquals(Set.of(1L, 3L), Set.copyOf(ids(run("nettbret", null, null, null, null))));
        assertEquals(List.of(2L), ids(run("Bøkeskogn", null, null, null, null)));
        // words that are found as written are not widened by typo alternatives
        Search always = new Search(index);
        always.typosAlways = true;
        assertEquals(run("nettbrett", null, null, null, null).total(), always.search(new SearchRequest("nettbrett",
                Set.of(), null, null, null, null, null, null, null, null, null, false, 0, 10)).total());
    }

    @Test
    void idsGivesTheBestHitsWithoutTheRest() {
        var request = new SearchRequest(null, Set.of("activity"), null, null, GeoPoint.of(59.054, 9.700), 20.0, null,
                null, null, null, null, false, 0, 2);
        assertEquals(List.of(3L, 1L), search.ids(request), "nearest first, limited");
    }

    @Test
    void queryTextIsNeverSyntax() {
        for (String nasty : List.of("\"(*:~", "AND OR NOT", "title:foo", "[[[", "\\", "*", "?")) {
            run(nasty, null, null, null, null);
        }
    }

    @Test
    void updatesReplaceAndDeletesRemove() {
        Map<String, Indexable> change = new HashMap<>();
        change.put("activity:2", activity(2, "Strikkekafé", "Strikking og prat.", GeoPoint.of(59.06, 10.0),
                window(DayOfWeek.FRIDAY, "10:00", "11:30")));
        index.apply(change);
        assertEquals(0, run("Bøkeskogen", null, null, null, null).total());
        assertEquals(List.of(2L), ids(run("strikking", null, null, null, null)));
        change.put("activity:2", null);
        index.apply(change);
        assertEquals(0, run("strikking", null, null, null, null).total());
        assertEquals(Map.of(1L, 1L, 3L, 1L, 4L, 1L), index.versions("activity"));
    }

    @Test
    void anIndexOfAnotherSchemaVersionIsRebuilt() throws Exception {
        index.close();
        SearchIndex reopened = new SearchIndex();
        assertFalse(reopened.open(dir), "a current index is kept");
        reopened.close();
        Files.writeString(dir.resolve("segments_99"), "not an index");
        try (var files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.getFileName().toString().startsWith("segments_")).toList()) {
                Files.writeString(file, "garbage");
            }
        }
        SearchIndex repaired = new SearchIndex();
        assertTrue(repaired.open(dir), "a corrupt index is rebuilt");
        repaired.close();
        index = new SearchIndex();
        index.open(dir);
    }

    @Test
    void suggestionsCompleteTheLastWord() {
        var suggestions = search.suggest("bøk", false, 5);
        assertEquals("Turgruppe i Bøkeskogen", suggestions.get(0).title());
        assertTrue(search.suggest("nettbrett br", false, 5).stream().allMatch(h -> h.id() == 3L));
        assertTrue(search.suggest("", false, 5).isEmpty());
    }

    @Test
    void severalWordsAndTheFiltersMakeOneFlatConjunction() {
        var request = new SearchRequest("nettbrett kurs", Set.of("activity"), "porsgrunn", null, null, null, null, null,
                null, null, null, false, 0, 10);
        var query = assertInstanceOf(BooleanQuery.class, search.query(request, false));
        assertTrue(query.clauses().stream().allMatch(c -> c.getOccur() == Occur.MUST),
                "words and filters all required, no nested words and no FILTER clause: " + query);
        assertTrue(query.clauses().stream().anyMatch(c -> c.getQuery() instanceof ZeroScoreFilter), query.toString());
        var oneWord = assertInstanceOf(BooleanQuery.class,
                search.query(new SearchRequest("nettbrett", Set.of("activity"), "porsgrunn", null, null, null, null,
                        null, null, null, null, false, 0, 10), false));
        assertTrue(oneWord.clauses().stream().noneMatch(c -> c.getQuery() instanceof ZeroScoreFilter),
                "one word keeps plain filters: " + oneWord);
        assertEquals(List.of(1L), search.search(request).hits().stream().map(SearchResult.Hit::id).toList());
    }
}
