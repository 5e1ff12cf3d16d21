package no.sammen.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Runs after the stemmer and turns a final {@code mm} into {@code m}. Norwegian never ends a word in
 * -mm (hjem, rom, program), but inflection doubles it (hjemmet, sykehjemmene, programmer) and the
 * stemmer only strips the ending, leaving {@code sykehjemm}; undoubling gives every form one stem.
 */
final class FinalMmFilter extends TokenFilter {
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);

    FinalMmFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        int length = termAtt.length();
        char[] term = termAtt.buffer();
        if (!keywordAtt.isKeyword() && length > 3 && term[length - 1] == 'm' && term[length - 2] == 'm') {
            termAtt.setLength(length - 1);
        }
        return true;
    }
}
