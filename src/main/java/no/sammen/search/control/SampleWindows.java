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
 * prefix, because documents are written kind by kind (all volunteers, then activities, then needs). Not more
 * windows than that: each one is a jump of every clause's postings, and 1 024 windows made a text search
 * measurably dearer for no better estimates (BENCHMARKS.md 3a⁶).
 *
 * <p>The sample comes in two parts that together are the whole: every {@value #COARSE_EVERY}th window (the
 * coarse sample, 1/4 of the sample) and the rest. A query with very many matches is estimated well enough from
 * the coarse part alone, at a quarter of the cost; one with fewer goes on with the rest, so nothing is visited
 * twice.
 */
final class SampleWindows extends Query {

    static final int WINDOWS_PER_SEGMENT = 256;
    static final int COARSE_EVERY = 4;

    /** Which windows: all of them, every {@value #COARSE_EVERY}th, or all but those. */
    enum Part {
        WHOLE, COARSE, REST;

        boolean has(long window) {
            return switch (this) {
                case WHOLE -> true;
                case COARSE -> window % COARSE_EVERY == 0;
                case REST -> window % COARSE_EVERY != 0;
            };
        }
    }

    private final int every;
    private final int windows;
    private final Part part;

    SampleWindows(int every) {
        this(every, WINDOWS_PER_SEGMENT, Part.WHOLE);
    }

    SampleWindows(int every, int windows) {
        this(every, windows, Part.WHOLE);
    }

    private SampleWindows(int every, int windows, Part part) {
        if (every < 1 || windows < 1) {
            throw new IllegalArgumentException("every and windows must be at least 1");
        }
        this.every = every;
        this.windows = windows;
        this.part = part;
    }

    /** This sample's windows of the given part. */
    SampleWindows part(Part part) {
        return new SampleWindows(every, windows, part);
    }

    /** How many documents of a segment with {@code maxDoc} documents lie in the windows. */
    long sampled(int maxDoc) {
        Layout layout = new Layout(maxDoc);
        long count = 0;
        long window = 0;
        for (long start = 0; start < maxDoc; start += layout.stride, window++) {
            if (part.has(window)) {
                count += Math.min(layout.length, maxDoc - start);
            }
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
            length = Math.max(1, maxDoc / (windows * every));
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

    /** The sampled doc ids of a segment with {@code maxDoc} documents. */
    DocIdSetIterator iterator(int maxDoc) {
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
                long window = target / layout.stride;
                long next = target;
                if (target - window * layout.stride >= layout.length || !part.has(window)) {
                    do {
                        window++;
                    } while (!part.has(window));
                    next = window * layout.stride; // the start of the next window of this part
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
        return "SampleWindows(1/" + every + " in " + windows + " windows, " + part + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && every == ((SampleWindows) other).every
                && windows == ((SampleWindows) other).windows && part == ((SampleWindows) other).part;
    }

    @Override
    public int hashCode() {
        return ((classHash() * 31 + every) * 31 + windows) * 31 + part.ordinal();
    }
}
