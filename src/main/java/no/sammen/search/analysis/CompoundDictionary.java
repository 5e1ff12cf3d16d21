package no.sammen.search.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.CharArrayMap;

/**
 * Known word parts for {@link CompoundSplitFilter}, keyed by the spellings in which they show up
 * inside an already folded and stemmed compound, and mapped to the stem the part has as a word of
 * its own (so the part {@code grupp} in {@code turgrupp} is indexed exactly like the query {@code
 * gruppe}).
 *
 * <p>Heads (every part but the last) appear unstemmed: {@code tur}gruppe, {@code sjuke}heim. The
 * last part was stemmed together with the whole compound, and a long word is stemmed harder than
 * the short part alone ({@code hus} stays {@code hus}, but {@code helsehus} becomes {@code
 * helsehu}), so each tail is also registered under the stem it gets at the end of a long word.
 */
final class CompoundDictionary {
    static final int MIN_PART_LENGTH = 3;

    /** At the end of a stemmed compound a part can be shorter than itself: helse + hus → helsehu. */
    static final int MIN_TAIL_LENGTH = 2;

    /** Stands in for the front of a compound, long enough to pass every length check of the stemmer. */
    private static final String LONG_PREFIX = "xxxxxxxx";

    private final CharArrayMap<String> heads;
    private final CharArrayMap<String[]> tails;
    private final int maxHeadLength;

    private CompoundDictionary(CharArrayMap<String> heads, CharArrayMap<String[]> tails) {
        this.heads = CharArrayMap.unmodifiableMap(heads);
        this.tails = CharArrayMap.unmodifiableMap(tails);
        int max = 0;
        for (Object key : heads.keySet()) {
            max = Math.max(max, ((char[]) key).length);
        }
        this.maxHeadLength = max;
    }

    /**
     * @param words dictionary entries as written in the resource file
     * @param fold the analysis chain up to (not including) stemming, for one word
     * @param stem the analysis chain including stemming, for one word
     */
    static CompoundDictionary of(
            List<String> words, UnaryOperator<String> fold, UnaryOperator<String> stem) {
        CharArrayMap<String> heads = new CharArrayMap<>(words.size(), false);
        CharArrayMap<List<String>> tails = new CharArrayMap<>(words.size() * 3, false);
        for (String word : words) {
            String surface = fold.apply(word);
            String canonical = stem.apply(word);
            if (surface.length() < MIN_PART_LENGTH || canonical.length() < MIN_PART_LENGTH) {
                continue;
            }
            heads.put(surface, canonical);
            String endOfLongWord = stem.apply(LONG_PREFIX + surface).substring(LONG_PREFIX.length());
            for (String key : List.of(surface, canonical, endOfLongWord)) {
                if (key.length() >= MIN_TAIL_LENGTH) {
                    List<String> stems = tails.computeIfAbsent(key, k -> new ArrayList<>(1));
                    if (!stems.contains(canonical)) {
                        stems.add(canonical);
                    }
                }
            }
        }
        CharArrayMap<String[]> tailArrays = new CharArrayMap<>(tails.size(), false);
        for (var entry : tails.entrySet()) {
            tailArrays.put(entry.getKey(), entry.getValue().toArray(new String[0]));
        }
        return new CompoundDictionary(heads, tailArrays);
    }

    /** Stem of the head part spelled {@code text[offset, offset+length)}, or null. */
    String head(char[] text, int offset, int length) {
        return length > maxHeadLength ? null : heads.get(text, offset, length);
    }

    /** Stems of the last part spelled {@code text[offset, offset+length)}, or null. */
    String[] tail(char[] text, int offset, int length) {
        return tails.get(text, offset, length);
    }

    int maxHeadLength() {
        return maxHeadLength;
    }
}
