package no.sammen.search.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BestSegmentsFirstTest {
    private static IndexSearcher searcher;
    private static final Query WALK = new TermQuery(new Term("text", "walk"));

    /** Segment 0: long texts mentioning a walk once; 1: nothing about walks; 2: short titles that are walks. */
    @BeforeAll
    static void index() throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int i = 0; i < 500; i++) {
                writer.addDocument(doc("a", "we meet for coffee and a chat and sometimes a walk " + "and more ".repeat(i % 7)));
            }
            writer.commit();
            for (int i = 0; i < 200; i++) {
                writer.addDocument(doc("b", "knitting cafe"));
            }
            writer.commit();
            for (int i = 0; i < 50; i++) {
                writer.addDocument(doc("c", i % 2 == 0 ? "walk walk" : "walk"));
            }
            writer.commit();
        }
        searcher = new IndexSearcher(DirectoryReader.open(directory));
    }

    private static Document doc(String group, String text) {
        Document doc = new Document();
        doc.add(new StringField("group", group, Field.Store.NO));
        doc.add(new TextField("text", text, Field.Store.NO));
        return doc;
    }

    private static List<LeafReaderContext> bestFirst(Query sample) throws IOException {
        BestSegmentsFirst.Sampler sampler = new BestSegmentsFirst.Sampler(searcher.getIndexReader(), 10);
        searcher.search(sample, sampler);
        return sampler.order(searcher.getIndexReader());
    }

    @Test
    void theSegmentWithTheBestSampledScoreComesFirstAndOneWithoutMatchesLast() throws IOException {
        assertEquals(3, searcher.getIndexReader().leaves().size());
        assertEquals(List.of(2, 0, 1), bestFirst(WALK).stream().map(leaf -> leaf.ord).toList());
        Query coffee = new TermQuery(new Term("text", "coffee"));
        assertEquals(List.of(0, 1, 2), bestFirst(coffee).stream().map(leaf -> leaf.ord).toList(),
                "segments without a sampled match keep their order on disk");
    }

    @Test
    void theBestHitsAreTheSameAsInDiskOrder() throws IOException {
        for (int n : new int[] {1, 5, 30, 100}) {
            TopDocs plain = searcher.search(WALK, n);
            TopScoreDocCollector top = new TopScoreDocCollectorManager(n, null, n).newCollector();
            BestSegmentsFirst.search(searcher, WALK, bestFirst(WALK), top);
            assertArrayEquals(scores(plain), scores(top.topDocs()), "top " + n);
        }
    }

    @Test
    void theFloorFromTheSampleLeavesThePageAsItIs() throws IOException {
        for (int n : new int[] {1, 5, 30, 100}) {
            BestSegmentsFirst.Sampler sampler = new BestSegmentsFirst.Sampler(searcher.getIndexReader(), n);
            searcher.search(WALK, sampler);
            float floor = sampler.floor();
            TopDocs plain = searcher.search(WALK, n);
            if (n <= 550 / BestSegmentsFirst.Sampler.SCORE_EVERY) {
                assertTrue(floor > 0, "enough scored for a page of " + n);
                assertTrue(floor <= plain.scoreDocs[n - 1].score, "the floor is no higher than the page's last hit");
            }
            TopScoreDocCollector top = new TopScoreDocCollectorManager(n, null, n).newCollector();
            BestSegmentsFirst.search(searcher, WALK, sampler.order(searcher.getIndexReader()), top, floor);
            assertArrayEquals(scores(plain), scores(top.topDocs()), "top " + n);
        }
        BestSegmentsFirst.Sampler tooFew = new BestSegmentsFirst.Sampler(searcher.getIndexReader(), 1000);
        searcher.search(WALK, tooFew);
        assertEquals(0, tooFew.floor(), "no floor when the sample scored fewer than a page");
    }

    @Test
    void countingEveryMatchCountsTheSameAndHonoursFilters() throws IOException {
        Query walkInA = new BooleanQuery.Builder()
                .add(WALK, Occur.MUST)
                .add(new TermQuery(new Term("group", "a")), Occur.FILTER)
                .build();
        TopScoreDocCollector top = new TopScoreDocCollectorManager(10, null, Integer.MAX_VALUE).newCollector();
        BestSegmentsFirst.search(searcher, walkInA, bestFirst(WALK), top);
        TopDocs hits = top.topDocs();
        assertEquals(500, hits.totalHits.value);
        assertArrayEquals(scores(searcher.search(walkInA, 10)), scores(hits));
    }

    private static float[] scores(TopDocs top) {
        float[] scores = new float[top.scoreDocs.length];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = top.scoreDocs[i].score;
        }
        return scores;
    }
}
