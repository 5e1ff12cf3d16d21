package no.sammen.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Search on the seed data through REST, and the index following every committed change. */
class SearchApiIT extends DeployedWar {

    private static final String PORSGRUNN_SENTRUM = "59.140,9.656";

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private JsonObject search(String query) {
        return admin().get("/search?" + query).ok().object();
    }

    private static Set<String> titles(JsonObject result) {
        return result.getJsonArray("hits").stream().map(h -> h.asJsonObject().getString("title"))
                .collect(Collectors.toSet());
    }

    @Test
    void nynorskFindsTheNursingHomesOfAllMunicipalities() {
        JsonObject result = search("q=sjukeheim&type=venue&limit=50");
        Set<String> found = titles(result);
        assertTrue(found.containsAll(Set.of("Vinje helsesenter", "Søbakken sykehjem", "Byskogen sykehjem", "Nome sjukeheim")),
                found.toString());
        Set<String> municipalities = result.getJsonArray("hits").stream()
                .map(h -> h.asJsonObject().getString("municipality")).collect(Collectors.toSet());
        assertTrue(municipalities.containsAll(Set.of("larvik", "nome", "vinje")), municipalities.toString());
    }

    @Test
    void turFindsTheWalksInBokeskogen() {
        Set<String> found = titles(search("q=tur&municipality=larvik&limit=20"));
        assertTrue(found.contains("Turgruppe i Bøkeskogen"), found.toString());
    }

    @Test
    void theTabletCourseIsFoundOnlyWhenTheWindowOverlapsItsSchedule() {
        // Nettbrettkurs at Aktivitetssenteret i sentrum, Tuesdays 12:00–14:00.
        String course = "Nettbrettkurs for seniorer – med ungdomsskoleelever";
        String near = "q=nettbrett&type=activity&near=" + PORSGRUNN_SENTRUM + "&radiusKm=5";
        assertTrue(titles(search(near + "&day=TUESDAY&from=13:00&to=15:00")).contains(course));
        assertTrue(titles(search(near + "&day=TUESDAY")).contains(course));
        assertFalse(titles(search(near + "&day=TUESDAY&from=10:00&to=12:00")).contains(course), "touching window");
        assertFalse(titles(search(near + "&day=FRIDAY&from=12:00&to=14:00")).contains(course), "another day");
        JsonObject hit = search(near).getJsonArray("hits").getJsonObject(0);
        assertEquals(course, hit.getString("title"));
        assertTrue(hit.getJsonNumber("distanceKm").doubleValue() < 1, hit.toString());
    }

    @Test
    void userTextIsNeverSyntax() {
        for (String nasty : List.of("\"(*:~", "AND OR", "title:x", "[[[", "\\", "*", "?", "~~~", "\"\"\"", "((((")) {
            Api.Reply reply = admin().get("/search?q=" + enc(nasty));
            assertEquals(200, reply.status(), nasty + " -> " + reply.body());
        }
    }

    @Test
    void badParametersAreNamed() {
        assertEquals(400, admin().get("/search?near=north").status());
        assertEquals(400, admin().get("/search?day=TIRSDAG").status());
        assertEquals(400, admin().get("/search?type=castle").status());
        assertEquals(400, admin().get("/search?near=" + PORSGRUNN_SENTRUM + "&radiusKm=-1").status());
        assertTrue(admin().get("/search?day=MONDAY&from=14:00&to=10:00").expect(400).body().contains("window"));
    }

    @Test
    void facetsCountTheHits() {
        JsonObject result = search("municipality=vinje&limit=1");
        JsonObject types = result.getJsonObject("facets").getJsonObject("type");
        long sum = types.values().stream().mapToLong(v -> ((jakarta.json.JsonNumber) v).longValue()).sum();
        assertEquals(result.getJsonNumber("total").longValue(), sum);
        assertEquals(Set.of("vinje"), result.getJsonObject("facets").getJsonObject("municipality").keySet());
        assertFalse(result.getJsonObject("facets").getJsonObject("weekday").isEmpty());
    }

    @Test
    void suggestionsCompleteWhatIsTyped() {
        JsonObject suggestions = admin().get("/search/suggest?q=" + enc("bøke")).ok().object();
        assertTrue(suggestions.getJsonArray("suggestions").stream()
                .anyMatch(s -> s.asJsonObject().getString("title").contains("Bøkeskogen")), suggestions.toString());
    }

    @Test
    void volunteerHitsCarryNoContactDetails() {
        JsonObject result = search("type=volunteer&limit=50");
        assertTrue(result.getJsonNumber("total").longValue() >= 150);
        String body = result.toString();
        assertFalse(body.contains("@example"), "no e-mail addresses");
        assertFalse(body.contains("+47"), "no phone numbers");
    }

    @Test
    void createUpdateAndDeleteAreReflectedAtOnce() {
        Api api = admin();
        Api.Reply created = api.post("/venues", """
                {"municipality": "nome", "area": "ulefoss", "name": "Kvernhuset møteplass", "kind": "MEETING_PLACE",
                 "about": "Strikkekveld med bålpanne"}""").expect(201);
        String at = created.location().substring(created.location().indexOf("/venues"));
        assertEquals(Set.of("Kvernhuset møteplass"), titles(search("q=" + enc("bålpanne"))));

        JsonObject venue = created.object();
        String renamed = jakarta.json.Json.createObjectBuilder(venue).add("name", "Sagbruket møteplass")
                .add("about", "Vaffelkveld").build().toString();
        api.put(at, renamed).ok();
        assertEquals(0, search("q=" + enc("bålpanne")).getJsonNumber("total").longValue());
        assertEquals(Set.of("Sagbruket møteplass"), titles(search("q=vaffelkveld")));

        api.delete(at).expect(204);
        assertEquals(0, search("q=vaffelkveld").getJsonNumber("total").longValue());
    }

    @Test
    void anAreaFilterFollowsTheAreaWhenItIsRenamedOrDeleted() {
        Api api = admin();
        Api.Reply created = api.post("/areas", """
                {"municipality": "vinje", "key": "testgrend-sok", "name": "Testgrend", "kind": "BYGD",
                 "centre": {"lat": 59.6, "lon": 8.0}}""").expect(201);
        String at = created.location().substring(created.location().indexOf("/areas"));
        assertEquals(0, search("municipality=vinje&area=testgrend-sok").getJsonNumber("total").longValue());

        String renamed = jakarta.json.Json.createObjectBuilder(created.object()).add("key", "nygrend-sok").build()
                .toString();
        api.put(at, renamed).ok();
        assertTrue(api.get("/search?municipality=vinje&area=testgrend-sok").expect(400).body().contains("area"),
                "the old key is gone");
        assertEquals(0, search("municipality=vinje&area=nygrend-sok").getJsonNumber("total").longValue());

        api.delete(at).expect(204);
        assertTrue(api.get("/search?municipality=vinje&area=nygrend-sok").expect(400).body().contains("area"),
                "a deleted area is no filter");
        assertTrue(anonymous().get("/search?municipality=testby-sok").expect(400).body().contains("municipality"));
        api.post("/municipalities", """
                {"slug": "testby-sok", "name": "Testby", "centre": {"lat": 60.0, "lon": 10.0}}""").expect(201);
        assertEquals(0, anonymous().get("/search?municipality=testby-sok").ok().object()
                .getJsonNumber("total").longValue(), "a new municipality is a filter at once");
    }

    @Test
    void aRejectedWriteLeavesNoTraceInTheIndex() {
        admin().post("/venues", """
                {"municipality": "nome", "name": "Spøkelseshuset", "kind": "CASTLE", "about": "Gjenferdkveld"}""")
                .expect(400);
        admin().post("/venues", """
                {"municipality": "nome", "name": "Spøkelseshuset", "kind": "MEETING_PLACE", "about": "Gjenferdkveld",
                 "openingHours": [{"day": "MONDAY", "from": "18:00", "to": "17:00"}]}""").expect(400);
        assertEquals(0, search("q=gjenferdkveld").getJsonNumber("total").longValue());
    }

    @Test
    void residentsFindOffersNearThemSoonestFirst() {
        JsonObject near = admin().get("/activities/near?lat=59.062&lon=10.010&radiusKm=3").ok().object();
        List<JsonObject> items = near.getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
        assertFalse(items.isEmpty());
        assertTrue(items.stream().anyMatch(i -> i.getJsonObject("activity").getString("title").equals("Turgruppe i Bøkeskogen")),
                near.toString());
        for (JsonObject item : items) {
            assertTrue(item.getJsonNumber("distanceKm").doubleValue() <= 3.0, item.toString());
            assertFalse(item.getJsonObject("activity").getString("level").equals("BY_DECISION"));
        }
        for (int i = 1; i < items.size(); i++) {
            if (items.get(i).containsKey("nextStart") && items.get(i - 1).containsKey("nextStart")) {
                assertTrue(items.get(i - 1).getString("nextStart").substring(0, 10)
                        .compareTo(items.get(i).getString("nextStart").substring(0, 10)) <= 0, "soonest first");
            }
        }
        assertEquals(400, admin().get("/activities/near?lat=59.06").status());
    }

    @Test
    void reindexOnDemandGivesTheSameAnswers() {
        Set<String> before = titles(search("q=sjukeheim&limit=50"));
        JsonObject reindexed = admin().post("/admin/reindex", "").ok().object();
        assertTrue(reindexed.getJsonObject("indexed").getInt("volunteer") >= 150);
        assertEquals(before, titles(search("q=sjukeheim&limit=50")));
    }
}
