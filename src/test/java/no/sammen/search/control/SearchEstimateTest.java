package no.sammen.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import no.sammen.geo.GeoPoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Totals and facet counts: exact up to the limit, estimated from a sample above it, and the hits the same either
 * way. A small limit stands in for the real 10 000 so that a few thousand documents are "large".
 */
class SearchEstimateTest {

    /** 40 000 documents written kind by kind, as the synthetic 1M index is, so a prefix sample would be biased. */
    private static final int ACTIVITIES = 28_000;
    private static final int NEEDS = 12_000;
    private static final int VENUES = 100;
    private static final int LIMIT = 2_000;
    /**
     * The sample holds 1/16 of the documents; the counts checked have at least 5 000 matches, so 300 or more in
     * the sample, and 20 % is over three standard deviations of a random sample that size.
     */
    private static final double TOLERANCE = 0.20;

    @TempDir
    static Path dir;

    private static SearchIndex index;

    @BeforeAll
    static void build() {
        index = new SearchIndex();
        index.open(dir);
        Random random = new Random(7);
        Map<String, Indexable> docs = new LinkedHashMap<>();
        for (int i = 0; i < ACTIVITIES + NEEDS; i++) {
            String type = i < ACTIVITIES ? "activity" : "need";
            // ~40 % of activities and ~5 % of needs are about walks; 100 documents mention a rarer word as well.
            boolean walk = random.nextDouble() < (i < ACTIVITIES ? 0.4 : 0.05);
            String text = (walk ? "Turgåing langs elva" : "Strikking og prat") + (i % 400 == 0 ? " med sjakk" : "");
            String municipality = random.nextBoolean() ? "porsgrunn" : "larvik";
            Indexable doc = new Indexable(type, i + 1, 1, (walk ? "Tur " : "Kafé ") + i, text, municipality, 10L,
                    "Sentrum", List.of(random.nextBoolean() ? "friluft" : "prat"), List.of("eldre"), "OPEN_TO_ALL",
                    List.of(), GeoPoint.of(59.14 + random.nextDouble() / 10, 9.65), false);
            docs.put(doc.uid(), doc);
        }
        index.apply(docs);
        // Records indexed apart from the bulk (the seed's venues) land in a small segment of their own.
        Map<String, Indexable> venues = new LinkedHashMap<>();
        for (int i = 0; i < VENUES; i++) {
            Indexable venue = new Indexable("venue", 100_000 + i, 1, "Huset " + i, "Turgåing fra huset", "larvik", 10L,
                    "Sentrum", List.of(), List.of(), null, List.of(), GeoPoint.of(59.05, 10.02), false);
            venues.put(venue.uid(), venue);
        }
        index.apply(venues);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static Search search(int exactUpTo, boolean alwaysExact) {
        Search search = new Search(index);
        search.exactUpTo = exactUpTo;
        search.alwaysExact = alwaysExact;
        return search;
    }

    private static SearchRequest request(String text, Set<String> types) {
        return new SearchRequest(text, types, null, null, null, null, null, null, null, null, null, false, 0, 20);
    }

    private static List<Long> ids(SearchResult result) {
        return result.hits().stream().map(SearchResult.Hit::id).toList();
    }

    private static void assertClose(long exact, long estimate, String what) {
        assertTrue(Math.abs(estimate - exact) <= TOLERANCE * exact,
                what + ": estimate " + estimate + " is not within 20 % of " + exact);
    }

    @Test
    void belowTheLimitEverythingIsExactAsBefore() {
        for (var request : List.of(request("sjakk", Set.of()), request("turgåing", Set.of("need")))) {
            SearchResult exact = search(LIMIT, true).search(request);
            assertTrue(exact.total() <= LIMIT, "the test needs a small result, got " + exact.total());
            SearchResult result = search(LIMIT, false).search(request);
            assertTrue(result.totalExact() && result.facetsExact());
            assertEquals(exact.total(), result.total());
            assertEquals(exact.facets(), result.facets());
            assertEquals(ids(exact), ids(result));
        }
        assertEquals(100, search(LIMIT, false).search(request("sjakk", Set.of())).total());
    }

    @Test
    void wellAboveTheLimitTotalsAndFacetsAreEstimatedAndTheHitsStayTheBest() {
        var request = request("turgåing", Set.of());
        SearchResult exact = search(LIMIT, true).search(request);
        SearchResult estimated = search(LIMIT, false).search(request);
        assertTrue(exact.total() > 3 * LIMIT, "the test needs a large result, got " + exact.total());
        assertTrue(exact.totalExact());
        assertFalse(estimated.totalExact());
        assertFalse(estimated.facetsExact());
        assertClose(exact.total(), estimated.total(), "total");
        assertEquals(0, estimated.total() % 10, "rounded to three significant digits: " + estimated.total());
        assertClose(exact.facets().get("type").get("activity"), estimated.facets().get("type").get("activity"),
                "activities");
        assertClose(exact.facets().get("municipality").get("larvik"),
                estimated.facets().get("municipality").get("larvik"), "larvik");
        assertEquals(VENUES, exact.facets().get("type").get("venue"));
        assertTrue(estimated.facets().get("type").getOrDefault("venue", 0) <= 3 * VENUES,
                "a small segment is not scaled like the big one: " + estimated.facets().get("type"));
        assertEquals(ids(exact), ids(estimated));
        assertEquals(estimated, search(LIMIT, false).search(request), "the same index gives the same estimate");
    }

    @Test
    void theLandingPageCountsAreKeptUntilTheIndexChanges() {
        Search search = search(100_000, false);
        var all = request(null, Set.of("activity"));
        SearchResult first = search.search(all);
        assertEquals(ACTIVITIES, first.total());
        assertTrue(first.totalExact());
        assertTrue(first.facets() == search.search(all).facets(), "counted once per index snapshot");
        var extra = new Indexable("activity", 99_999, 1, "Ny", "Ny aktivitet", "larvik", 10L, "Sentrum", List.of(),
                List.of(), "OPEN_TO_ALL", List.of(), GeoPoint.of(59.1, 9.7), false);
        index.apply(Map.of(extra.uid(), extra));
        try {
            assertEquals(ACTIVITIES + 1, search.search(all).total(), "a new index snapshot counts again");
        } finally {
            index.apply(java.util.Collections.singletonMap(extra.uid(), null));
        }
    }

    @Test
    void theLandingPageAnswerIsKeptUntilTheIndexChangesAndThenShowsTheChange() {
        Search search = search(100_000, false);
        var vinje = new SearchRequest(null, Set.of("activity"), "vinje", null, null, null, null, null, null, null,
                null, false, 0, 20);
        assertEquals(List.of(), search.search(vinje).hits());
        var page = request(null, Set.of("activity"));
        assertSame(search.search(page), search.search(page), "answered once per index snapshot");
        var other = new SearchRequest(null, Set.of("activity"), null, null, null, null, null, null, null, null, null,
                false, 20, 20);
        assertNotEquals(ids(search.search(page)), ids(search.search(other)), "each page is its own answer");
        var extra = new Indexable("activity", 99_998, 1, "Nytt i Vinje", "Ny aktivitet", "vinje", 11L, "Rauland",
                List.of(), List.of(), "OPEN_TO_ALL", List.of(), GeoPoint.of(59.7, 8.0), false);
        index.apply(Map.of(extra.uid(), extra));
        try {
            SearchResult after = search.search(vinje);
            assertEquals(List.of(99_998L), ids(after), "a new index snapshot answers again");
            assertEquals("Nytt i Vinje", after.hits().get(0).title());
            assertEquals(1, after.total());
        } finally {
            index.apply(java.util.Collections.singletonMap(extra.uid(), null));
        }
        assertEquals(List.of(), search.search(vinje).hits(), "and again when it is gone");
    }

    @Test
    void aTextAnswerIsKeptUntilTheIndexChangesAndEachViewHasItsOwn() {
        Search search = search(100_000, false);
        var chess = request("sjakk", Set.of());
        SearchResult first = search.search(chess);
        assertEquals(100, first.total());
        assertSame(first, search.search(chess), "answered once per index snapshot");
        var secondPage = new SearchRequest("sjakk", Set.of(), null, null, null, null, null, null, null, null, null,
                false, 20, 20);
        assertNotEquals(ids(first), ids(search.search(secondPage)), "each page is its own answer");
        // A volunteer (a restricted record) who plays chess: the staff view finds them, the public view never.
        var volunteer = new Indexable("volunteer", 99_997, 1, "Sjakkspiller", "Liker sjakk", "larvik", 10L, "Sentrum",
                List.of(), List.of(), null, List.of(), GeoPoint.of(59.1, 9.7), true);
        index.apply(Map.of(volunteer.uid(), volunteer));
        try {
            var staff = new SearchRequest("sjakk", Set.of(), null, null, null, null, null, null, null, null, null,
                    true, 0, 20);
            var everyone = request("sjakk", Set.of());
            assertEquals(101, search.search(staff).total(), "a new index snapshot answers again");
            assertEquals(1, search.search(staff).facets().get("type").get("volunteer"));
            assertEquals(100, search.search(everyone).total(), "the staff view's answer is not the public's");
            assertEquals(null, search.search(everyone).facets().get("type").get("volunteer"));
        } finally {
            index.apply(java.util.Collections.singletonMap(volunteer.uid(), null));
        }
        var staffAgain = new SearchRequest("sjakk", Set.of(), null, null, null, null, null, null, null, null, null,
                true, 0, 20);
        assertEquals(100, search.search(staffAgain).total(), "and gone once the record is");
        var longPage = new SearchRequest("sjakk", Set.of(), null, null, null, null, null, null, null, null, null,
                false, 0, Search.KEPT_PAGE_MAX + 1);
        assertNotSame(search.search(longPage), search.search(longPage), "long pages are not kept");
    }

    @Test
    void withoutKeptAnswersEverySearchIsAnsweredAgainAlike() {
        Search keeping = search(100_000, false);
        Search answering = search(100_000, false);
        answering.answersKept = 0;
        var chess = request("sjakk", Set.of());
        assertNotSame(answering.search(chess), answering.search(chess));
        assertEquals(keeping.search(chess), answering.search(chess));
    }

    @Test
    void theSampleIsSpreadOverTheWholeSegment() throws Exception {
        SampleWindows sample = new SampleWindows(16);
        for (int maxDoc : List.of(1, 37, 4_096, 100_003)) {
            var weight = sample.createWeight(null, org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES, 1);
            assertEquals(Math.ceil(maxDoc / 16.0), sample.sampled(maxDoc), maxDoc / 16.0 * 0.1, "1/16 of any segment");
            try (var writer = new org.apache.lucene.index.IndexWriter(new org.apache.lucene.store.ByteBuffersDirectory(),
                    new org.apache.lucene.index.IndexWriterConfig())) {
                for (int i = 0; i < maxDoc; i++) {
                    writer.addDocument(List.of());
                }
                try (var reader = org.apache.lucene.index.DirectoryReader.open(writer)) {
                    var leaf = reader.leaves().get(0);
                    assertEquals(maxDoc, leaf.reader().maxDoc());
                    var docs = weight.scorer(leaf).iterator();
                    long count = 0;
                    int last = -1;
                    for (int doc = docs.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                        count++;
                        last = doc;
                    }
                    assertEquals(sample.sampled(maxDoc), count, "the scaling matches what is visited");
                    int stride = 16 * Math.max(1, maxDoc / (SampleWindows.WINDOWS_PER_SEGMENT * 16));
                    assertTrue(last >= maxDoc - stride - 1, "the last window is near the end: " + last);
                }
            }
        }
    }

    @Test
    void theCoarseSampleAndTheRestMakeTheWholeSampleWithoutOverlap() throws Exception {
        SampleWindows whole = new SampleWindows(16);
        SampleWindows coarse = whole.part(SampleWindows.Part.COARSE);
        SampleWindows rest = whole.part(SampleWindows.Part.REST);
        for (int maxDoc : List.of(1, 37, 4_096, 100_003, 355_755)) {
            BitSet inWhole = docs(whole, maxDoc);
            BitSet inCoarse = docs(coarse, maxDoc);
            BitSet inRest = docs(rest, maxDoc);
            assertFalse(inCoarse.intersects(inRest), "nothing visited twice, maxDoc " + maxDoc);
            BitSet both = (BitSet) inCoarse.clone();
            both.or(inRest);
            assertEquals(inWhole, both, "together the whole sample, maxDoc " + maxDoc);
            assertEquals(coarse.sampled(maxDoc), inCoarse.cardinality());
            assertEquals(rest.sampled(maxDoc), inRest.cardinality());
            if (maxDoc >= 4_096) {
                assertEquals(maxDoc / 64.0, inCoarse.cardinality(), maxDoc / 64.0 * 0.05, "a quarter of 1/16");
                int last = inCoarse.length() - 1;
                assertTrue(last >= maxDoc - maxDoc / 16, "the coarse windows reach the end: " + last);
            }
        }
    }

    private static BitSet docs(SampleWindows sample, int maxDoc) throws Exception {
        BitSet docs = new BitSet(maxDoc);
        var iterator = sample.iterator(maxDoc);
        for (int doc = iterator.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
                doc = iterator.nextDoc()) {
            docs.set(doc);
        }
        return docs;
    }

    @Test
    void aVeryLargeResultIsEstimatedFromTheCoarseSampleAlone() {
        var request = request("turgåing", Set.of());
        SearchResult exact = search(LIMIT, true).search(request);
        Search coarseOnly = search(LIMIT, false);
        coarseOnly.coarseEnough = 1;
        SearchResult coarse = coarseOnly.search(request);
        SearchResult fine = search(LIMIT, false).search(request);
        assertFalse(coarse.totalExact());
        assertNotEquals(fine.total(), coarse.total(), "the coarse estimate is its own (this data set)");
        assertClose(exact.total(), coarse.total(), "total");
        assertClose(exact.facets().get("type").get("activity"), coarse.facets().get("type").get("activity"),
                "activities");
        assertEquals(ids(exact), ids(coarse), "the hits do not depend on the sample");
    }

    @Test
    void estimatesAreRoundedToThreeSignificantDigits() {
        assertEquals(183_000, Search.about(183_456));
        assertEquals(1_240_000, Search.about(1_236_789));
        assertEquals(20_500, Search.about(20_468));
        assertEquals(999, Search.about(999.4));
    }
}
