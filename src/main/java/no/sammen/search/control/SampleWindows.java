package no.sammen.search.control;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * A deterministic sample of the index: in every segment, at least {@value #WINDOWS_PER_SEGMENT} evenly spaced
 * windows of consecutive doc ids covering 1/{@code every} of it. As a FILTER clause it lets a conjunction jump from
 * window to window, so a query is evaluated on the sample only. Spread over the whole segment rather than a
 * prefix, because documents are written kind by kind (all volunteers, then activities, then needs).
 */
final class SampleWindows extends Query {

    static final int WINDOWS_PER_SEGMENT = 1024;

    private final int every;

    SampleWindows(int every) {
        if (every < 1) {
            throw new IllegalArgumentException("every must be at least 1");
        }
        this.every = every;
    }

    /** How many documents of a segment with {@code maxDoc} documents lie in the windows. */
    long sampled(int maxDoc) {
        Layout layout = new Layout(maxDoc);
        long count = 0;
        for (long start = 0; start < maxDoc; start += layout.stride) {
            count += Math.min(layout.length, maxDoc - start);
        }
        return count;
    }

    /** The exact fraction of the reader's documents (deleted ones included) that lie in the windows. */
    double fraction(IndexReader reader) {
        long sampled = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            sampled += sampled(leaf.reader().maxDoc());
        }
        return reader.maxDoc() == 0 ? 1 : (double) sampled / reader.maxDoc();
    }

    private final class Layout {
        final int stride;
        final int length;

        Layout(int maxDoc) {
            // The same fraction in every segment, so one scale fits all: a small segment (the seed's venues)
            // sampled whole but scaled like the big ones would be overcounted many times.
            length = Math.max(1, maxDoc / (WINDOWS_PER_SEGMENT * every));
            stride = length * every;
        }
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                return new ConstantScoreScorer(this, score(), scoreMode, iterator(context.reader().maxDoc()));
            }

            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return false; // as cheap as reading a cached bit set, and it would crowd out real filters
            }
        };
    }

    private DocIdSetIterator iterator(int maxDoc) {
        Layout layout = new Layout(maxDoc);
        long cost = sampled(maxDoc);
        return new DocIdSetIterator() {
            private int doc = -1;

            @Override
            public int docID() {
                return doc;
            }

            @Override
            public int nextDoc() {
                return doc == NO_MORE_DOCS ? doc : advance(doc + 1);
            }

            @Override
            public int advance(int target) {
                long next = target;
                long offset = next % layout.stride;
                if (offset >= layout.length) {
                    next += layout.stride - offset; // the start of the next window
                }
                doc = next >= maxDoc ? NO_MORE_DOCS : (int) next;
                return doc;
            }

            @Override
            public long cost() {
                return cost;
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "SampleWindows(1/" + every + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && every == ((SampleWindows) other).every;
    }

    @Override
    public int hashCode() {
        return classHash() * 31 + every;
    }
}
