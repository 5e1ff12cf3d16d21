package no.sammen.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Suggestions, "what can I help with", resident offers and the plan, on the seed data through REST. */
class MatchingApiIT extends DeployedWar {

    private JsonObject need(Api api, String municipality, String title) {
        return api.get("/needs?municipality=" + municipality + "&limit=100").ok().object().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(n -> n.getString("title").equals(title)).findFirst().orElseThrow();
    }

    @Test
    void theVinjeMusicNeedGetsExplainedSuggestionsAndCountsTheExcluded() {
        Api coordinator = anonymous().as("koordinator.vinje@example.no");
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
        assertEquals(result.getJsonObject("excluded").keySet(), result.getJsonObject("excludedRules").keySet(),
                "and what each of those rules demands");
        assertEquals(34 + 0, excluded + result.getInt("eligible") + alreadyMatched(coordinator, need.getInt("id")),
                "every Vinje volunteer is either suggested, excluded by a rule, or already matched");
    }

    @Test
    void theSameSuggestionsAreExplainedInTheLanguageAsked() {
        Api coordinator = anonymous().as("koordinator.vinje@example.no");
        String at = "/needs/" + need(coordinator, "vinje", "Musikkven på sjukeheimen torsdagar").getInt("id") + "/suggestions?limit=5";
        JsonObject nb = coordinator.get(at).ok().object();
        JsonObject en = coordinator.get(at + "&lang=en").ok().object();
        JsonObject nn = coordinator.get(at + "&lang=nn").ok().object();
        JsonObject unknown = coordinator.get(at + "&lang=de").ok().object();
        assertEquals(nb.getJsonArray("suggestions"), unknown.getJsonArray("suggestions"), "anything else is bokmål");
        JsonObject first = nb.getJsonArray("suggestions").getJsonObject(0);
        JsonObject english = en.getJsonArray("suggestions").getJsonObject(0);
        JsonObject nynorsk = nn.getJsonArray("suggestions").getJsonObject(0);
        // the language changes the words only, not who is suggested
        assertEquals(first.getJsonNumber("volunteer"), english.getJsonNumber("volunteer"));
        assertEquals(first.getJsonNumber("volunteer"), nynorsk.getJsonNumber("volunteer"));
        assertFalse(first.isNull("distanceKm"), "the need has a place, so the reasons say how far: " + first);
        String inBokmal = first.getJsonArray("reasons").toString();
        String inEnglish = english.getJsonArray("reasons").toString();
        String inNynorsk = nynorsk.getJsonArray("reasons").toString();
        assertTrue(inBokmal.contains(" km unna") && inBokmal.contains("\"ledig torsdager "), inBokmal);
        assertTrue(inEnglish.contains(" km away") && inEnglish.contains("\"free Thursdays "), inEnglish);
        assertTrue(inNynorsk.contains(" km unna") && inNynorsk.contains("\"ledig torsdagar "), inNynorsk);
        assertTrue(inEnglish.contains("shared interest") && inNynorsk.contains("felles interesse"), inEnglish + inNynorsk);
        assertEquals(nb.getJsonObject("excludedRules").keySet(), en.getJsonObject("excludedRules").keySet());
        assertFalse(nb.getJsonObject("excludedRules").equals(en.getJsonObject("excludedRules")), "rule texts too");
    }

    private int alreadyMatched(Api api, int needId) {
        return (int) api.get("/matches?need=" + needId + "&limit=100").ok().object().getJsonArray("items").stream()
                .filter(m -> !List.of("DECLINED").contains(m.asJsonObject().getString("status"))).count();
    }

    @Test
    void aCoordinatorCannotAskAboutAnotherMunicipalitysNeeds() {
        JsonObject need = need(anonymous().asAdmin(), "vinje", "Musikkven på sjukeheimen torsdagar");
        assertEquals(403, anonymous().as("koordinator.larvik@example.no").get("/needs/" + need.getInt("id") + "/suggestions").status());
        assertEquals(401, anonymous().get("/needs/" + need.getInt("id") + "/suggestions").status());
    }

    @Test
    void aVolunteerSeesWhatTheyCanHelpWithButNotOthers() {
        Api volunteer = anonymous().as("frivillig.vinje@example.no");
        long own = volunteer.get("/auth/me").ok().object().getJsonNumber("volunteer").longValue();
        JsonObject result = volunteer.get("/volunteers/" + own + "/suggestions").ok().object();
        // the same explanation shape as for a need: open needs ruled out, by rule
        assertTrue(result.containsKey("eligible") && result.containsKey("excluded") && result.containsKey("excludedRules"),
                result.toString());
        assertEquals(result.getJsonObject("excluded").keySet(), result.getJsonObject("excludedRules").keySet());
        for (JsonValue s : result.getJsonArray("suggestions")) {
            assertFalse(s.asJsonObject().getJsonArray("reasons").isEmpty());
            assertTrue(s.asJsonObject().containsKey("title"));
        }
        long other = anonymous().asAdmin().get("/volunteers?municipality=vinje&limit=2").ok().object().getJsonArray("items")
                .stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).filter(id -> id != own)
                .findFirst().orElseThrow();
        assertEquals(403, volunteer.get("/volunteers/" + other + "/suggestions").status());
    }

    @Test
    void residentsGetGroupOffersNearThemWithReasons() {
        JsonObject result = anonymous().get("/activities/suggestions?lat=59.062&lon=10.010&radiusKm=5&interests=tur").ok().object();
        List<JsonObject> items = result.getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
        assertFalse(items.isEmpty());
        JsonObject first = items.get(0);
        assertEquals("Turgruppe i Bøkeskogen", first.getJsonObject("activity").getString("title"), result.toString());
        assertTrue(first.getBoolean("group"));
        assertTrue(first.getJsonArray("reasons").toString().contains("km unna"));
        assertEquals(400, anonymous().get("/activities/suggestions?lat=99&lon=10").status());
    }

    @Test
    void thePlanIsNoWorseThanGreedyBreaksNoRuleAndCanBeAccepted() {
        Api coordinator = anonymous().as("koordinator.nome@example.no");
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
        assertEquals(403, anonymous().as("koordinator.vinje@example.no").post("/plans", "{\"municipality\": \"nome\"}").status());

        String at = created.location().substring(created.location().indexOf("/plans"));
        JsonObject first = pairs.get(0);
        JsonObject accepted = coordinator.post(at + "/accept", "{\"pairs\": [{\"need\": " + first.getString("need")
                + ", \"volunteer\": " + first.getJsonNumber("volunteer") + "}]}").ok().object();
        assertEquals(1, accepted.getJsonArray("created").size());
        long match = accepted.getJsonArray("created").getJsonNumber(0).longValue();
        assertEquals("PROPOSED", coordinator.get("/matches/" + match).ok().object().getString("status"));
        assertEquals(400, coordinator.post(at + "/accept", "{\"pairs\": [{\"need\": 1, \"volunteer\": 2}]}").status());
    }

    private static List<JsonObject> suggestions(Api api, int needId) {
        return api.get("/needs/" + needId + "/suggestions?limit=50").ok().object().getJsonArray("suggestions").stream()
                .map(JsonValue::asJsonObject).toList();
    }

    private static List<Long> volunteers(List<JsonObject> suggestions) {
        return suggestions.stream().map(s -> s.getJsonNumber("volunteer").longValue()).toList();
    }

    private static String settingsBody(long version, String weights, String extra) {
        return "{\"version\": " + version + (weights == null ? "" : ", \"weights\": " + weights) + extra + "}";
    }

    private static boolean names(Api.Reply reply, String field) {
        return reply.contentType().startsWith("application/problem+json") && reply.object().getJsonArray("errors")
                .stream().anyMatch(e -> e.asJsonObject().getString("field").equals(field));
    }

    @Test
    void aMunicipalitysOwnWeightsChangeTheRanking() {
        Api coordinator = anonymous().as("koordinator.larvik@example.no");
        String at = "/municipalities/larvik/matching-settings";
        JsonObject original = coordinator.get(at).ok().object();
        assertEquals(3.0, original.getJsonObject("defaults").getJsonNumber("walkingRadiusKm").doubleValue());
        assertEquals(0.30, original.getJsonObject("defaults").getJsonObject("weights").getJsonNumber("interest").doubleValue());
        // the host of the carers' café: the one with more shared interests leads by default, though farther away
        int need = need(coordinator, "larvik", "Vert på pårørendekaféen").getInt("id");
        List<JsonObject> byDefault = suggestions(coordinator, need);
        assertTrue(byDefault.size() >= 2, byDefault.toString());
        long version = original.getJsonNumber("version").longValue();
        try {
            JsonObject travelOnly = coordinator.put(at, settingsBody(version, "{\"interest\": 0, \"overlap\": 0, "
                    + "\"travel\": 1, \"continuity\": 0, \"fairness\": 0, \"targetGroup\": 0}", "")).ok().object();
            assertEquals(1.0, travelOnly.getJsonObject("weights").getJsonNumber("travel").doubleValue());
            assertTrue(travelOnly.getJsonNumber("version").longValue() > version);
            version = travelOnly.getJsonNumber("version").longValue();
            List<JsonObject> nearestFirst = suggestions(coordinator, need);
            assertEquals(new java.util.HashSet<>(volunteers(byDefault)), new java.util.HashSet<>(volunteers(nearestFirst)),
                    "weights change the order, never who is eligible");
            for (int i = 1; i < nearestFirst.size(); i++) {
                assertTrue(nearestFirst.get(i - 1).getJsonNumber("distanceKm").doubleValue()
                        <= nearestFirst.get(i).getJsonNumber("distanceKm").doubleValue(), nearestFirst.toString());
            }
            assertTrue(!volunteers(byDefault).equals(volunteers(nearestFirst)),
                    "travel alone puts the nearest first: " + byDefault + " vs " + nearestFirst);

            // a stale version is refused and changes nothing
            Api.Reply stale = coordinator.put(at, settingsBody(version - 1, null, ""));
            assertEquals(409, stale.status(), stale.body());
            // each bad value is named
            String ok = "{\"interest\": 1, \"overlap\": 0, \"travel\": 0, \"continuity\": 0, \"fairness\": 0, \"targetGroup\": 0}";
            Api.Reply negative = coordinator.put(at, settingsBody(version, ok.replace("\"travel\": 0", "\"travel\": -0.5"), ""));
            assertEquals(400, negative.status(), negative.body());
            assertTrue(names(negative, "weights.travel"), negative.body());
            Api.Reply zero = coordinator.put(at, settingsBody(version, ok.replace("\"interest\": 1", "\"interest\": 0"), ""));
            assertEquals(400, zero.status(), zero.body());
            assertTrue(names(zero, "weights"), zero.body());
            Api.Reply radius = coordinator.put(at, settingsBody(version, ok, ", \"walkingRadiusKm\": 0"));
            assertEquals(400, radius.status(), radius.body());
            assertTrue(names(radius, "walkingRadiusKm"), radius.body());
            assertEquals(version, coordinator.get(at).ok().object().getJsonNumber("version").longValue(), "nothing written");

            // only the municipality's own coordinators and admins
            assertEquals(403, anonymous().as("koordinator.vinje@example.no").get(at).status());
            assertEquals(403, anonymous().as("koordinator.vinje@example.no").put(at, settingsBody(version, null, "")).status());
            assertEquals(403, anonymous().as("frivillig.vinje@example.no").get("/municipalities/vinje/matching-settings").status());
            assertEquals(403, anonymous().as("institusjon.nome@example.no").get("/municipalities/nome/matching-settings").status());
            assertEquals(401, anonymous().get(at).status());
            assertEquals(404, coordinator.get("/municipalities/nowhere/matching-settings").status());
            JsonObject byAdmin = anonymous().asAdmin().get(at).ok().object();
            assertEquals(version, byAdmin.getJsonNumber("version").longValue());
        } finally {
            restore(coordinator, at, original, version); // so other tests see the seed's settings
        }
        assertEquals(volunteers(byDefault), volunteers(suggestions(coordinator, need)), "the defaults rank as before");
    }

    @Test
    void theWalkingRadiusSetByTheMunicipalityIsTheRuleWithoutACar() {
        Api admin = anonymous().asAdmin();
        String at = "/municipalities/porsgrunn/matching-settings";
        JsonObject original = admin.get(at).ok().object();
        int need = need(admin, "porsgrunn", "Kaféverter i Brevik").getInt("id");
        JsonObject before = admin.get("/needs/" + need + "/suggestions?limit=50").ok().object();
        long version = original.getJsonNumber("version").longValue();
        try {
            version = admin.put(at, settingsBody(version, null, ", \"walkingRadiusKm\": 0.05")).ok().object()
                    .getJsonNumber("version").longValue();
            JsonObject after = admin.get("/needs/" + need + "/suggestions?limit=50").ok().object();
            assertTrue(after.getInt("eligible") <= before.getInt("eligible"), after.toString());
            assertTrue(after.getJsonObject("excluded").getInt("DISTANCE", 0) > before.getJsonObject("excluded").getInt("DISTANCE", 0),
                    "volunteers without a car farther than 50 m now break the distance rule: " + before + " vs " + after);
        } finally {
            restore(admin, at, original, version);
        }
    }

    private static void restore(Api api, String at, JsonObject original, long version) {
        api.put(at, settingsBody(version, original.getJsonObject("weights").toString(),
                ", \"walkingRadiusKm\": " + original.get("walkingRadiusKm") + ", \"typicalTravelKm\": "
                + original.get("typicalTravelKm") + ", \"defaultCarTravelKm\": " + original.get("defaultCarTravelKm")))
                .ok();
    }
}
