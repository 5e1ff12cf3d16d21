package no.sammen.search.control;

import static no.sammen.search.control.IndexSchema.*;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import no.sammen.geo.GeoPoint;
import no.sammen.search.analysis.SammenAnalyzer;
import no.sammen.search.analysis.UserQuery;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollector;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** Runs searches against the index: text, filters in the index (place, week, vocabulary), facets, snippets. */
@ApplicationScoped
public class Search {

    public static final List<String> FACETS = List.of(TYPE, MUNICIPALITY, AREA, INTEREST, TARGET_GROUP, WEEKDAY);
    private static final int SNIPPET_CHARS = 200;
    private static final double DISTANCE_PIVOT_METRES = 3000;
    private static final SnippetScorer SNIPPET_SCORER = new SnippetScorer();

    /** Below this many hits for the words as written, typo alternatives are added and the search runs again. */
    static final int TYPO_FALLBACK_BELOW = 10;

    /**
     * Up to this many matches, the total and the facet counts are exact; well above it they are estimated from
     * a sample, because counting every match costs ten times the ranked page on a large index.
     */
    static final int EXACT_UP_TO = Integer.getInteger("sammen.search.exactUpTo", 10_000);

    /** The sample is about 1/this of every segment. */
    static final int SAMPLE_EVERY = Integer.getInteger("sammen.search.sampleEvery", 16);

    /**
     * With at least this many matches in the coarse quarter of the sample, the estimate stops there: the total is
     * then within a few per cent, and the rest of the sample would cost three times as much again.
     */
    static final int COARSE_ENOUGH = Integer.getInteger("sammen.search.coarseEnough", 2_000);

    /** Counts of filter-only searches (the landing page) kept per index snapshot. */
    private static final int LANDING_CACHE_SIZE = 256;

    /**
     * Whole answers kept per index snapshot, the least recently asked dropped first (0: none). A page of 20 hits
     * is about 6 kB as JSON; pages of more than {@link #KEPT_PAGE_MAX} hits are not kept, so the answers stay
     * within a few tens of MB.
     */
    static final int ANSWERS_KEPT = Integer.getInteger("sammen.search.answersKept", 1024);
    static final int KEPT_PAGE_MAX = 50;

    @Inject
    SearchIndex index;

    /** For comparing in benchmarks: always include typo alternatives, as before the fallback existed. */
    boolean typosAlways;

    /** For comparing in benchmarks: count every match exactly and cache nothing, as before estimates existed. */
    boolean alwaysExact;

    /** For comparing in benchmarks: rank without the floor learnt from the sample. */
    boolean unfloored;

    /** For comparing in benchmarks: estimate filter-only counts on every request instead of caching them. */
    boolean uncachedLanding;

    /** For benchmarks that repeat a few searches to time them: keep no answers to searches with text. */
    boolean uncachedText;

    /** Per instance so that tests and benchmarks can change it. */
    int answersKept = ANSWERS_KEPT;

    /** Per instance so that tests can lower them. */
    int exactUpTo = EXACT_UP_TO;
    int coarseEnough = COARSE_ENOUGH;

    private SampleWindows sample = new SampleWindows(SAMPLE_EVERY);
    private SampleWindows sampleCoarse = sample.part(SampleWindows.Part.COARSE);
    private SampleWindows sampleRest = sample.part(SampleWindows.Part.REST);
    private volatile SnapshotCache cache;

    private final Analyzer queryAnalyzer = SammenAnalyzer.forQuery();
    private final Analyzer indexAnalyzer = SammenAnalyzer.forIndexing();
    private volatile FacetState facetState;

    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    /** A total and facet counts, either exact or estimated (then rounded). */
    private record Counts(long total, boolean exact, Map<String, Map<String, Integer>> facets) {
    }

    /**
     * What is kept for one index snapshot; a new snapshot starts empty, so nothing kept outlives a write.
     * <ul>
     *   <li>The counts of filter-only searches, for every page of the same filters.
     *   <li>Whole answers, this very page, to searches with and without text. Over HTTP the landing page's hits
     *       (stored fields and snippets of 20 documents) cost more CPU than the cached counts beside them
     *       (BENCHMARKS.md 3b‴). Text searches repeat as well: residents and staff look for the same few things
     *       ("tur", "sykehjem"), and a text search costs 2–4 ms of CPU on a 1M index (BENCHMARKS.md 3b⁹).
     * </ul>
     * The answers are read without a lock ({@link RecentlyUsed}); the counts, asked for only when an answer is
     * not kept, are a least-recently-used map behind one.
     */
    private record SnapshotCache(IndexReader reader, Map<SearchRequest, Counts> counts,
            RecentlyUsed<SearchRequest, SearchResult> answers) {
        SnapshotCache(IndexReader reader, int answersKept) {
            this(reader, lru(), new RecentlyUsed<>(answersKept));
        }

        private static <V> Map<SearchRequest, V> lru() {
            return Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<SearchRequest, V> eldest) {
                    return size() > LANDING_CACHE_SIZE;
                }
            });
        }
    }

    public Search() {
        // for CDI
    }

    /** Outside CDI, e.g. the in-process benchmark (no.sammen.bench). */
    public Search(SearchIndex index) {
        this.index = index;
    }

    public SearchResult search(SearchRequest request) {
        IndexSearcher searcher = index.acquire();
        try {
            boolean text = request.text() != null && !request.text().isBlank();
            IndexReader reader = searcher.getIndexReader();
            boolean landingPage = !text && !alwaysExact && !uncachedLanding;
            boolean keep = answersKept > 0 && request.limit() <= KEPT_PAGE_MAX
                    && (text ? !alwaysExact && !uncachedText : landingPage);
            if (keep) {
                SearchResult answered = answer(reader, request, null);
                if (answered != null) {
                    return answered;
                }
            }
            Query words = text ? words(request, typosAlways) : null;
            Query query = query(request, words);
            int wanted = request.offset() + request.limit();
            Counts cached = landingPage ? landingCounts(reader, request, null) : null;
            Ranked ranked = rank(searcher, query, wanted, cached);
            if (text && !typosAlways && ranked.counts().exact() && ranked.counts().total() < TYPO_FALLBACK_BELOW) {
                // Few or no hits for the words as written: now also look for typos (expensive on a large index).
                words = words(request, true);
                query = query(request, words);
                ranked = rank(searcher, query, wanted, null);
            }
            if (landingPage && cached == null) {
                landingCounts(reader, request, ranked.counts());
            }
            Counts counts = ranked.counts();
            TopDocs top = ranked.top();
            ScoreDoc[] page = slice(top.scoreDocs, request.offset(), request.limit());
            List<SearchResult.Hit> hits = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            UnifiedHighlighter highlighter = words == null ? null : highlighter();
            for (ScoreDoc hit : page) {
                Document doc = stored.document(hit.doc);
                String snippet = highlighter == null ? null : snippet(highlighter, words, doc.get(TEXT));
                hits.add(new SearchResult.Hit(doc.get(TYPE), doc.getField(ID).numericValue().longValue(),
                        doc.get(TITLE), snippet != null ? snippet : abbreviate(doc.get(TEXT)),
                        distance(request.near(), doc), doc.get(MUNICIPALITY), doc.get(AREA_NAME), hit.score));
            }
            SearchResult result = new SearchResult(counts.total(), counts.exact(), request.offset(), request.limit(),
                    List.copyOf(hits), counts.facets(), counts.exact());
            if (keep) {
                answer(reader, request, result);
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            index.release(searcher);
        }
    }

    private record Ranked(TopDocs top, Counts counts) {
    }

    /**
     * The best {@code wanted} hits with counts: those given, else estimated, else counted exactly. When estimated,
     * the segments where the sample scored best are ranked first.
     */
    private Ranked rank(IndexSearcher searcher, Query query, int wanted, Counts known) throws IOException {
        Sampled sampled = known != null ? null : estimate(searcher, query, wanted);
        Counts counts = known != null ? known : sampled != null ? sampled.counts() : null;
        if (counts != null) {
            // Only the page is ranked and nothing counted, so Lucene skips documents that cannot make it.
            TopScoreDocCollector top = new TopScoreDocCollectorManager(Math.max(1, wanted), null, wanted)
                    .newCollector();
            if (sampled != null) {
                BestSegmentsFirst.search(searcher, query, sampled.bestFirst(), top, unfloored ? 0 : sampled.floor());
            } else {
                searcher.search(query, top);
            }
            return new Ranked(top.topDocs(), counts);
        }
        FacetsCollector facets = new FacetsCollector();
        TopDocs top = FacetsCollector.search(searcher, query, wanted, facets);
        return new Ranked(top, new Counts(total(facets), true, facetCounts(searcher, facets, 1)));
    }

    /** Counts estimated from the sample, and the index's segments in the order of the best score sampled. */
    private record Sampled(Counts counts, List<LeafReaderContext> bestFirst, float floor) {
    }

    /**
     * Estimated counts from the sample when the query clearly has more than {@link #exactUpTo} matches, else
     * null (count exactly). The sample is evaluated first (on the 1M index a fifth to a tenth of
     * the cost of counting everything); twice the limit keeps sampling error from making a small result inexact.
     */
    private Sampled estimate(IndexSearcher searcher, Query query, int wanted) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        if (alwaysExact || reader.numDocs() <= exactUpTo) {
            return null;
        }
        FacetsCollector facets = new FacetsCollector();
        BestSegmentsFirst.Sampler best = new BestSegmentsFirst.Sampler(reader, wanted);
        Collector both = MultiCollector.wrap(facets, best);
        searcher.search(within(query, sampleCoarse), both);
        SampleWindows sampled = sampleCoarse;
        if (total(facets) < coarseEnough) {
            sampled = sample;
            searcher.search(within(query, sampleRest), both);
        }
        double scale = 1 / sampled.fraction(reader);
        long estimate = Math.round(total(facets) * scale);
        if (estimate < 2L * exactUpTo) {
            return null;
        }
        return new Sampled(new Counts(about(estimate), false, facetCounts(searcher, facets, scale)),
                best.order(reader), best.floor());
    }

    /** For comparing in benchmarks: how many sample windows each segment has. */
    void sampleWindows(int windows) {
        sample = new SampleWindows(SAMPLE_EVERY, windows);
        sampleCoarse = sample.part(SampleWindows.Part.COARSE);
        sampleRest = sample.part(SampleWindows.Part.REST);
    }

    private static Query within(Query query, SampleWindows sample) {
        return new BooleanQuery.Builder().add(query, Occur.MUST).add(sample, Occur.FILTER).build();
    }

    /** Counts of a filter-only search from the cache, or null; with counts, puts them in instead. */
    private Counts landingCounts(IndexReader reader, SearchRequest request, Counts put) {
        // Only what decides which documents match: near without a radius only orders them.
        SearchRequest key = new SearchRequest(null, request.types(), request.municipality(), request.areaId(),
                request.radiusKm() == null ? null : request.near(), request.radiusKm(), request.weekFrom(),
                request.weekTo(), request.targetGroup(), request.interest(), request.level(),
                request.includeRestricted(), 0, 0);
        SnapshotCache current = cache(reader, put != null);
        if (current == null) {
            return null;
        }
        return put == null ? current.counts().get(key) : current.counts().put(key, put);
    }

    /** The whole answer to this very request from the cache, or null; with one, puts it in. */
    private SearchResult answer(IndexReader reader, SearchRequest request, SearchResult put) {
        SnapshotCache current = cache(reader, put != null);
        if (current == null) {
            return null;
        }
        if (put == null) {
            return current.answers().get(request);
        }
        current.answers().put(request, put);
        return put;
    }

    /**
     * The cache of this index snapshot; a new snapshot starts an empty one when there is something to put. A
     * search still on an older snapshot may replace the newer one's cache: that loses kept answers, never mixes
     * snapshots, because every lookup names its reader.
     */
    private SnapshotCache cache(IndexReader reader, boolean putting) {
        SnapshotCache current = cache;
        if (current == null || current.reader() != reader) {
            if (!putting) {
                return null;
            }
            current = new SnapshotCache(reader, answersKept);
            cache = current;
        }
        return current;
    }

    private static long total(FacetsCollector facets) {
        return facets.getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
    }

    /** An estimate to three significant digits (183 456 → 183 000), so it does not look more precise than it is. */
    static long about(double estimate) {
        if (estimate < 1000) {
            return Math.round(estimate);
        }
        double unit = Math.pow(10, Math.floor(Math.log10(estimate)) - 2);
        return Math.round(Math.round(estimate / unit) * unit);
    }

    /**
     * Just the ids of the best {@code limit} hits, for internal callers such as matching: no snippets, no
     * facets and no exact total, which on a large index cost more than the search itself.
     */
    public List<Long> ids(SearchRequest request) {
        IndexSearcher searcher = index.acquire();
        try {
            TopDocs top = searcher.search(query(request, true), request.offset() + request.limit());
            ScoreDoc[] page = slice(top.scoreDocs, request.offset(), request.limit());
            RecordIds ids = new RecordIds(searcher.getIndexReader());
            List<Long> result = new ArrayList<>(page.length);
            for (ScoreDoc hit : page) {
                result.add(ids.get(hit.doc));
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            index.release(searcher);
        }
    }

    Query query(SearchRequest request, boolean typos) {
        boolean hasText = request.text() != null && !request.text().isBlank();
        return query(request, hasText ? words(request, typos) : null);
    }

    /** The user's words ({@link UserQuery}); only for a request with text. */
    private Query words(SearchRequest request, boolean typos) {
        return UserQuery.parse(request.text(), WORDS, queryAnalyzer, typos);
    }

    /** The words (null: none) and the request's filters, with nearness as a tie-breaker or as the order. */
    private Query query(SearchRequest request, Query words) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean hasText = words != null;
        List<Query> required = hasText ? requiredWords(words) : List.of(new MatchAllDocsQuery());
        required.forEach(word -> query.add(word, Occur.MUST));
        // Beside several scoring words, filters as clauses scoring 0: see ZeroScoreFilter.
        boolean zeroScoreFilters = required.size() > 1;
        Consumer<Query> filter = f -> {
            if (zeroScoreFilters) {
                query.add(new ZeroScoreFilter(f), Occur.MUST);
            } else {
                query.add(f, Occur.FILTER);
            }
        };
        if (request.types() != null && !request.types().isEmpty()) {
            filter.accept(anyOf(TYPE, request.types()));
        }
        if (!request.includeRestricted()) {
            // Public records as a filter rather than restricted ones excluded: the public ones are few (offers and
            // venues, not the million volunteers), so the search walks those and skips the rest.
            filter.accept(new TermQuery(new Term(VISIBILITY, "public")));
        }
        term(filter, MUNICIPALITY, request.municipality());
        term(filter, AREA, request.areaId() == null ? null : request.areaId().toString());
        term(filter, INTEREST, request.interest());
        term(filter, TARGET_GROUP, request.targetGroup());
        term(filter, LEVEL, request.level());
        GeoPoint near = request.near();
        if (near != null && request.radiusKm() != null) {
            filter.accept(LatLonPoint.newDistanceQuery(LOCATION, near.latitude(), near.longitude(),
                    request.radiusKm() * 1000));
        }
        if (near != null) {
            // Nearer ranks higher; with text it breaks ties between similar hits, without text it orders them.
            Query closeness = LatLonPoint.newDistanceFeatureQuery(LOCATION, 1f, near.latitude(), near.longitude(),
                    DISTANCE_PIVOT_METRES);
            query.add(hasText ? new BoostQuery(closeness, 0.3f) : closeness, Occur.SHOULD);
        }
        if (request.weekFrom() != null && request.weekTo() != null) {
            filter.accept(IntRange.newIntersectsQuery(WEEK, new int[] {request.weekFrom()},
                    new int[] {request.weekTo() - 1}));
        }
        return query.build();
    }

    /**
     * The words as required clauses: when every word must match, each word on its own, so that with the filters
     * they make one flat conjunction; a nested conjunction beside a filter is not skipped through either.
     */
    private static List<Query> requiredWords(Query words) {
        if (words instanceof BooleanQuery all && all.clauses().stream().allMatch(c -> c.getOccur() == Occur.MUST)) {
            return all.clauses().stream().map(BooleanClause::getQuery).toList();
        }
        return List.of(words);
    }

    /** Completions for what has been typed so far: titles whose words start with the last word typed. */
    public List<SearchResult.Hit> suggest(String typed, boolean includeRestricted, int limit) {
        Set<String> words = DocumentFactory.words(typed);
        if (words.isEmpty()) {
            return List.of();
        }
        List<String> list = new ArrayList<>(words);
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (int i = 0; i < list.size() - 1; i++) {
            query.add(new PrefixQuery(new Term(SUGGEST, list.get(i))), Occur.FILTER);
        }
        query.add(new PrefixQuery(new Term(SUGGEST, list.get(list.size() - 1))), Occur.FILTER);
        if (!includeRestricted) {
            query.add(new TermQuery(new Term(VISIBILITY, "restricted")), Occur.MUST_NOT);
        }
        IndexSearcher searcher = index.acquire();
        try {
            Set<String> seen = new LinkedHashSet<>();
            List<SearchResult.Hit> hits = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query.build(), limit * 4).scoreDocs) {
                Document doc = searcher.storedFields().document(hit.doc);
                if (seen.add(doc.get(TITLE).toLowerCase(Locale.ROOT)) && hits.size() < limit) {
                    hits.add(new SearchResult.Hit(doc.get(TYPE), doc.getField(ID).numericValue().longValue(),
                            doc.get(TITLE), null, null, doc.get(MUNICIPALITY), doc.get(AREA_NAME), hit.score));
                }
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            index.release(searcher);
        }
    }

    /**
     * Marks the words found in a hit's text, from the stored text already read for the hit (asking the highlighter
     * to read it again cost a second decompression per hit). The query's terms are in WORDS. Pure term matching
     * over the text's tokens (Lucene's defaults build an in-memory index of every hit for exact passage relevancy,
     * which made most of a search's garbage; the passages chosen are the same here, BENCHMARKS.md 3a⁵).
     */
    private UnifiedHighlighter highlighter() {
        return UnifiedHighlighter.builderWithoutSearcher(indexAnalyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxLength(10_000)
                .withPassageRelevancyOverSpeed(false)
                .withWeightMatches(false)
                .withScorer(SNIPPET_SCORER)
                .withFieldMatcher(field -> true)
                .build();
    }

    /** The passage of the text with the words marked, or null when none of them is in it. */
    private static String snippet(UnifiedHighlighter highlighter, Query words, String text) throws IOException {
        if (text == null || text.isEmpty()) {
            return null;
        }
        Object marked = highlighter.highlightWithoutSearcher(TEXT, words, text, 1);
        return marked == null ? null : marked.toString();
    }

    /** Facet counts of what the collector saw, times {@code scale} (rounded) when that was a sample. */
    private Map<String, Map<String, Integer>> facetCounts(IndexSearcher searcher, FacetsCollector collector,
            double scale) throws IOException {
        Map<String, Map<String, Integer>> result = new LinkedHashMap<>();
        Facets facets = new SortedSetDocValuesFacetCounts(facetState(searcher.getIndexReader()), collector);
        for (String dim : FACETS) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            try {
                FacetResult top = facets.getTopChildren(30, dim);
                if (top != null) {
                    for (LabelAndValue lv : top.labelValues) {
                        counts.put(lv.label, scale == 1 ? lv.value.intValue()
                                : (int) Math.min(Integer.MAX_VALUE, about(lv.value.intValue() * scale)));
                    }
                }
            } catch (IllegalArgumentException dimensionNotIndexedYet) {
                // an empty index has no such dimension
            }
            result.put(dim, Collections.unmodifiableMap(counts));
        }
        return Collections.unmodifiableMap(result); // cached and shared for searches without text
    }

    /** The ordinal map behind facet counting is costly, so it is built once per index snapshot. */
    private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        FacetState current = facetState;
        if (current == null || current.reader() != reader) {
            current = new FacetState(reader, new DefaultSortedSetDocValuesReaderState(reader, index.facetsConfig()));
            facetState = current;
        }
        return current.state();
    }

    private static Query anyOf(String field, Set<String> values) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        values.forEach(v -> any.add(new TermQuery(new Term(field, v)), Occur.SHOULD));
        return any.build();
    }

    private static void term(Consumer<Query> filter, String field, String value) {
        if (value != null) {
            filter.accept(new TermQuery(new Term(field, value)));
        }
    }

    private static ScoreDoc[] slice(ScoreDoc[] all, int offset, int limit) {
        if (offset >= all.length) {
            return new ScoreDoc[0];
        }
        ScoreDoc[] page = new ScoreDoc[Math.min(limit, all.length - offset)];
        System.arraycopy(all, offset, page, 0, page.length);
        return page;
    }

    private static Double distance(GeoPoint near, Document doc) {
        if (near == null || doc.getField(LAT) == null) {
            return null;
        }
        double km = near.distanceKm(GeoPoint.of(doc.getField(LAT).numericValue().doubleValue(),
                doc.getField(LON).numericValue().doubleValue()));
        return Math.round(km * 10) / 10.0;
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return null;
        }
        // Snippets are HTML (highlights are <mark>ed), so plain text is escaped the same way.
        String flat = text.replace('\n', ' ').replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return flat.length() <= SNIPPET_CHARS ? flat : flat.substring(0, SNIPPET_CHARS) + " …";
    }
}
