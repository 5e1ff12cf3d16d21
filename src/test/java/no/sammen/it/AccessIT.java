package no.sammen.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Login, roles per endpoint, CSRF and lockout, against the real WAR with the seed's try-out accounts. */
@ExtendWith(ArquillianExtension.class)
class AccessIT {

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    private Api anonymous() {
        return new Api(base.toString() + "api");
    }

    @Test
    void thePublicSeesTheCatalogueButNoPeople() {
        Api api = anonymous();
        api.get("/venues?municipality=vinje").ok();
        api.get("/activities?municipality=larvik").ok();
        api.get("/organisations").ok();
        assertEquals(401, api.get("/volunteers").status());
        assertEquals(401, api.get("/needs").status());
        assertEquals(401, api.get("/matches").status());
        assertTrue(api.get("/volunteers").contentType().startsWith("application/problem+json"));
        JsonObject search = api.get("/search?type=volunteer&limit=5").ok().object();
        assertEquals(0, search.getInt("total"), "public search returns no volunteer");
        assertEquals(401, api.post("/venues", "{}").status());
        assertEquals(401, api.post("/admin/reindex", "").status());
    }

    @Test
    void rolesLimitWhatEachAccountMayDo() {
        Api volunteer = anonymous().as("frivillig.vinje@example.no");
        assertEquals(403, volunteer.get("/volunteers").status());
        assertEquals(403, volunteer.post("/venues", "{}").status());
        Api institution = anonymous().as("institusjon.nome@example.no");
        assertEquals(403, institution.get("/matches").status());
        Api coordinator = anonymous().as("koordinator.larvik@example.no");
        assertEquals(200, coordinator.get("/volunteers?municipality=larvik").status());
        assertEquals(403, coordinator.post("/municipalities", "{\"slug\": \"x\", \"name\": \"X\"}").status());
        assertEquals(403, coordinator.post("/admin/reindex", "").status());
        assertEquals(401, anonymous().as("admin@example.no", "wrong-password").get("/volunteers").status());
    }

    @Test
    void aCoordinatorFindsOnlyTheirOwnMunicipalitysVolunteers() {
        Api larvik = anonymous().as("koordinator.larvik@example.no");
        JsonObject own = larvik.get("/search?type=volunteer&limit=100").ok().object();
        assertTrue(own.getInt("total") >= 30, "own volunteers found by default");
        assertTrue(own.getJsonArray("hits").stream().allMatch(h -> h.asJsonObject().getString("municipality").equals("larvik")));
        assertEquals(0, larvik.get("/search?type=volunteer&municipality=vinje").ok().object().getInt("total"));
    }

    @Test
    void aCoordinatorWorksOnlyWithinTheirMunicipality() {
        Api admin = anonymous().asAdmin();
        Api larvik = anonymous().as("koordinator.larvik@example.no");
        JsonObject vinjeVolunteer = admin.get("/volunteers?municipality=vinje&limit=1").ok().object()
                .getJsonArray("items").getJsonObject(0);
        String at = "/volunteers/" + vinjeVolunteer.getInt("id");
        assertEquals(403, larvik.get(at).status());
        assertEquals(403, larvik.put(at, vinjeVolunteer.toString()).status());
        assertEquals(403, larvik.delete(at).status());
        admin.get(at).ok();
        assertEquals(403, larvik.get("/volunteers?municipality=vinje").status());
        JsonObject own = larvik.get("/volunteers?limit=100").ok().object();
        assertTrue(own.getJsonArray("items").stream()
                .allMatch(v -> v.asJsonObject().getString("municipality").equals("larvik")), "lists default to own");
        long venues = admin.total("/venues?municipality=vinje");
        assertEquals(403, larvik.post("/venues", "{\"municipality\": \"vinje\", \"name\": \"Utenbys\", \"kind\": \"OTHER\"}")
                .status());
        assertEquals(venues, admin.total("/venues?municipality=vinje"), "nothing written");
        JsonObject vinjeNeed = admin.get("/needs?municipality=vinje&limit=1").ok().object().getJsonArray("items").getJsonObject(0);
        assertEquals(403, larvik.get("/needs/" + vinjeNeed.getInt("id")).status());
    }

    @Test
    void aVolunteerReadsAndEditsOnlyTheirOwnProfileButNotTheVetting() {
        Api volunteer = anonymous().as("frivillig.porsgrunn@example.no");
        long own = volunteer.get("/auth/me").ok().object().getJsonNumber("volunteer").longValue();
        JsonObject profile = volunteer.get("/volunteers/" + own).ok().object();
        String vettingBefore = profile.getJsonObject("vetting").toString();
        JsonObject changed = Json.createObjectBuilder(profile).add("about", "Jeg liker å lese høyt.")
                .add("vetting", Json.createObjectBuilder().add("policeCertificateValidUntil", "2099-01-01")
                        .add("confidentialitySigned", true)).build();
        JsonObject saved = volunteer.put("/volunteers/" + own, changed.toString()).ok().object();
        assertEquals("Jeg liker å lese høyt.", saved.getString("about"));
        assertEquals(vettingBefore, saved.getJsonObject("vetting").toString(), "vetting is the coordinator's to set");
        long other = anonymous().asAdmin().get("/volunteers?municipality=porsgrunn&limit=2").ok().object()
                .getJsonArray("items").stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue())
                .filter(id -> id != own).findFirst().orElseThrow();
        assertEquals(403, volunteer.get("/volunteers/" + other).status());
    }

    @Test
    void readsOfPersonalDataAreAuditedWithoutTheValues() {
        Api coordinator = anonymous().as("koordinator.nome@example.no");
        JsonObject volunteer = coordinator.get("/volunteers?limit=1").ok().object().getJsonArray("items").getJsonObject(0);
        coordinator.get("/volunteers/" + volunteer.getInt("id")).ok();
        String audit = anonymous().asAdmin().get("/admin/audit?recordType=volunteer&recordId=" + volunteer.getInt("id"))
                .ok().body();
        assertTrue(audit.contains("koordinator.nome@example.no"), audit);
        assertTrue(audit.contains("READ"), audit);
        assertFalse(audit.contains(volunteer.getString("name")), "never the values");
        assertFalse(volunteer.containsKey("email") && audit.contains(volunteer.getString("email")), "never the values");
        assertEquals(403, coordinator.get("/admin/audit").status());
    }

    @Test
    void aVolunteerCanExportAndEraseThemselves() {
        Api volunteer = anonymous().as("frivillig.nordre-follo@example.no");
        long own = volunteer.get("/auth/me").ok().object().getJsonNumber("volunteer").longValue();
        JsonObject export = volunteer.get("/volunteers/" + own + "/export").ok().object();
        String name = export.getJsonObject("profile").getString("name");
        assertTrue(export.containsKey("matches"));
        Api admin = anonymous().asAdmin();
        assertTrue(admin.get("/search?type=volunteer&q=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8))
                .ok().body().contains(name));
        assertEquals(204, volunteer.delete("/volunteers/" + own).status());
        assertEquals(404, admin.get("/volunteers/" + own).status());
        assertFalse(admin.get("/search?type=volunteer&q=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8))
                .ok().body().contains(name), "gone from search at once");
        assertEquals(401, anonymous().as("frivillig.nordre-follo@example.no").get("/auth/me").status(),
                "the login is gone too");
    }

    @Test
    void theResidentBehindANeedIsForTheCoordinatorOfThatMunicipalityOnly() {
        Api vinje = anonymous().as("koordinator.vinje@example.no");
        JsonObject need = vinje.get("/needs?limit=1").ok().object().getJsonArray("items").getJsonObject(0);
        String at = "/needs/" + need.getInt("id") + "/resident";
        JsonObject saved = vinje.put(at, "{\"name\": \"Ragnhild Testesen\", \"phone\": \"+47 400 00 123\"}").ok().object();
        assertEquals("Ragnhild Testesen", saved.getString("name"));
        assertEquals("Ragnhild Testesen", vinje.get(at).ok().object().getString("name"));
        assertFalse(vinje.get("/needs/" + need.getInt("id")).ok().body().contains("Ragnhild"), "not on the need itself");
        assertEquals(403, anonymous().as("koordinator.larvik@example.no").get(at).status());
        assertEquals(403, anonymous().asAdmin().get(at).status());
        assertEquals(403, anonymous().as("institusjon.vinje@example.no").get(at).status());
        assertEquals(401, anonymous().get(at).status());
        assertFalse(anonymous().asAdmin().get("/admin/audit?recordType=resident").ok().body().contains("Ragnhild"));
    }

    @Test
    void anInstitutionPostsNeedsForItsVenueAndSeesContactOnlyAfterTheVolunteerSaysYes() {
        Api institution = anonymous().as("institusjon.vinje@example.no");
        JsonObject me = institution.get("/auth/me").ok().object();
        long venue = me.getJsonArray("venues").getJsonNumber(0).longValue();
        JsonObject visible = institution.get("/needs?limit=100").ok().object();
        assertTrue(visible.getJsonArray("items").stream()
                .allMatch(n -> n.asJsonObject().getInt("venue", -1) == venue), "only needs at its own venue");
        String body = "{\"municipality\": \"vinje\", \"venue\": " + venue + ", \"title\": \"Lesestund\","
                + " \"schedule\": [{\"day\": \"WEDNESDAY\", \"from\": \"11:00\", \"to\": \"12:00\"}]}";
        JsonObject need = institution.post("/needs", body).expect(201).object();
        long otherVenue = anonymous().get("/venues?municipality=vinje&limit=50").ok().object().getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getJsonNumber("id").longValue()).filter(id -> id != venue).findFirst().orElseThrow();
        assertEquals(403, institution.post("/needs", body.replace(": " + venue + ",", ": " + otherVenue + ",")).status());

        Api volunteer = anonymous().as("frivillig.vinje@example.no");
        long volunteerId = volunteer.get("/auth/me").ok().object().getJsonNumber("volunteer").longValue();
        JsonObject match = anonymous().as("koordinator.vinje@example.no").post("/matches",
                "{\"need\": " + need.getInt("id") + ", \"volunteer\": " + volunteerId + "}").expect(201).object();
        JsonObject proposal = institution.get("/needs/" + need.getInt("id") + "/proposals").ok().object()
                .getJsonArray("proposals").getJsonObject(0);
        assertFalse(proposal.containsKey("contact"), "no contact before the volunteer says yes");
        assertFalse(proposal.getString("firstName").contains(" "), "first name only");
        assertFalse(proposal.getJsonArray("reasons").isEmpty());

        assertEquals(400, volunteer.put("/matches/" + match.getInt("id"),
                "{\"version\": " + match.getInt("version") + ", \"status\": \"ACTIVE\"}").status());
        volunteer.put("/matches/" + match.getInt("id"),
                "{\"version\": " + match.getInt("version") + ", \"status\": \"ACCEPTED\"}").ok();
        JsonObject after = institution.get("/needs/" + need.getInt("id") + "/proposals").ok().object()
                .getJsonArray("proposals").getJsonObject(0);
        assertTrue(after.containsKey("contact"), after.toString());
        assertEquals(403, anonymous().as("institusjon.porsgrunn@example.no").get("/needs/" + need.getInt("id") + "/proposals")
                .status());
    }

    @Test
    void browserLoginGivesAHttpOnlySameSiteSessionAndNeedsTheCsrfToken() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> login = browser.send(json("/auth/login", "POST",
                "{\"username\": \"koordinator.vinje@example.no\", \"password\": \"" + Api.SEED_PASSWORD + "\"}").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, login.statusCode(), login.body());
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SAMMEN_SESSION"))
                .findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=strict"), cookie);
        JsonObject me = read(login.body());
        assertEquals("COORDINATOR", me.getString("role"));
        assertEquals("vinje", me.getString("municipality"));
        String token = me.getString("csrfToken");

        assertEquals(200, browser.send(json("/volunteers?municipality=vinje", "GET", null).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode(), "the session cookie authenticates");
        String venue = "{\"municipality\": \"vinje\", \"name\": \"CSRF-testhus\", \"kind\": \"OTHER\"}";
        assertEquals(403, browser.send(json("/venues", "POST", venue).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode(), "a change without the token is refused");
        assertEquals(201, browser.send(json("/venues", "POST", venue).header("X-CSRF-Token", token).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());

        assertEquals(204, browser.send(json("/auth/logout", "POST", "").header("X-CSRF-Token", token).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(401, browser.send(json("/volunteers", "GET", null).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode(), "logged out");
    }

    @Test
    void fiveWrongPasswordsLockTheAccount() {
        Api api = anonymous();
        String wrong = "{\"username\": \"frivillig.nome@example.no\", \"password\": \"not-the-password\"}";
        for (int i = 0; i < 4; i++) {
            Api.Reply reply = api.post("/auth/login", wrong);
            assertEquals(401, reply.status());
            assertTrue(reply.contentType().startsWith("application/problem+json"),
                    "a problem document, not the server's HTML page: " + reply.contentType());
        }
        api.post("/auth/login", wrong);
        String right = "{\"username\": \"frivillig.nome@example.no\", \"password\": \"" + Api.SEED_PASSWORD + "\"}";
        assertEquals(429, api.post("/auth/login", right).status(), "locked even with the right password");
        // Locked for HTTP Basic too: 401, where an unlocked volunteer would get 403 on this list.
        assertEquals(401, api.as("frivillig.nome@example.no").get("/volunteers").status());
    }

    @Test
    void aPasswordCanBeChangedAndTheOldOneStopsWorking() {
        Api institution = anonymous().as("institusjon.larvik@example.no");
        assertEquals(400, institution.post("/auth/password",
                "{\"currentPassword\": \"" + Api.SEED_PASSWORD + "\", \"newPassword\": \"short\"}").status());
        assertEquals(204, institution.post("/auth/password",
                "{\"currentPassword\": \"" + Api.SEED_PASSWORD + "\", \"newPassword\": \"et-nytt-langt-passord\"}").status());
        assertEquals(401, anonymous().as("institusjon.larvik@example.no").get("/matches").status());
        assertEquals(403, anonymous().as("institusjon.larvik@example.no", "et-nytt-langt-passord").get("/matches").status());
    }

    @Test
    void noPersonalValuesReachTheRoleMatrixForThePublic() {
        Api api = anonymous();
        for (String path : List.of("/venues?limit=200", "/organisations?limit=200", "/activities?limit=200",
                "/search?limit=200", "/search?q=frivillig&limit=200")) {
            String body = api.get(path).ok().body();
            assertFalse(body.contains("\"type\":\"volunteer\""), path);
            assertFalse(body.contains("residentPseudonym"), path);
        }
    }

    private HttpRequest.Builder json(String path, String method, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString() + "api" + path))
                .header("Content-Type", "application/json");
        return body == null ? request.GET() : request.method(method, HttpRequest.BodyPublishers.ofString(body));
    }

    private static JsonObject read(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
