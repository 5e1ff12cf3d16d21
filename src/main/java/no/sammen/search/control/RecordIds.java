package no.sammen.search.control;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;

/** The record id of a top-level doc id, read from its doc value rather than by loading stored fields. */
record RecordIds(IndexReader reader) {

    long get(int doc) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        NumericDocValues values = leaf.reader().getNumericDocValues(IndexSchema.ID);
        if (values == null || !values.advanceExact(doc - leaf.docBase)) {
            throw new IllegalStateException("document without id");
        }
        return values.longValue();
    }
}
