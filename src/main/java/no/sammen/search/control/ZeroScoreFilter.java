package no.sammen.search.control;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * A filter written as a required clause that scores 0, for a conjunction of several words. Lucene 9.12 skips the
 * blocks that cannot reach the page only for a conjunction of scoring clauses: with a FILTER clause beside two or
 * more words it scores every match. An anonymous two-word search (filtered to public records) scored all 35 000
 * matches instead of ~8 000 (BENCHMARKS.md 3a⁵). Adds 0 to every score and to every block's bound, so the hits and
 * scores are those of the filter.
 */
final class ZeroScoreFilter extends Query {

    private final Query filter;

    ZeroScoreFilter(Query filter) {
        this.filter = Objects.requireNonNull(filter);
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = filter.rewrite(searcher);
        return rewritten == filter ? this : new ZeroScoreFilter(rewritten);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight inner = searcher.createWeight(filter, ScoreMode.COMPLETE_NO_SCORES, 1f);
        return new Weight(this) {
            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                Scorer matches = inner.scorer(context);
                if (matches == null) {
                    return null;
                }
                DocIdSetIterator docs = matches.iterator();
                return new Scorer(this) {
                    @Override
                    public int docID() {
                        return docs.docID();
                    }

                    @Override
                    public DocIdSetIterator iterator() {
                        return docs;
                    }

                    @Override
                    public float getMaxScore(int upTo) {
                        return 0;
                    }

                    @Override
                    public float score() {
                        return 0;
                    }
                };
            }

            @Override
            public Explanation explain(LeafReaderContext context, int doc) throws IOException {
                Explanation match = inner.explain(context, doc);
                return match.isMatch() ? Explanation.match(0f, "filter, no score", match) : match;
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return inner.isCacheable(context);
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        filter.visit(visitor.getSubVisitor(Occur.FILTER, this));
    }

    @Override
    public String toString(String field) {
        return "ZeroScore(" + filter.toString(field) + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && filter.equals(((ZeroScoreFilter) other).filter);
    }

    @Override
    public int hashCode() {
        return classHash() * 31 + filter.hashCode();
    }
}
