package no.sammen.search.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.sammen.search.control.SearchResult;
import org.junit.jupiter.api.Test;

/** Clients see the same bytes as when JSON-B wrote the search answer. */
class SearchResultWriterTest {

    private final Jsonb jsonb = JsonbBuilder.create();

    private String written(SearchResult result) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SearchResultWriter().writeTo(result, SearchResult.class, SearchResult.class, null, null, null, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private void assertSameAsJsonb(SearchResult result) {
        assertEquals(jsonb.toJson(result), written(result));
    }

    @Test
    void aFullAnswerIsWrittenAsJsonbWritesIt() {
        Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
        facets.put("type", new LinkedHashMap<>(Map.of("activity", 3053)));
        facets.get("type").put("need", 2024);
        facets.put("area", new LinkedHashMap<>());
        facets.get("area").put("Bøkeskogen og Byskogen", 653);
        facets.get("area").put("Øvre \"Vinje\" \\ <b>", 1);
        facets.put("weekday", Map.of());
        List<SearchResult.Hit> hits = new ArrayList<>();
        hits.add(new SearchResult.Hit("activity", 1064, "Turgruppe i Bøkeskogen",
                "Organisert <mark>gåtur</mark> … ca. én time. ", null, "larvik", "Bøkeskogen og Byskogen", 1.0f));
        hits.add(new SearchResult.Hit("venue", 7, "Tab\tog\nlinje\u0001 – «sitat» 😀", null, 12.0, null, null,
                0.123456789f));
        hits.add(new SearchResult.Hit("need", Long.MAX_VALUE, "", "", 0.1, "nome", "Ulefoss", 3.4028235E38f));
        hits.add(new SearchResult.Hit("volunteer", 0, "x", "y", 1234.5678, "vinje", "Rauland", 1.0E-7f));
        hits.add(new SearchResult.Hit("activity", 2, "z", "w", 3.0E-4, "vinje", "Rauland", 0f));
        assertSameAsJsonb(new SearchResult(184000, false, 20, 20, hits, facets, false));
    }

    @Test
    void emptyAndMissingPartsAreWrittenAsJsonbWritesThem() {
        assertSameAsJsonb(new SearchResult(0, true, 0, 20, List.of(), Map.of(), true));
        assertSameAsJsonb(new SearchResult(5, true, 0, 1, null, null, true));
    }
}
