package no.sammen.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import no.sammen.search.control.IndexSchema;

/** An in-memory index of (title, description) documents, searched the way the app will. */
final class SearchFixture {
    /** Title and description together, as the app's index has them. */
    static final String WORDS = IndexSchema.WORDS;

    private final IndexSearcher searcher;
    private final boolean typos;

    private SearchFixture(IndexSearcher searcher, boolean typos) {
        this.searcher = searcher;
        this.typos = typos;
    }

    /**
     * The same documents searched without typo alternatives, as the app searches whenever the words as written
     * find enough (typos are its fallback).
     */
    SearchFixture withoutTypos() {
        return new SearchFixture(searcher, false);
    }

    /** Documents as {title, description} pairs; the title identifies a hit. */
    static SearchFixture of(List<String[]> docs) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer =
                new IndexWriter(directory, new IndexWriterConfig(SammenAnalyzer.forIndexing()))) {
            for (String[] doc : docs) {
                Document document = new Document();
                document.add(new StoredField("id", doc[0]));
                for (int i = 0; i < IndexSchema.TITLE_REPEATS; i++) {
                    document.add(new TextField(WORDS, doc[0], Field.Store.NO));
                }
                document.add(new TextField(WORDS, doc.length > 1 ? doc[1] : "", Field.Store.NO));
                writer.addDocument(document);
            }
            writer.commit();
            return new SearchFixture(new IndexSearcher(DirectoryReader.open(directory)), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Documents as {title, description} pairs, written out. */
    static SearchFixture of(String[]... docs) {
        return of(List.of(docs));
    }

    /** Title-only documents. */
    static SearchFixture ofTitles(String... titles) {
        List<String[]> docs = new ArrayList<>();
        for (String title : titles) {
            docs.add(new String[] {title});
        }
        return of(docs);
    }

    Query query(String userText) {
        return UserQuery.parse(userText, WORDS, SammenAnalyzer.forQuery(), typos);
    }

    /** Titles of all hits, best first. */
    List<String> search(String userText) {
        List<String> titles = new ArrayList<>();
        for (ScoreDoc hit : hits(userText)) {
            titles.add(title(hit));
        }
        return titles;
    }

    float score(String userText, String title) {
        for (ScoreDoc hit : hits(userText)) {
            if (title(hit).equals(title)) {
                return hit.score;
            }
        }
        return 0f;
    }

    private ScoreDoc[] hits(String userText) {
        try {
            return searcher.search(query(userText), 100).scoreDocs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String title(ScoreDoc hit) {
        try {
            return searcher.storedFields().document(hit.doc).get("id");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
