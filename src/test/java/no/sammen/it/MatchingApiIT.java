package no.sammen.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Suggestions, "what can I help with", resident offers and the plan, on the seed data through REST. */
@ExtendWith(ArquillianExtension.class)
class MatchingApiIT {

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    private Api api() {
        return new Api(base.toString() + "api");
    }

    private JsonObject need(Api api, String municipality, String title) {
        return api.get("/needs?municipality=" + municipality + "&limit=100").ok().object().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(n -> n.getString("title").equals(title)).findFirst().orElseThrow();
    }

    @Test
    void theVinjeMusicNeedGetsExplainedSuggestionsAndCountsTheExcluded() {
        Api coordinator = api().as("koordinator.vinje@example.no");
        JsonObject need = need(coordinator, "vinje", "Musikkven på sjukeheimen torsdagar");
        JsonObject result = coordinator.get("/needs/" + need.getInt("id") + "/suggestions?limit=5").ok().object();
        List<JsonObject> suggestions = result.getJsonArray("suggestions").stream().map(JsonValue::asJsonObject).toList();
        assertFalse(suggestions.isEmpty(), result.toString());
        double previous = Double.MAX_VALUE;
        for (JsonObject s : suggestions) {
            assertTrue(s.getJsonNumber("score").doubleValue() <= previous, "best first");
            previous = s.getJsonNumber("score").doubleValue();
            assertFalse(s.getJsonArray("reasons").isEmpty(), "every suggestion says why");
            assertTrue(s.containsKey("name") && s.containsKey("overlapMinutesPerWeek"));
            // the whole Thursday 14:00–15:30 window is the default minimum
            assertTrue(s.getInt("overlapMinutesPerWeek") >= 90, s.toString());
        }
        assertTrue(suggestions.get(0).getJsonArray("sharedInterests").toString().contains("musikk"), suggestions.get(0).toString());
        int excluded = result.getJsonObject("excluded").values().stream().mapToInt(v -> ((JsonNumber) v).intValue()).sum();
        assertTrue(excluded > 0, "the response says how many were ruled out: " + result);
        assertEquals(34 + 0, excluded + result.getInt("eligible") + alreadyMatched(coordinator, need.getInt("id")),
                "every Vinje volunteer is either suggested, excluded by a rule, or already matched");
    }

    private int alreadyMatched(Api api, int needId) {
        return (int) api.get("/matches?need=" + needId + "&limit=100").ok().object().getJsonArray("items").stream()
                .filter(m -> !List.of("DECLINED").contains(m.asJsonObject().getString("status"))).count();
    }

    @Test
    void aCoordinatorCannotAskAboutAnotherMunicipalitysNeeds() {
        JsonObject need = need(api().asAdmin(), "vinje", "Musikkven på sjukeheimen torsdagar");
        assertEquals(403, api().as("koordinator.larvik@example.no").get("/needs/" + need.getInt("id") + "/suggestions").status());
        assertEquals(401, api().get("/needs/" + need.getInt("id") + "/suggestions").status());
    }

    @Test
    void aVolunteerSeesWhatTheyCanHelpWithButNotOthers() {
        Api volunteer = api().as("frivillig.vinje@example.no");
        long own = volunteer.get("/auth/me").ok().object().getJsonNumber("volunteer").longValue();
        JsonObject result = volunteer.get("/volunteers/" + own + "/suggestions").ok().object();
        for (JsonValue s : result.getJsonArray("suggestions")) {
            assertFalse(s.asJsonObject().getJsonArray("reasons").isEmpty());
            assertTrue(s.asJsonObject().containsKey("title"));
        }
        long other = api().asAdmin().get("/volunteers?municipality=vinje&limit=2").ok().object().getJsonArray("items")
                .stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).filter(id -> id != own)
                .findFirst().orElseThrow();
        assertEquals(403, volunteer.get("/volunteers/" + other + "/suggestions").status());
    }

    @Test
    void residentsGetGroupOffersNearThemWithReasons() {
        JsonObject result = api().get("/activities/suggestions?lat=59.062&lon=10.010&radiusKm=5&interests=tur").ok().object();
        List<JsonObject> items = result.getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
        assertFalse(items.isEmpty());
        JsonObject first = items.get(0);
        assertEquals("Turgruppe i Bøkeskogen", first.getJsonObject("activity").getString("title"), result.toString());
        assertTrue(first.getBoolean("group"));
        assertTrue(first.getJsonArray("reasons").toString().contains("km unna"));
        assertEquals(400, api().get("/activities/suggestions?lat=99&lon=10").status());
    }

    @Test
    void thePlanIsNoWorseThanGreedyBreaksNoRuleAndCanBeAccepted() {
        Api coordinator = api().as("koordinator.nome@example.no");
        Api.Reply created = coordinator.post("/plans", "{\"municipality\": \"nome\"}").expect(201);
        JsonObject plan = created.object();
        assertTrue(plan.getJsonNumber("totalScore").doubleValue() >= plan.getJsonNumber("greedyTotalScore").doubleValue() - 1e-9,
                plan.toString());
        List<JsonObject> pairs = plan.getJsonArray("pairs").stream().map(JsonValue::asJsonObject).toList();
        assertFalse(pairs.isEmpty());
        for (JsonObject pair : pairs) {
            assertFalse(pair.getJsonArray("reasons").isEmpty());
            // the pair must also be among the suggestions the rules allow for that need
            JsonObject suggestions = coordinator.get("/needs/" + pair.getString("need") + "/suggestions?limit=500").ok().object();
            assertTrue(suggestions.getJsonArray("suggestions").stream().anyMatch(s -> s.asJsonObject()
                    .getJsonNumber("volunteer").longValue() == pair.getJsonNumber("volunteer").longValue()), pair.toString());
        }
        for (JsonValue unfilled : plan.getJsonArray("unfilled")) {
            assertFalse(unfilled.asJsonObject().getString("reason").isBlank());
        }
        assertEquals(403, api().as("koordinator.vinje@example.no").post("/plans", "{\"municipality\": \"nome\"}").status());

        String at = created.location().substring(created.location().indexOf("/plans"));
        JsonObject first = pairs.get(0);
        JsonObject accepted = coordinator.post(at + "/accept", "{\"pairs\": [{\"need\": " + first.getString("need")
                + ", \"volunteer\": " + first.getJsonNumber("volunteer") + "}]}").ok().object();
        assertEquals(1, accepted.getJsonArray("created").size());
        long match = accepted.getJsonArray("created").getJsonNumber(0).longValue();
        assertEquals("PROPOSED", coordinator.get("/matches/" + match).ok().object().getString("status"));
        assertEquals(400, coordinator.post(at + "/accept", "{\"pairs\": [{\"need\": 1, \"volunteer\": 2}]}").status());
    }
}
