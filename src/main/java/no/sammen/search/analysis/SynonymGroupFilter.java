package no.sammen.search.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Adds each token's synonym group terms ({@link SynonymGroups}) at the same position, once per position even when
 * a compound and its part are in the same group (turgruppe and tur). Offsets stay the token's own, so a highlight
 * of the group marks the word in the text.
 */
final class SynonymGroupFilter extends TokenFilter {
    private final SynonymGroups groups;
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    /** Group terms already given at the current position, and those still to give. */
    private final List<String> atPosition = new ArrayList<>();
    private final List<String> pending = new ArrayList<>();

    SynonymGroupFilter(TokenStream input, SynonymGroups groups) {
        super(input);
        this.groups = groups;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            termAtt.setEmpty().append(pending.remove(pending.size() - 1));
            posIncAtt.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (posIncAtt.getPositionIncrement() > 0) {
            atPosition.clear();
        }
        for (String group : groups.of(termAtt.buffer(), termAtt.length())) {
            if (!atPosition.contains(group)) {
                atPosition.add(group);
                pending.add(group);
            }
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        atPosition.clear();
        pending.clear();
    }
}
