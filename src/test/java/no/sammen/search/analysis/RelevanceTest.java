package no.sammen.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Ranking on a small corpus of real-looking offers and venues in bokmål and nynorsk. */
class RelevanceTest {
    private static final String VINJE = "Vinje helsesenter – sjukeheim i Åmot";
    private static final String SOEBAKKEN = "Søbakken sykehjem";
    private static final String NOME = "Nome sjukeheim";
    private static final String BOE = "Bø omsorgssenter";
    private static final String BOEKESKOGEN = "Turgruppe i Bøkeskogen";
    private static final String GLOPPE = "Trim og matservering på Gloppe";
    private static final String NETTBRETTKURS = "Nettbrettkurs med ungdomsskoleelever";
    private static final String PAAROERENDEKAFE = "Pårørendekafé";
    private static final String DAGTILBOD = "Dagtilbod for personar med demens";
    private static final String BESOEKSVENN = "Besøksvenn søkes";
    private static final String MUSIKKTERAPI = "Musikkterapi for personer med demens";
    private static final String BIBLIOTEK = "Demensvennlig bibliotek";
    private static final String DEMENSTEAM = "Demensteamet i Vinje";
    private static final String GAATUR = "Gåtur langs Telemarkskanalen";
    private static final String DIGIHJELP = "Digital hjelp på biblioteket";
    private static final String STRIKKEKAFE = "Strikkekafé i Seljord";
    private static final String HAGE = "Hagearbeid på Kvitsund";
    private static final String LEKSEHJELP = "Leksehjelp for barn";
    private static final String SPRAAKKAFE = "Språkkafé for nye landsmenn";
    private static final String TRENING = "Trening for seniorer i Bø";
    private static final String KULTURKAFE = "Kulturkafé i Notodden";
    private static final String NATURSTI = "Naturstien i Lunde";

    private static final SearchFixture INDEX =
            SearchFixture.of(
                    List.of(
                            new String[] {VINJE, "Langtidsplassar og korttidsopphald. Frivillige held kafé for bebuarane kvar torsdag."},
                            new String[] {SOEBAKKEN, "Sykehjem på Notodden med 60 plasser. Vi ønsker frivillige til allsang og høytlesing."},
                            new String[] {NOME, "Sjukeheimen på Ulefoss. Bebuarane set pris på besøk, song og musikk."},
                            new String[] {BOE, "Heildøgns pleie og omsorg midt i Bø sentrum."},
                            new String[] {BOEKESKOGEN, "Vi går ein roleg tur i Bøkeskogen i Larvik kvar onsdag. Passar for alle."},
                            new String[] {GLOPPE, "Lett trim for godt vaksne, etterpå et vi lunsj saman."},
                            new String[] {NETTBRETTKURS, "Elever fra ungdomsskolen lærer eldre å bruke nettbrett og smarttelefon."},
                            new String[] {PAAROERENDEKAFE, "Møteplass for pårørende til personer med demens. Kaffe og en god prat."},
                            new String[] {DAGTILBOD, "Tilrettelagt dagtilbod med aktivitetar, måltid og tur i nærmiljøet."},
                            new String[] {BESOEKSVENN, "Røde Kors søker besøksvenner til eldre som bor alene hjemme."},
                            new String[] {MUSIKKTERAPI, "Musikkterapeut leder sangstund med kjente sanger."},
                            new String[] {BIBLIOTEK, "Biblioteket har opplæring for ansatte og et demensvennlig lesehjørne."},
                            new String[] {DEMENSTEAM, "Demensteamet gir råd og rettleiing til pårørande."},
                            new String[] {GAATUR, "Frivillig turleder tar med beboere på gåtur hver tirsdag."},
                            new String[] {DIGIHJELP, "Digihjelp for seniorer: vi hjelper deg med BankID og e-post."},
                            new String[] {STRIKKEKAFE, "Ta med strikketøyet og bli med på kafé."},
                            new String[] {HAGE, "Vi stell hagen saman med bebuarane. Frisk luft og godt selskap."},
                            new String[] {LEKSEHJELP, "Frivillige hjelper barn på 5.–7. trinn med lekser på biblioteket."},
                            new String[] {SPRAAKKAFE, "Øv på norsk over en kopp kaffe. Alle nivåer er velkomne."},
                            new String[] {TRENING, "Styrke- og balansetrening med fysioterapeut. Passer for pensjonister."},
                            new String[] {KULTURKAFE, "Konsert og kaffe for alle i Kulturhuset."},
                            new String[] {NATURSTI, "Tilrettelagt natursti for rullestol."}));

    private static List<String> top(String query, int n) {
        List<String> hits = INDEX.search(query);
        return hits.subList(0, Math.min(n, hits.size()));
    }

    @Test
    void nynorskQueryFindsAllNursingHomesFirst() {
        Set<String> homes = Set.of(VINJE, SOEBAKKEN, NOME, BOE);
        assertEquals(homes, Set.copyOf(top("sjukeheim", 4)));
        assertEquals(homes, Set.copyOf(top("sykehjem", 4)));
        assertEquals(homes, Set.copyOf(top("sjukeheimen", 4)));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "turgruppa | " + BOEKESKOGEN,
                "nettbrett kurs | " + NETTBRETTKURS,
                "nettbrettkurs | " + NETTBRETTKURS,
                "besøksven | " + BESOEKSVENN,
                "pårørandekafe | " + PAAROERENDEKAFE,
                "dagtilbud demens | " + DAGTILBOD,
                "musikkterapi | " + MUSIKKTERAPI,
                "digihjelp | " + DIGIHJELP,
                "trening seniorer | " + TRENING,
                "boekeskogen | " + BOEKESKOGEN,
                "Bøkeskogn | " + BOEKESKOGEN,
                "strikkekafe | " + STRIKKEKAFE,
                "leksehjelp | " + LEKSEHJELP,
                "hagearbeid | " + HAGE,
            })
    void bestHit(String query, String expected) {
        assertEquals(expected, top(query, 1).isEmpty() ? null : top(query, 1).get(0), query);
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "tilbod | " + DAGTILBOD,
                "sjukeheim | " + BOE,
                "trening | " + GLOPPE,
                "trim | " + TRENING,
                "mosjon | " + GLOPPE,
                "tur | " + BOEKESKOGEN,
                "tur | " + GAATUR,
                "tur | " + DAGTILBOD,
                "turgåing | " + GAATUR,
                "demens | " + PAAROERENDEKAFE,
                "demens | " + DAGTILBOD,
                "demens | " + MUSIKKTERAPI,
                "demens | " + BIBLIOTEK,
                "demens | " + DEMENSTEAM,
                "pårørende | " + DEMENSTEAM,
                "pårørande | " + PAAROERENDEKAFE,
                "paaroerende | " + PAAROERENDEKAFE,
                "kafe | " + PAAROERENDEKAFE,
                "kafe | " + STRIKKEKAFE,
                "kafé | " + SPRAAKKAFE,
                "musikk | " + MUSIKKTERAPI,
                "musikk | " + NOME,
                "sang | " + NOME,
                "eldre | " + TRENING,
                "pensjonist | " + BESOEKSVENN,
                "nettbrett | " + NETTBRETTKURS,
                "ipad | " + NETTBRETTKURS,
                "digital hjelp | " + DIGIHJELP,
                "Åmot | " + VINJE,
                "aamot | " + VINJE,
                "ven | " + BESOEKSVENN,
                "heime | " + BESOEKSVENN,
                "heim | " + NOME,
                "frivillig | " + GAATUR,
                "friviljug | " + LEKSEHJELP,
                "personar | " + MUSIKKTERAPI,
            })
    void finds(String query, String expected) {
        assertTrue(INDEX.search(query).contains(expected), () -> query + " → " + INDEX.search(query));
    }

    @ParameterizedTest(name = "{0} finds \"{1}\"")
    @CsvSource(
            delimiter = '|',
            value = {
                "sjukeheimen | Søbakken sykehjem",
                "sykehjemmet | Nome sjukeheim",
                "tilbod | Nytt tilbud for eldre",
                "tilbud | Nytt tilbod for eldre",
                "turgruppa | Turgruppe for alle",
                "besøksven | Besøksvenn søkes",
                "besøksvenn | Besøksven søkjast",
                "sjukeheim | Søbakken sykehjem",
                "sjukeheim | Gvarv omsorgssenter",
                "trening | Trim for alle",
                "trim | Trening for alle",
                "tur | Turgåing for alle",
                "tur | Gåtur for alle",
                "heim | Heimen vår",
                "hjem | Heimen vår",
                "ven | Ein god venn",
                "dagtilbod | Dagtilbud for eldre",
                "personar | Personer med demens",
                "pårørende | Kafé for pårørande",
                "eldre | Seniortreff",
                "frivillig | Friviljuge søkjast",
            })
    void bokmaalAndNynorskVariantsFindEachOther(String query, String document) {
        SearchFixture index = SearchFixture.ofTitles(document, "Bingo på biblioteket");
        assertEquals(List.of(document), index.search(query));
    }

    @Test
    void walkIsNotCultureOrNature() {
        List<String> hits = INDEX.search("tur");
        assertFalse(hits.contains(KULTURKAFE), hits.toString());
        assertFalse(hits.contains(NATURSTI), hits.toString());
        assertEquals(
                Set.of(BOEKESKOGEN, GAATUR),
                Set.copyOf(hits.subList(0, 2)),
                "walks with the word or its synonym in the title rank first: " + hits);
        assertTrue(hits.indexOf(DAGTILBOD) > 1, "a mention in the text only ranks below: " + hits);
    }

    @Test
    void everyDocumentIsFoundByItsOwnTitle() {
        Set<String> misses = new HashSet<>();
        for (String title :
                List.of(VINJE, SOEBAKKEN, NOME, BOE, BOEKESKOGEN, GLOPPE, NETTBRETTKURS, PAAROERENDEKAFE,
                        DAGTILBOD, BESOEKSVENN, MUSIKKTERAPI, BIBLIOTEK, DEMENSTEAM, GAATUR, DIGIHJELP,
                        STRIKKEKAFE, HAGE, LEKSEHJELP, SPRAAKKAFE, TRENING, KULTURKAFE, NATURSTI)) {
            if (!top(title, 1).equals(List.of(title))) {
                misses.add(title + " → " + top(title, 3));
            }
        }
        assertEquals(Set.of(), misses);
    }
}
