package no.sammen.search.analysis;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserQueryTest {
    private static final SearchFixture INDEX =
            SearchFixture.ofTitles(
                    "Vinje sjukeheim",
                    "Vinje sjukheim",
                    "Trim for seniorar",
                    "Trum og song",
                    "Nettbrett for nybyrjarar",
                    "Turgruppe i Bøkeskogen",
                    "AND OR NOT",
                    "Digihjelp på biblioteket",
                    "Digital hjelp for eldre",
                    "Hjelp i hagen");

    private static Query parse(String text) {
        return UserQuery.parse(text, SearchFixture.WORDS, SammenAnalyzer.forQuery());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(
            strings = {
                "\"(*:~", "AND OR NOT", "\\", "[[[", "title:foo", "~~~", "*", "?", "^2", "{}", "!&|/-+",
                "\"unclosed phrase", "foo AND (bar", "-", "NOT", "a:b:c", "/regex/", "sjukeheim~2", "trim^10",
                "tur*", "\u0000", "😀 tur"
            })
    void luceneSyntaxIsJustText(String text) {
        Query query = assertDoesNotThrowParse(text);
        INDEX.search(text); // and searching it does not throw either
        assertNotNull(query);
    }

    private static Query assertDoesNotThrowParse(String text) {
        return assertDoesNotThrow(() -> parse(text));
    }

    @Test
    void operatorsAreOrdinaryWords() {
        assertEquals(List.of("AND OR NOT"), INDEX.search("AND OR NOT"));
        assertEquals(List.of("Turgruppe i Bøkeskogen"), INDEX.search("(Bøkeskogen)"));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"", " ", "\t\n", "og", "i og på", "...", "!!! ???", "–", "*"})
    void textWithoutSearchableWordsMatchesNothing(String text) {
        assertInstanceOf(MatchNoDocsQuery.class, parse(text));
        assertEquals(List.of(), INDEX.search(text));
    }

    @Test
    void nullTextMatchesNothing() {
        assertInstanceOf(MatchNoDocsQuery.class, parse(null));
    }

    @Test
    void theWordsFieldIsRequired() {
        assertThrows(
                IllegalArgumentException.class,
                () -> UserQuery.parse("tur", null, SammenAnalyzer.forQuery()));
    }

    @Test
    void veryLongInputIsSearchable() {
        String text = "Turgruppe (i) \"Bøkeskogen\" *:~ ".repeat(400);
        assertTrue(text.length() >= 10_000);
        assertDoesNotThrowParse(text);
        assertEquals(List.of("Turgruppe i Bøkeskogen"), INDEX.search(text), "a repeated word counts once");
        String oneLongWord = "a".repeat(10_000);
        assertDoesNotThrowParse(oneLongWord);
        INDEX.search(oneLongWord);
    }

    @Test
    void onlyTheFirstWordsCount() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 3 * UserQuery.MAX_WORDS; i++) {
            text.append("ord").append(i).append(' ');
        }
        BooleanQuery query = assertInstanceOf(BooleanQuery.class, parse(text.toString()));
        assertEquals(UserQuery.MAX_WORDS, query.clauses().size());
    }

    @Test
    void minimumShouldMatchIsAllUpToTwoWordsThenTwoThirds() {
        assertEquals(1, UserQuery.minimumShouldMatch(1));
        assertEquals(2, UserQuery.minimumShouldMatch(2));
        assertEquals(2, UserQuery.minimumShouldMatch(3));
        assertEquals(3, UserQuery.minimumShouldMatch(4));
        assertEquals(4, UserQuery.minimumShouldMatch(5));
        assertEquals(4, UserQuery.minimumShouldMatch(6));
        assertEquals(7, UserQuery.minimumShouldMatch(10));
    }

    @Test
    void allWordsOfATwoWordQueryMustMatch() {
        assertEquals(List.of("Vinje sjukeheim"), INDEX.search("vinje sjukeheim").subList(0, 1));
        assertEquals(List.of(), INDEX.search("Bøkeskogen nettbrett"));
    }

    @Test
    void longerQueriesNeedMostWordsAndRankByWordsMatched() {
        SearchFixture index =
                SearchFixture.ofTitles(
                        "Turgruppe i Bøkeskogen",
                        "Turgruppe i Bøkeskogen, Larvik",
                        "Turgruppe i Vinje",
                        "Larvik bibliotek");
        assertEquals(
                List.of("Turgruppe i Bøkeskogen, Larvik", "Turgruppe i Bøkeskogen"),
                index.search("turgruppe Bøkeskogen Larvik"),
                "three words: two must match, all three rank first");
    }

    @Test
    void multiWordSynonymWorksBothWays() {
        assertEquals(
                Set.of("Digihjelp på biblioteket", "Digital hjelp for eldre"),
                Set.copyOf(INDEX.search("digihjelp")));
        assertEquals(
                Set.of("Digihjelp på biblioteket", "Digital hjelp for eldre"),
                Set.copyOf(INDEX.search("digital hjelp")));
    }

    @Test
    void fuzzyOnlyForWordsOfFiveLettersOrMore() {
        assertEquals(Set.of(), fuzzyTerms(parse("trim")));
        assertEquals(Set.of(), fuzzyTerms(parse("heim")));
        assertTrue(fuzzyTerms(parse("sjukheim")).contains("sjukheim"));
        assertTrue(fuzzyTerms(parse("nettbret")).contains("nettbret"), "the folded word as typed");
        assertFalse(INDEX.search("trum").contains("Trim for seniorar"));
        assertFalse(INDEX.search("trim").contains("Trum og song"));
    }

    private static Set<String> fuzzyTerms(Query query) {
        Set<String> terms = new HashSet<>();
        query.visit(
                new QueryVisitor() {
                    @Override
                    public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                        return this;
                    }

                    @Override
                    public void consumeTermsMatching(
                            Query leaf, String field, Supplier<ByteRunAutomaton> automaton) {
                        if (leaf instanceof FuzzyQuery fuzzy) {
                            terms.add(fuzzy.getTerm().text());
                        }
                    }
                });
        return terms;
    }

    @Test
    void typosAreFound() {
        assertTrue(INDEX.search("sjukheim").contains("Vinje sjukeheim"));
        assertTrue(INDEX.search("sjukeheim").contains("Vinje sjukheim"));
        assertEquals(List.of("Turgruppe i Bøkeskogen"), INDEX.search("Bøkeskogn"));
        assertEquals(List.of("Nettbrett for nybyrjarar"), INDEX.search("nettbret"));
    }

    @Test
    void exactMatchOutranksTypo() {
        assertEquals(List.of("Vinje sjukeheim", "Vinje sjukheim"), INDEX.search("sjukeheim"));
        assertEquals(List.of("Vinje sjukheim", "Vinje sjukeheim"), INDEX.search("sjukheim"));
        float exact = INDEX.score("sjukeheim", "Vinje sjukeheim");
        float typo = INDEX.score("sjukeheim", "Vinje sjukheim");
        assertTrue(exact > 2 * typo, exact + " vs " + typo);
    }

    @Test
    void aWordAndItsSynonymGiveTheSameList() {
        // Without typos, as the app searches when a word finds enough: a typo alternative also matches the very
        // form typed, and in four documents that form's rarity (idf) can outweigh the group's.
        SearchFixture index = SearchFixture.ofTitles("Søbakken sykehjem", "Nome sjukeheim", "Bø omsorgssenter",
                "Bingo").withoutTypos();
        List<String> nynorsk = index.search("sjukeheim");
        assertEquals(3, nynorsk.size(), nynorsk.toString());
        assertEquals(nynorsk, index.search("sykehjem"));
        assertEquals(nynorsk, index.search("omsorgssenter"));
        assertEquals(index.score("sjukeheim", "Nome sjukeheim"), index.score("sykehjem", "Nome sjukeheim"));
    }

    @Test
    void aWordInTheTitleOutranksTheSameWordInTheText() {
        SearchFixture index =
                SearchFixture.of(
                        new String[] {"Kafé på biblioteket", "Vi går tur etterpå."},
                        new String[] {"Turgruppe", "Vi møtes på biblioteket."});
        assertEquals(List.of("Turgruppe", "Kafé på biblioteket"), index.search("tur"));
    }

    @Test
    void wordsMayMatchInTheTitleAndTheText() {
        SearchFixture index =
                SearchFixture.of(
                        new String[] {"Nome sjukeheim", "Vi søkjer frivillige til allsong."},
                        new String[] {"Nome bibliotek", "Lesestund."});
        assertEquals(List.of("Nome sjukeheim"), index.search("sjukeheim frivillige"));
    }

    @Test
    void queryTermsAreTheSynonymGroupOfTheFoldedStem() {
        Query query = parse("Sjukeheimen");
        Set<Term> terms = new HashSet<>();
        query.visit(QueryVisitor.termCollector(terms));
        assertEquals(Set.of(new Term(SearchFixture.WORDS, "=sykehjem")), terms);
    }

    @Test
    void aWordWithoutTyposIsOneTermSoLuceneCanSkipBlocks() {
        assertEquals(
                new org.apache.lucene.search.TermQuery(new Term(SearchFixture.WORDS, "=sykehjem")),
                UserQuery.parse("omsorgssenter", SearchFixture.WORDS, SammenAnalyzer.forQuery(), false));
    }
}
