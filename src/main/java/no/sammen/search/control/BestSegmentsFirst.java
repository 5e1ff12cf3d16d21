package no.sammen.search.control;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.FilterScorable;
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
 *
 * <p>The sample also gives a floor: the k-th best score sampled is at most the k-th best of the whole index, so
 * nothing below it can reach a page of k. Handing it to Lucene before the first document lets it skip blocks
 * from the start instead of after the page has filled (on the 1M index a quarter less time for a resident's
 * search near a place, a sixth for a two-word one; BENCHMARKS.md 3a⁶).
 */
final class BestSegmentsFirst {

    private BestSegmentsFirst() {
    }

    /** Collects {@code query} over the segments in the given order (every segment of the reader, once). */
    static void search(IndexSearcher searcher, Query query, List<LeafReaderContext> order, Collector collector)
            throws IOException {
        search(searcher, query, order, collector, 0);
    }

    /**
     * The same, telling a top-scores collector's scorer from the start that scores below {@code floor} cannot
     * reach the page. The floor must be no higher than the lowest score the page will hold.
     */
    static void search(IndexSearcher searcher, Query query, List<LeafReaderContext> order, Collector collector,
            float floor) throws IOException {
        boolean skipBelowFloor = floor > 0 && collector.scoreMode() == ScoreMode.TOP_SCORES;
        Weight weight = searcher.createWeight(searcher.rewrite(query), collector.scoreMode(), 1f);
        collector.setWeight(weight);
        for (LeafReaderContext leaf : order) {
            LeafCollector leafCollector;
            try {
                leafCollector = collector.getLeafCollector(leaf);
            } catch (CollectionTerminatedException e) {
                continue;
            }
            if (skipBelowFloor) {
                leafCollector = new Floored(leafCollector, floor);
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

    /** Raises every minimum competitive score the collector sets to at least the floor, starting with none. */
    private static final class Floored extends FilterLeafCollector {
        private final float floor;

        Floored(LeafCollector in, float floor) {
            super(in);
            this.floor = floor;
        }

        @Override
        public void setScorer(Scorable scorer) throws IOException {
            scorer.setMinCompetitiveScore(floor);
            super.setScorer(new FilterScorable(scorer) {
                @Override
                public void setMinCompetitiveScore(float score) throws IOException {
                    in.setMinCompetitiveScore(Math.max(score, floor));
                }
            });
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
        private final int pageEnd;
        private final PriorityQueue<Float> bestScores = new PriorityQueue<>();

        /** For a page ending at the {@code pageEnd}th hit (offset + limit). */
        Sampler(IndexReader reader, int pageEnd) {
            best = new float[reader.leaves().size()];
            Arrays.fill(best, Float.NEGATIVE_INFINITY);
            this.pageEnd = Math.max(1, pageEnd);
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
                        float score = scorer.score();
                        best[ord] = Math.max(best[ord], score);
                        if (bestScores.size() < pageEnd) {
                            bestScores.add(score);
                        } else if (score > bestScores.peek()) {
                            bestScores.poll();
                            bestScores.add(score);
                        }
                    }
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE;
        }

        /**
         * The page's lowest score sampled, made a little lower: a sampled document is scored inside a larger
         * query (with the sample's filter), which may add the same parts in another order and differ in the last
         * bit. 0 when the sample scored fewer documents than the page holds.
         */
        float floor() {
            return bestScores.size() < pageEnd ? 0 : bestScores.peek() * 0.9999f;
        }

        /** The reader's segments, those with the best sampled score first; unsampled ones after, in disk order. */
        List<LeafReaderContext> order(IndexReader reader) {
            List<LeafReaderContext> leaves = new ArrayList<>(reader.leaves());
            leaves.sort(Comparator.comparingDouble((LeafReaderContext leaf) -> best[leaf.ord]).reversed());
            return leaves;
        }
    }
}
