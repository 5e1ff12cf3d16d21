package no.sammen.search.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Adds the parts of a compound word after the word itself, at the same position: {@code turgrupp}
 * → {@code turgrupp, tur, grupp}. Runs on folded, stemmed tokens.
 *
 * <p>Why not Lucene's {@code DictionaryCompoundWordTokenFilter}: it emits every dictionary word
 * found anywhere inside a token, so {@code tur} would be found in kul<b>tur</b>, na<b>tur</b> and
 * <b>tur</b>nering, {@code dag} in pe<b>dag</b>og. Here a word is split only when it can be read
 * completely as known parts, optionally glued by a linking {@code s} or {@code e} (omsorg-s-senter,
 * bøk-e-skog); every part on every such reading is emitted (nettbrett, nett, brett, kurs). Words
 * whose parts are missing from the dictionary stay whole: precision over recall.
 */
final class CompoundSplitFilter extends TokenFilter {
    private static final int MIN_HEAD = CompoundDictionary.MIN_PART_LENGTH;
    private static final int MIN_TAIL = CompoundDictionary.MIN_TAIL_LENGTH;

    private final CompoundDictionary dictionary;
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posIncAtt =
            addAttribute(PositionIncrementAttribute.class);
    private final List<String> parts = new ArrayList<>();
    private int nextPart;
    /** rest[i]: term[i..] reads as (part link?)* part. */
    private boolean[] rest = new boolean[64];

    private boolean[] visited = new boolean[64];

    CompoundSplitFilter(TokenStream input, CompoundDictionary dictionary) {
        super(input);
        this.dictionary = dictionary;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (nextPart < parts.size()) {
            // Offsets, type and position length stay those of the compound.
            termAtt.setEmpty().append(parts.get(nextPart++));
            posIncAtt.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        parts.clear();
        nextPart = 0;
        if (termAtt.length() >= MIN_HEAD + MIN_TAIL) {
            findParts(termAtt.buffer(), termAtt.length());
        }
        return true;
    }

    private void findParts(char[] term, int length) {
        if (rest.length <= length) {
            rest = new boolean[length + 1];
            visited = new boolean[length + 1];
        }
        Arrays.fill(rest, 0, length + 1, false);
        for (int i = length - MIN_TAIL; i >= MIN_HEAD; i--) {
            rest[i] = dictionary.tail(term, i, length - i) != null || headThenRest(term, length, i);
        }
        if (headThenRest(term, length, 0)) {
            Arrays.fill(visited, 0, length + 1, false);
            collect(term, length, 0);
        }
    }

    private boolean headThenRest(char[] term, int length, int start) {
        int lastEnd = Math.min(length - MIN_TAIL, start + dictionary.maxHeadLength());
        for (int end = start + MIN_HEAD; end <= lastEnd; end++) {
            if (dictionary.head(term, start, end - start) != null
                    && (rest[end] || linkedRest(term, length, end))) {
                return true;
            }
        }
        return false;
    }

    private boolean linkedRest(char[] term, int length, int end) {
        char c = term[end];
        return (c == 's' || c == 'e') && end + 1 < length && rest[end + 1];
    }

    private void collect(char[] term, int length, int start) {
        if (visited[start]) {
            return;
        }
        visited[start] = true;
        if (start > 0) {
            String[] tail = dictionary.tail(term, start, length - start);
            if (tail != null) {
                for (String part : tail) {
                    add(part);
                }
            }
        }
        int lastEnd = Math.min(length - MIN_TAIL, start + dictionary.maxHeadLength());
        for (int end = start + MIN_HEAD; end <= lastEnd; end++) {
            String head = dictionary.head(term, start, end - start);
            if (head == null) {
                continue;
            }
            boolean direct = rest[end];
            boolean linked = linkedRest(term, length, end);
            if (direct || linked) {
                add(head);
            }
            if (direct) {
                collect(term, length, end);
            }
            if (linked) {
                collect(term, length, end + 1);
            }
        }
    }

    private void add(String part) {
        if (!parts.contains(part)) {
            parts.add(part);
        }
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        parts.clear();
        nextPart = 0;
    }
}
