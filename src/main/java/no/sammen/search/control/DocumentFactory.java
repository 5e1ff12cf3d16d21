package no.sammen.search.control;

import static no.sammen.search.control.IndexSchema.*;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import no.sammen.schedule.WeeklyWindow;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;

/** Turns an {@link Indexable} into a Lucene document with text, filter, facet, geo and week fields. */
public final class DocumentFactory {

    private static final Locale NORWEGIAN = Locale.forLanguageTag("no");
    private final FacetsConfig facets;

    public DocumentFactory(FacetsConfig facets) {
        this.facets = facets;
    }

    public static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(INTEREST, true);
        config.setMultiValued(TARGET_GROUP, true);
        config.setMultiValued(WEEKDAY, true);
        return config;
    }

    public Document toDocument(Indexable item) {
        Document doc = new Document();
        doc.add(new StringField(UID, item.uid(), Field.Store.NO));
        doc.add(new StringField(TYPE, item.type(), Field.Store.YES));
        doc.add(new SortedSetDocValuesFacetField(TYPE, item.type()));
        doc.add(new StoredField(ID, item.id()));
        doc.add(new NumericDocValuesField(ID, item.id()));
        doc.add(new NumericDocValuesField(RECORD_VERSION, item.version()));
        doc.add(new StoredField(TITLE, nullToEmpty(item.title())));
        doc.add(new StoredField(TEXT, nullToEmpty(item.text())));
        for (int i = 0; i < TITLE_REPEATS; i++) {
            doc.add(new TextField(WORDS, nullToEmpty(item.title()), Field.Store.NO));
        }
        doc.add(new TextField(WORDS, nullToEmpty(item.text()), Field.Store.NO));
        doc.add(new StringField(MUNICIPALITY, item.municipality(), Field.Store.YES));
        doc.add(new SortedSetDocValuesFacetField(MUNICIPALITY, item.municipality()));
        if (item.areaId() != null) {
            doc.add(new StringField(AREA, item.areaId().toString(), Field.Store.YES));
            doc.add(new StoredField(AREA_NAME, item.areaName()));
            doc.add(new SortedSetDocValuesFacetField(AREA, item.areaName()));
        }
        for (String interest : item.interests()) {
            doc.add(new StringField(INTEREST, interest, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(INTEREST, interest));
        }
        for (String group : item.targetGroups()) {
            doc.add(new StringField(TARGET_GROUP, group, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(TARGET_GROUP, group));
        }
        if (item.level() != null) {
            doc.add(new StringField(LEVEL, item.level(), Field.Store.NO));
        }
        Set<String> days = new LinkedHashSet<>();
        for (WeeklyWindow window : item.windows()) {
            doc.add(new IntRange(WEEK, new int[] {window.startMinuteOfWeek()}, new int[] {window.endMinuteOfWeek() - 1}));
            days.add(window.day().name());
        }
        days.forEach(day -> doc.add(new SortedSetDocValuesFacetField(WEEKDAY, day)));
        if (item.location() != null) {
            doc.add(new LatLonPoint(LOCATION, item.location().latitude(), item.location().longitude()));
            doc.add(new LatLonDocValuesField(LOCATION, item.location().latitude(), item.location().longitude()));
            doc.add(new StoredField(LAT, item.location().latitude()));
            doc.add(new StoredField(LON, item.location().longitude()));
            if (Indexables.VOLUNTEER.equals(item.type())) {
                doc.add(new LatLonPoint(volunteerHome(item.municipality()), item.location().latitude(),
                        item.location().longitude()));
            }
        }
        for (String word : words(item.title())) {
            doc.add(new StringField(SUGGEST, word, Field.Store.NO));
        }
        doc.add(new StringField(VISIBILITY, item.restricted() ? "restricted" : "public", Field.Store.YES));
        try {
            return facets.build(doc);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Lower-cased words of a title, for prefix completion; "Turgruppe i Bøkeskogen" → turgruppe, i, bøkeskogen. */
    public static Set<String> words(String title) {
        Set<String> words = new LinkedHashSet<>();
        if (title != null) {
            for (String word : title.toLowerCase(NORWEGIAN).split("[^\\p{L}\\p{N}]+")) {
                if (word.length() >= 2) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
