package no.sammen.search.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Random;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ZeroScoreFilterTest {

    private static final int DOCS = 40_000;
    private static DirectoryReader reader;
    private static IndexSearcher searcher;

    @BeforeAll
    static void index() throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        Random random = new Random(11);
        IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer())
                .setMergePolicy(org.apache.lucene.index.NoMergePolicy.INSTANCE);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int i = 0; i < DOCS; i++) {
                // Two segments. A third of the documents have both words, once, in a longer text; in the first
                // segment one in a hundred is short and says them twice. Those make the page, after which the
                // second segment has nothing that could reach it and can be skipped.
                boolean top = i < DOCS / 2 && i % 100 == 0;
                StringBuilder text = new StringBuilder(top ? "tur eldre tur eldre" : random.nextInt(3) == 0
                        ? "tur eldre" : random.nextBoolean() ? "tur" : "eldre");
                for (int filler = top ? 0 : 10 + random.nextInt(30); filler > 0; filler--) {
                    text.append(" ord").append(random.nextInt(500));
                }
                Document doc = new Document();
                doc.add(new TextField("words", text.toString(), Field.Store.NO));
                doc.add(new StringField("visibility", random.nextInt(3) == 0 ? "restricted" : "public",
                        Field.Store.NO));
                writer.addDocument(doc);
                if (i == DOCS / 2 - 1) {
                    writer.commit();
                }
            }
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
    }

    private static Query twoWords(boolean zeroScore) {
        Query visible = new TermQuery(new Term("visibility", "public"));
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term("words", "tur")), Occur.MUST)
                .add(new TermQuery(new Term("words", "eldre")), Occur.MUST)
                .add(zeroScore ? new ZeroScoreFilter(visible) : visible, zeroScore ? Occur.MUST : Occur.FILTER)
                .build();
    }

    @Test
    void sameHitsAndScoresAsTheFilter() throws IOException {
        TopDocs filtered = searcher.search(twoWords(false), 50);
        TopDocs zero = searcher.search(twoWords(true), 50);
        assertArrayEquals(docs(filtered), docs(zero));
        for (int i = 0; i < filtered.scoreDocs.length; i++) {
            assertEquals(filtered.scoreDocs[i].score, zero.scoreDocs[i].score, 0f);
        }
        assertEquals(searcher.count(twoWords(false)), searcher.count(twoWords(true)));
    }

    @Test
    void twoWordsAndTheFilterAreRankedByLucenesBlockMaxConjunction() throws IOException {
        // The scorer that skips blocks which cannot reach the page; beside a FILTER clause Lucene 9.12 uses its
        // default scorer, which on the 1M index scored every match of a segment once the page was full.
        Weight weight = searcher.createWeight(searcher.rewrite(twoWords(true)), ScoreMode.TOP_SCORES, 1f);
        for (LeafReaderContext leaf : reader.leaves()) {
            assertEquals("BlockMaxConjunctionBulkScorer", weight.bulkScorer(leaf).getClass().getSimpleName());
        }
    }

    private static int[] docs(TopDocs top) {
        return java.util.Arrays.stream(top.scoreDocs).mapToInt(hit -> hit.doc).toArray();
    }
}
