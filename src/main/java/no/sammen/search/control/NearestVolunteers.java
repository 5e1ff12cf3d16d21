package no.sammen.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import no.sammen.geo.GeoPoint;
import org.apache.lucene.sandbox.search.LatLonPointPrototypeQueries;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

/**
 * The volunteers of a municipality nearest a point, nearest first, by a nearest-neighbour walk of the points tree
 * ({@link LatLonPointPrototypeQueries#nearest}, lucene-sandbox) instead of scoring every volunteer of the municipality by distance: matching asks
 * this for every suggestion, and a large municipality has hundreds of thousands of volunteers at 1M.
 */
@ApplicationScoped
public class NearestVolunteers {

    @Inject
    SearchIndex index;

    public NearestVolunteers() {
        // for CDI
    }

    /** Outside CDI, e.g. in tests and benchmarks. */
    public NearestVolunteers(SearchIndex index) {
        this.index = index;
    }

    /** Ids of at most {@code limit} volunteers of {@code municipality} within {@code radiusKm}, nearest first. */
    public List<Long> ids(String municipality, GeoPoint near, double radiusKm, int limit) {
        IndexSearcher searcher = index.acquire();
        try {
            ScoreDoc[] hits = LatLonPointPrototypeQueries.nearest(searcher, IndexSchema.volunteerHome(municipality),
                    near.latitude(), near.longitude(), limit).scoreDocs;
            List<Long> ids = new ArrayList<>(hits.length);
            RecordIds recordIds = new RecordIds(searcher.getIndexReader());
            for (ScoreDoc hit : hits) {
                double metres = ((Number) ((FieldDoc) hit).fields[0]).doubleValue();
                if (metres > radiusKm * 1000) {
                    break;
                }
                ids.add(recordIds.get(hit.doc));
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            index.release(searcher);
        }
    }
}
