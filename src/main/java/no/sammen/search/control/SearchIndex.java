package no.sammen.search.control;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.sammen.search.analysis.SammenAnalyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * The Lucene index under {@code $SAMMEN_DATA_DIR/index}: derived data, rebuilt from the database whenever it
 * is missing, unreadable or of another schema version. Changes arrive only after their transaction committed;
 * searches see them at once (near-real-time), and the index is committed to disk within a second. A crash
 * in between loses nothing that {@link IndexSync#reconcile} cannot restore from the database at next start.
 */
@ApplicationScoped
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());

    private final FacetsConfig facetsConfig = DocumentFactory.facetsConfig();
    private final DocumentFactory documents = new DocumentFactory(facetsConfig);
    private final AtomicBoolean dirty = new AtomicBoolean();
    private Directory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    private ScheduledExecutorService committer;
    private volatile boolean rebuildNeeded;
    private volatile boolean bulk;
    private static final int BULK_QUEUE = 4;
    private final Semaphore bulkSlots = new Semaphore(BULK_QUEUE);
    private final AtomicInteger bulkFailures = new AtomicInteger();
    private final ExecutorService bulkWriter = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "sammen-index-bulk");
        thread.setDaemon(true);
        return thread;
    });

    /** Opens (or creates) the index; returns true when it must be rebuilt from the database. */
    public synchronized boolean open(Path dir) {
        try {
            Files.createDirectories(dir);
            rebuildNeeded = !usable(dir);
            if (rebuildNeeded) {
                wipe(dir);
            }
            directory = FSDirectory.open(dir);
            IndexWriterConfig config = new IndexWriterConfig(SammenAnalyzer.forIndexing())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64);
            writer = new IndexWriter(directory, config);
            searchers = new SearcherManager(writer, null);
            committer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "sammen-index-commit");
                thread.setDaemon(true);
                return thread;
            });
            committer.scheduleWithFixedDelay(this::commitIfDirty, 1, 1, TimeUnit.SECONDS);
            return rebuildNeeded;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index at " + dir, e);
        }
    }

    private static boolean usable(Path dir) {
        try (Directory probe = FSDirectory.open(dir)) {
            if (!DirectoryReader.indexExists(probe)) {
                return false;
            }
            SegmentInfos infos = SegmentInfos.readLatestCommit(probe);
            if (!IndexSchema.VERSION.equals(infos.getUserData().get(IndexSchema.VERSION_KEY))) {
                LOG.info("Search index has another schema version; rebuilding");
                return false;
            }
            try (DirectoryReader reader = DirectoryReader.open(probe)) {
                return reader.numDocs() >= 0;
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Search index unreadable ({0}); rebuilding", e.getClass().getSimpleName());
            return false;
        }
    }

    private static void wipe(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                try (var tree = Files.walk(file)) {
                    tree.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    public boolean isOpen() {
        return writer != null && writer.isOpen();
    }

    /** Applies committed changes: a document replaces the one with the same uid; null deletes it. */
    public void apply(Map<String, Indexable> changes) {
        if (bulk) {
            // Off the loading thread, in commit order: the other core indexes while the next batch is written.
            try {
                bulkSlots.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while handing a batch to the indexer", e);
            }
            bulkWriter.execute(() -> {
                try {
                    write(changes);
                } catch (RuntimeException e) {
                    bulkFailures.incrementAndGet();
                    LOG.log(Level.WARNING, "Bulk index write failed: {0}", e.getClass().getSimpleName());
                } finally {
                    bulkSlots.release();
                }
            });
            return;
        }
        write(changes);
    }

    /** Waits until every batch handed to the bulk writer is in the index. */
    private void awaitBulkWrites() {
        bulkSlots.acquireUninterruptibly(BULK_QUEUE);
        bulkSlots.release(BULK_QUEUE);
    }

    private void write(Map<String, Indexable> changes) {
        try {
            for (var change : changes.entrySet()) {
                Term uid = new Term(IndexSchema.UID, change.getKey());
                if (change.getValue() == null) {
                    writer.deleteDocuments(uid);
                } else {
                    writer.updateDocument(uid, documents.toDocument(change.getValue()));
                }
            }
            dirty.set(true);
            if (!bulk) {
                searchers.maybeRefreshBlocking();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Bulk mode, for loading many records: {@link #apply} no longer refreshes the searcher per transaction
     * and the per-second commit pauses; searches see the new records when bulk mode ends (one refresh and
     * one commit). A crash meanwhile is repaired by {@link IndexSync#reconcile} at the next start. Batches are
     * written by one background thread in the order they committed, at most {@value #BULK_QUEUE} waiting, so
     * that indexing overlaps the database writes; ending bulk mode waits for them.
     */
    public void bulk(boolean on) {
        if (!on) {
            awaitBulkWrites();
        }
        bulk = on;
        if (!on && isOpen()) {
            try {
                commit();
                searchers.maybeRefreshBlocking();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            int failures = bulkFailures.getAndSet(0);
            if (failures > 0) {
                throw new IllegalStateException(failures + " bulk index writes failed; the index is repaired "
                        + "from the database at the next start");
            }
        }
    }

    /** Replaces the whole index with the given records, committing at the end. */
    public void rebuild(Consumer<Consumer<Indexable>> allRecords) {
        try {
            writer.deleteAll();
            allRecords.accept(item -> {
                try {
                    writer.addDocument(documents.toDocument(item));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            commit();
            searchers.maybeRefreshBlocking();
            rebuildNeeded = false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** id → record version of every indexed document of one type, to compare with the database. */
    public Map<Long, Long> versions(String type) {
        Map<Long, Long> versions = new HashMap<>();
        IndexSearcher searcher = acquire();
        try {
            var weight = searcher.createWeight(searcher.rewrite(new TermQuery(new Term(IndexSchema.TYPE, type))),
                    org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES, 1);
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                var scorer = weight.scorer(leaf);
                if (scorer == null) {
                    continue;
                }
                NumericDocValues ids = leaf.reader().getNumericDocValues(IndexSchema.ID);
                NumericDocValues recordVersions = leaf.reader().getNumericDocValues(IndexSchema.RECORD_VERSION);
                Bits live = leaf.reader().getLiveDocs();
                DocIdSetIterator docs = scorer.iterator();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    if ((live == null || live.get(doc)) && ids.advanceExact(doc) && recordVersions.advanceExact(doc)) {
                        versions.put(ids.longValue(), recordVersions.longValue());
                    }
                }
            }
            return versions;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(searcher);
        }
    }

    public IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public FacetsConfig facetsConfig() {
        return facetsConfig;
    }

    public void commit() throws IOException {
        dirty.set(false);
        writer.setLiveCommitData(Map.of(IndexSchema.VERSION_KEY, IndexSchema.VERSION).entrySet());
        writer.commit();
    }

    private void commitIfDirty() {
        if (dirty.get() && isOpen() && !bulk) {
            try {
                commit();
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "Search index commit failed: {0}", e.getClass().getSimpleName());
            }
        }
    }

    @PreDestroy
    public synchronized void close() {
        if (committer != null) {
            committer.shutdownNow();
        }
        awaitBulkWrites();
        bulkWriter.shutdown();
        try {
            if (isOpen()) {
                commit();
                searchers.close();
                writer.close();
            }
            if (directory != null) {
                directory.close();
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Closing the search index failed: {0}", e.getClass().getSimpleName());
        }
    }

}
