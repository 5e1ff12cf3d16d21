package no.sammen.search.control;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * Searches the index's segments best first instead of in their order on disk. A top-k search can only skip
 * documents that score below the page's lowest hit; when the first segment holds middling matches (on the
 * synthetic index: a million volunteers before the activities) the page fills with low scores and little is
 * skipped until the good segment, whereas starting there raises the bar at once. Which segment is best is
 * learnt from the sample that estimates the counts ({@link Sampler}): Lucene's own per-segment bounds do not
 * tell, as they are the same in every segment that has the terms. Same hits and scores as a search in disk
 * order, except which of several equal scores fill the last places (BENCHMARKS.md 3a⁗).
 */
final class BestSegmentsFirst {

    private BestSegmentsFirst() {
    }

    /** Collects {@code query} over the segments in the given order (every segment of the reader, once). */
    static void search(IndexSearcher searcher, Query query, List<LeafReaderContext> order, Collector collector)
            throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), collector.scoreMode(), 1f);
        collector.setWeight(weight);
        for (LeafReaderContext leaf : order) {
            LeafCollector leafCollector;
            try {
                leafCollector = collector.getLeafCollector(leaf);
            } catch (CollectionTerminatedException e) {
                continue;
            }
            BulkScorer scorer = weight.bulkScorer(leaf);
            if (scorer != null) {
                try {
                    scorer.score(leafCollector, leaf.reader().getLiveDocs());
                } catch (CollectionTerminatedException e) {
                    // this segment is done
                }
            }
            leafCollector.finish();
        }
    }

    /**
     * Notes the best score seen in each segment; collect the sample with it. Only every {@value #SCORE_EVERY}th
     * sampled document is scored: the order of a few segments needs no more, and scoring is most of a sample's
     * cost.
     */
    static final class Sampler implements Collector {
        static final int SCORE_EVERY = 8;
        private final float[] best;

        Sampler(IndexReader reader) {
            best = new float[reader.leaves().size()];
            Arrays.fill(best, Float.NEGATIVE_INFINITY);
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) {
            int ord = context.ord;
            return new LeafCollector() {
                private Scorable scorer;
                private int seen;

                @Override
                public void setScorer(Scorable scorer) {
                    this.scorer = scorer;
                }

                @Override
                public void collect(int doc) throws IOException {
                    if (seen++ % SCORE_EVERY == 0) {
                        best[ord] = Math.max(best[ord], scorer.score());
                    }
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE;
        }

        /** The reader's segments, those with the best sampled score first; unsampled ones after, in disk order. */
        List<LeafReaderContext> order(IndexReader reader) {
            List<LeafReaderContext> leaves = new ArrayList<>(reader.leaves());
            leaves.sort(Comparator.comparingDouble((LeafReaderContext leaf) -> best[leaf.ord]).reversed());
            return leaves;
        }
    }
}
