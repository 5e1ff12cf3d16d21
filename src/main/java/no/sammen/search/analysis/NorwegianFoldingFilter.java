package no.sammen.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.ArrayUtil;

/**
 * Folds a lowercased token to the canonical spelling stored in the index: æ→ae, ø→oe, å→aa (and
 * the Swedish/German ä→ae, ö→oe), every other accent to plain ASCII (é→e, ü→u).
 *
 * <p>Why digraphs instead of stripping the letters: ø must stay distinct from o ({@code bøker} is
 * not {@code boker}), yet people without a Norwegian keyboard write oe/aa/ae. Folding both the index
 * and the query to the digraph makes {@code Bøkeskogen} and {@code boekeskogen} the same term. It
 * runs before stemming: the Norwegian stemmers only look at ASCII suffixes, so they see the same
 * string whichever way the word was typed.
 *
 * <p>Decomposed input (NFD, e.g. text pasted from macOS) is handled for the marks that matter: a +
 * ring → aa, a/o + diaeresis → ae/oe, o + stroke → oe; other combining marks are dropped.
 */
final class NorwegianFoldingFilter extends TokenFilter {
    private static final char RING_ABOVE = '\u030A';
    private static final char DIAERESIS = '\u0308';
    private static final char SHORT_STROKE = '\u0337';
    private static final char LONG_STROKE = '\u0338';

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private char[] folded = new char[32];

    NorwegianFoldingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] term = termAtt.buffer();
        int length = termAtt.length();
        for (int i = 0; i < length; i++) {
            if (term[i] >= 0x80) {
                fold(term, length, i);
                break;
            }
        }
        return true;
    }

    // Only reached for tokens with a non-ASCII char; pure ASCII tokens are passed on untouched.
    private void fold(char[] term, int length, int firstNonAscii) {
        folded = ArrayUtil.grow(folded, length * 4); // foldToASCII turns one char into at most 4
        System.arraycopy(term, 0, folded, 0, firstNonAscii);
        int out = firstNonAscii;
        for (int i = firstNonAscii; i < length; i++) {
            char c = term[i];
            switch (c) {
                case 'æ', 'ä' -> out = append(out, 'a', 'e');
                case 'ø', 'ö' -> out = append(out, 'o', 'e');
                case 'å' -> out = append(out, 'a', 'a');
                default -> {
                    if (c < 0x80) {
                        folded[out++] = c;
                    } else if (c >= '\u0300' && c <= '\u036F') {
                        out = combiningMark(c, out);
                    } else {
                        out = ASCIIFoldingFilter.foldToASCII(term, i, folded, out, 1);
                    }
                }
            }
        }
        termAtt.copyBuffer(folded, 0, out);
    }

    private int append(int out, char first, char second) {
        folded[out] = first;
        folded[out + 1] = second;
        return out + 2;
    }

    private int combiningMark(char mark, int out) {
        char base = out > 0 ? folded[out - 1] : 0;
        boolean aa = mark == RING_ABOVE && base == 'a';
        boolean diaeresis = mark == DIAERESIS && (base == 'a' || base == 'o');
        boolean stroke = (mark == SHORT_STROKE || mark == LONG_STROKE) && base == 'o';
        if (aa) {
            folded[out++] = 'a';
        } else if (diaeresis || stroke) {
            folded[out++] = 'e';
        }
        return out;
    }
}
