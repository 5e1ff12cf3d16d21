package no.sammen.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class SnippetScorerTest {

    private static Passage passage(int start, int end, String... terms) {
        Passage passage = new Passage();
        passage.setStartOffset(start);
        passage.setEndOffset(end);
        int offset = start;
        for (int i = 0; i < terms.length; i++) {
            // term frequency in the whole document: the later a term comes in this list, the more often
            passage.addMatch(offset, offset + 3, new BytesRef(terms[i]), 1 + terms[i].length() % 3);
            offset += 5;
        }
        return passage;
    }

    @Test
    void scoresPassagesExactlyAsLuceneDoes() {
        PassageScorer lucene = new PassageScorer();
        SnippetScorer ours = new SnippetScorer();
        Passage[] passages = {
            passage(0, 40, "=tur"),
            passage(0, 80, "=tur", "=eldr", "=tur"),
            passage(120, 200, "=sykehjem", "=sang", "=sykehjem", "=sang", "=sykehjem"),
            passage(500, 520),
            passage(10, 300, "a", "b", "c", "d", "e", "a", "b", "f"),
        };
        for (Passage p : passages) {
            for (int contentLength : new int[] {80, 400, 5_000}) {
                assertEquals(lucene.score(p, contentLength), ours.score(p, contentLength), 0f, p.toString());
            }
        }
    }

    @Test
    void aRepeatedWordCountsOnceWithItsFrequencyAndMoreWordsScoreHigher() {
        SnippetScorer scorer = new SnippetScorer();
        float once = scorer.score(passage(0, 60, "=tur"), 400);
        float twice = scorer.score(passage(0, 60, "=tur", "=tur"), 400);
        float twoWords = scorer.score(passage(0, 60, "=tur", "=eldr"), 400);
        assertTrue(twice > once, twice + " vs " + once);
        assertTrue(twoWords > twice, twoWords + " vs " + twice);
    }
}
