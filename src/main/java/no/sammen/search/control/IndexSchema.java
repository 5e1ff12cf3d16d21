package no.sammen.search.control;

import no.sammen.search.analysis.SammenAnalyzer;

/**
 * Field names of the search index. Bump {@link #VERSION} whenever documents change shape: an index built
 * with another version is rebuilt from the database at start-up.
 */
public final class IndexSchema {

    /** The word lists are part of it: the index holds their stems, compound parts and synonym groups. */
    public static final String VERSION = "4." + SammenAnalyzer.wordListsFingerprint();
    public static final String VERSION_KEY = "sammen.schema";

    /** "venue:42" — the unique key used to replace and delete documents. */
    public static final String UID = "uid";
    public static final String TYPE = "type";
    public static final String ID = "id";
    public static final String RECORD_VERSION = "version";
    /** Stored for the hit: its words are searched in {@link #WORDS}. */
    public static final String TITLE = "title";
    /** Stored only, for snippets: its words are searched in {@link #WORDS}. */
    public static final String TEXT = "text";
    /** Title and text together, the field every word of a query is looked up in. */
    public static final String WORDS = "words";
    /**
     * How many times the title's words are in {@link #WORDS}, so that a word in the title counts more than the
     * same word in the text. A bonus clause on a title field did the same, but made Lucene's bound on each block's
     * best score far above any document's, so it could skip few blocks (BENCHMARKS.md 3a⁵).
     */
    public static final int TITLE_REPEATS = 2;
    public static final String MUNICIPALITY = "municipality";
    public static final String AREA = "area";
    public static final String AREA_NAME = "areaName";
    public static final String INTEREST = "interest";
    public static final String TARGET_GROUP = "targetGroup";
    public static final String LEVEL = "level";
    public static final String WEEKDAY = "weekday";
    /** Minute-of-week ranges, one per weekly window, stored as [start, end - 1] so touching windows miss. */
    public static final String WEEK = "week";
    public static final String LOCATION = "location";
    public static final String LAT = "lat";
    public static final String LON = "lon";
    /** Folded title words for type-ahead. */
    public static final String SUGGEST = "suggest";
    /** "public" or "restricted": restricted documents (volunteers, needs behind residents) hold personal data. */
    public static final String VISIBILITY = "visibility";

    /**
     * A volunteer's (blurred) home as a point in a field of their municipality's own, so the nearest volunteers
     * of a municipality are a nearest-neighbour walk of one points tree, with no other documents to skip.
     */
    public static String volunteerHome(String municipality) {
        return "home." + municipality;
    }

    private IndexSchema() {
    }
}
