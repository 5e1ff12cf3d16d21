package no.sammen.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every read endpoint as every role, including another municipality's coordinator and another volunteer:
 * the status each must get, and that no contact detail reaches a role that may not see it.
 */
class RoleMatrixIT extends DeployedWar {

    @Test
    void everyRoleGetsWhatItMayAndNoMore() {
        Api anonymous = anonymous();
        Api admin = anonymous.asAdmin();
        JsonObject vinjeVolunteer = admin.get("/volunteers?municipality=vinje&limit=1").ok().object().getJsonArray("items")
                .getJsonObject(0);
        long ownVolunteer = anonymous.as("frivillig.vinje@example.no").get("/auth/me").ok().object()
                .getJsonNumber("volunteer").longValue();
        long otherVinjeVolunteer = vinjeVolunteer.getJsonNumber("id").longValue() == ownVolunteer
                ? admin.get("/volunteers?municipality=vinje&offset=1&limit=1").ok().object().getJsonArray("items")
                        .getJsonObject(0).getJsonNumber("id").longValue()
                : vinjeVolunteer.getJsonNumber("id").longValue();
        JsonObject vinjeNeed = admin.get("/needs?municipality=vinje&limit=1").ok().object().getJsonArray("items").getJsonObject(0);
        JsonObject vinjeMatch = admin.get("/matches?municipality=vinje&limit=100").ok().object().getJsonArray("items")
                .stream().map(m -> m.asJsonObject())
                .filter(m -> m.getJsonNumber("volunteer").longValue() != ownVolunteer).findFirst().orElseThrow();

        Map<String, Api> roles = new LinkedHashMap<>();
        roles.put("PUBLIC", anonymous);
        roles.put("VOLUNTEER", anonymous.as("frivillig.vinje@example.no"));
        roles.put("INSTITUTION", anonymous.as("institusjon.nome@example.no"));
        roles.put("COORDINATOR", anonymous.as("koordinator.vinje@example.no"));
        roles.put("OTHER_COORDINATOR", anonymous.as("koordinator.larvik@example.no"));
        roles.put("ADMIN", admin);

        //                         path                                           PUB  VOL  INS  COO  OCO  ADM
        List<Object[]> matrix = List.of(
                row("/municipalities",                                              200, 200, 200, 200, 200, 200),
                row("/venues?municipality=vinje",                                   200, 200, 200, 200, 200, 200),
                row("/activities?municipality=vinje",                               200, 200, 200, 200, 200, 200),
                row("/organisations?municipality=vinje",                            200, 200, 200, 200, 200, 200),
                row("/search?q=frivillig",                                          200, 200, 200, 200, 200, 200),
                row("/volunteers?municipality=vinje",                               401, 403, 403, 200, 403, 200),
                row("/volunteers/" + ownVolunteer,                                  401, 200, 403, 200, 403, 200),
                row("/volunteers/" + otherVinjeVolunteer,                           401, 403, 403, 200, 403, 200),
                row("/volunteers/" + ownVolunteer + "/export",                      401, 200, 403, 200, 403, 200),
                row("/volunteers/" + ownVolunteer + "/suggestions",                 401, 200, 403, 200, 403, 200),
                row("/needs?municipality=vinje",                                    401, 403, 200, 200, 403, 200),
                row("/needs/" + vinjeNeed.getInt("id"),                             401, 403, 403, 200, 403, 200),
                row("/needs/" + vinjeNeed.getInt("id") + "/suggestions",            401, 403, 403, 200, 403, 200),
                row("/needs/" + vinjeNeed.getInt("id") + "/resident",               401, 403, 403, 200, 403, 403),
                row("/matches?municipality=vinje",                                  401, 200, 403, 200, 403, 200),
                row("/matches/" + vinjeMatch.getInt("id"),                          401, 403, 403, 200, 403, 200),
                row("/admin/audit",                                                 401, 403, 403, 403, 403, 200),
                row("/admin/accounts",                                              401, 403, 403, 403, 403, 200),
                row("/admin/accounts?role=VOLUNTEER&municipality=vinje",            401, 403, 403, 403, 403, 200),
                row("/statistics",                                                  401, 403, 403, 200, 200, 200),
                row("/statistics?municipality=vinje",                               401, 403, 403, 200, 403, 200),
                row("/auth/me",                                                     200, 200, 200, 200, 200, 200));

        List<String> failures = new ArrayList<>();
        List<String> names = new ArrayList<>(roles.keySet());
        String vinjeEmail = vinjeVolunteer.getString("email", "no-email");
        for (Object[] row : matrix) {
            String path = (String) row[0];
            for (int r = 0; r < names.size(); r++) {
                Api.Reply reply = roles.get(names.get(r)).get(path);
                int expected = (Integer) row[r + 1];
                if (reply.status() != expected) {
                    failures.add(names.get(r) + " GET " + path + ": expected " + expected + ", got " + reply.status());
                }
                boolean maySeeContacts = names.get(r).equals("COORDINATOR") || names.get(r).equals("ADMIN");
                if (!maySeeContacts && reply.status() == 200 && reply.body().contains(vinjeEmail)
                        && !path.equals("/volunteers/" + ownVolunteer) && !path.contains("/export")) {
                    failures.add(names.get(r) + " GET " + path + " shows a Vinje volunteer's e-mail");
                }
                if (names.get(r).equals("PUBLIC") && reply.status() == 200) {
                    assertFalse(reply.body().contains("\"type\":\"volunteer\""), path);
                }
            }
        }
        // Changing a match, with a stale version so that nothing is written: who gets past the role and record
        // rules (and then meets the version check, 409) and who is stopped before (401/403). An institution may
        // change only matches at its own venues (institusjon.nome has none in Vinje).
        String stale = "{\"version\": -1, \"status\": \"DECLINED\"}";
        int[] expected = {401, 403, 403, 409, 403, 409};
        for (int r = 0; r < names.size(); r++) {
            int status = roles.get(names.get(r)).put("/matches/" + vinjeMatch.getInt("id"), stale).status();
            if (status != expected[r]) {
                failures.add(names.get(r) + " PUT /matches/" + vinjeMatch.getInt("id") + ": expected " + expected[r]
                        + ", got " + status);
            }
        }
        assertEquals(List.of(), failures);
    }

    private static Object[] row(String path, int... statuses) {
        Object[] row = new Object[statuses.length + 1];
        row[0] = path;
        for (int i = 0; i < statuses.length; i++) {
            row[i + 1] = statuses[i];
        }
        return row;
    }
}
