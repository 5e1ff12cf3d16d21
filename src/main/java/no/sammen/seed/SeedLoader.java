package no.sammen.seed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Logger;
import no.sammen.accounts.control.Accounts;
import no.sammen.accounts.control.Passwords;
import no.sammen.accounts.entity.Account;
import no.sammen.accounts.entity.Role;
import no.sammen.matching.boundary.MatchJson;
import no.sammen.matching.control.Matches;
import no.sammen.matching.entity.Match;
import no.sammen.matching.entity.MatchStatus;
import no.sammen.places.boundary.AreaJson;
import no.sammen.places.boundary.MunicipalityJson;
import no.sammen.places.boundary.VenueJson;
import no.sammen.places.control.Areas;
import no.sammen.places.control.Municipalities;
import no.sammen.places.control.Venues;
import no.sammen.places.entity.Municipality;
import no.sammen.places.entity.Venue;
import no.sammen.platform.InvalidInput;
import no.sammen.platform.RecordJson;
import no.sammen.platform.Ref;
import no.sammen.registry.activities.boundary.ActivityJson;
import no.sammen.registry.activities.control.Activities;
import no.sammen.registry.needs.boundary.NeedJson;
import no.sammen.registry.needs.control.Needs;
import no.sammen.registry.organisations.boundary.OrganisationJson;
import no.sammen.registry.organisations.control.Organisations;
import no.sammen.registry.volunteers.boundary.VolunteerJson;
import no.sammen.registry.volunteers.control.Volunteers;
import no.sammen.registry.volunteers.entity.Volunteer;

/**
 * Loads the seed data in {@code seed/} (one folder per municipality) into an empty database, in one
 * transaction, through the same validation and mapping as the REST API. Records in the files refer to each
 * other by {@code key}; the loader turns keys into ids as it goes. A marker row makes sure a restart never
 * loads the seed twice, even if someone deleted the seeded records meanwhile.
 */
@ApplicationScoped
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class.getName());
    private static final String MARKER = "seed-v1";

    @PersistenceContext
    EntityManager em;

    @Inject
    Municipalities municipalities;
    @Inject
    Areas areas;
    @Inject
    Venues venues;
    @Inject
    Organisations organisations;
    @Inject
    Activities activities;
    @Inject
    Volunteers volunteers;
    @Inject
    Needs needs;
    @Inject
    Matches matches;
    @Inject
    Accounts accounts;
    @Inject
    Passwords passwords;

    private final Jsonb jsonb = JsonbBuilder.create();

    @Transactional
    public void loadIntoEmptyDatabase() {
        long markers = em.createNativeQuery("SELECT COUNT(*) FROM seed_run WHERE name = ?1")
                .setParameter(1, MARKER).getSingleResult() instanceof Number n ? n.longValue() : 0;
        long existing = em.createQuery("SELECT COUNT(m) FROM Municipality m", Long.class).getSingleResult();
        if (markers > 0 || existing > 0) {
            LOG.info("Seed data not loaded: the database already has data");
            return;
        }
        Map<String, Integer> counts = new HashMap<>();
        JsonObject accountSeed = readObject("seed/accounts.json");
        String password = passwords.hash(accountSeed.getString("password"));
        for (JsonValue slug : readArray("seed/index.json")) {
            loadMunicipality(((JsonString) slug).getString(), password, counts);
        }
        loadAccounts(accountSeed.getJsonArray("accounts"), null, password, counts);
        em.createNativeQuery("INSERT INTO seed_run (name, loaded_at) VALUES (?1, ?2)")
                .setParameter(1, MARKER).setParameter(2, Timestamp.from(Instant.now())).executeUpdate();
        LOG.info(() -> "Seed data loaded: " + counts);
    }

    private void loadMunicipality(String slug, String password, Map<String, Integer> counts) {
        String dir = "seed/" + slug + "/";
        Keys keys = new Keys(slug);
        MunicipalityJson municipality = jsonb.fromJson(readObject(dir + "municipality.json").toString(),
                MunicipalityJson.class);
        municipalities.create(municipality);
        counts.merge("municipalities", 1, Integer::sum);
        load(dir, "areas", keys, AreaJson.class, areas::create, Map.of(), counts);
        load(dir, "venues", keys, VenueJson.class, venues::create, Map.of(), counts);
        load(dir, "organisations", keys, OrganisationJson.class, organisations::create, Map.of(), counts);
        load(dir, "activities", keys, ActivityJson.class, activities::create,
                Map.of("venue", "venues", "organiser", "organisations"), counts);
        load(dir, "volunteers", keys, VolunteerJson.class, volunteers::create,
                Map.of("organisation", "organisations"), counts);
        load(dir, "needs", keys, NeedJson.class, needs::create, Map.of("venue", "venues"), counts);
        loadMatches(dir, keys, counts);
        loadAccounts(readArrayIfPresent(dir + "accounts.json"), keys, password, counts);
    }

    /** Try-out accounts: one per role per municipality, bound to a seeded venue or volunteer. */
    private void loadAccounts(JsonArray records, Keys keys, String passwordHash, Map<String, Integer> counts) {
        for (JsonValue value : records) {
            JsonObject record = value.asJsonObject();
            Account account = accounts.createHashed(record.getString("username"), passwordHash,
                    Role.valueOf(record.getString("role")));
            account.setSeedAccount(true);
            account.setProvenance("ILLUSTRATIVE", record.getString("about", null));
            if (keys != null) {
                account.setMunicipality(em.createQuery("SELECT m FROM Municipality m WHERE m.slug = :s",
                        Municipality.class).setParameter("s", keys.slug).getSingleResult());
                for (JsonValue venue : record.getJsonArray("venues") == null ? JsonValue.EMPTY_JSON_ARRAY
                        : record.getJsonArray("venues")) {
                    account.getVenues().add(em.find(Venue.class, keys.id("venues", ((JsonString) venue).getString())));
                }
                if (record.containsKey("volunteer")) {
                    account.setVolunteer(em.find(Volunteer.class, keys.id("volunteers", record.getString("volunteer"))));
                }
            }
        }
        counts.merge("accounts", records.size(), Integer::sum);
    }

    /** Reads {@code <dir><file>.json}, resolves key references and creates each record through its registry. */
    private <J extends RecordJson> void load(String dir, String file, Keys keys, Class<J> type,
            Function<J, J> create, Map<String, String> references, Map<String, Integer> counts) {
        JsonArray records = readArrayIfPresent(dir + file + ".json");
        int index = 0;
        for (JsonValue value : records) {
            JsonObject record = value.asJsonObject();
            JsonObjectBuilder resolved = Json.createObjectBuilder(record);
            if (!record.containsKey("municipality")) {
                resolved.add("municipality", keys.slug);
            }
            for (var reference : references.entrySet()) {
                if (record.containsKey(reference.getKey()) && record.get(reference.getKey()) instanceof JsonString key) {
                    resolved.add(reference.getKey(), keys.id(reference.getValue(), key.getString()));
                }
            }
            J created;
            try {
                created = create.apply(jsonb.fromJson(resolved.build().toString(), type));
            } catch (InvalidInput e) {
                throw new IllegalStateException("Seed file " + dir + file + ".json, record " + index + " ("
                        + record.getString("key", "no key") + "): " + e.errors(), e);
            }
            if (record.containsKey("key")) {
                keys.put(file, record.getString("key"), created.id);
            }
            index++;
        }
        counts.merge(file, records.size(), Integer::sum);
    }

    private void loadMatches(String dir, Keys keys, Map<String, Integer> counts) {
        JsonArray records = readArrayIfPresent(dir + "matches.json");
        for (JsonValue value : records) {
            JsonObject record = value.asJsonObject();
            MatchJson json = new MatchJson();
            json.need = Ref.id(keys.id("needs", record.getString("need")));
            json.volunteer = Ref.id(keys.id("volunteers", record.getString("volunteer")));
            json.note = record.getString("notes", null);
            Match match = matches.entity(matches.create(json).id);
            match.setProvenance("ILLUSTRATIVE", null);
            for (MatchStatus step : pathTo(MatchStatus.valueOf(record.getString("status", "PROPOSED")))) {
                match.moveTo(step, null);
            }
        }
        counts.merge("matches", records.size(), Integer::sum);
    }

    private static List<MatchStatus> pathTo(MatchStatus target) {
        return switch (target) {
            case PROPOSED -> List.of();
            case CONTACTED -> List.of(MatchStatus.CONTACTED);
            case ACCEPTED -> List.of(MatchStatus.CONTACTED, MatchStatus.ACCEPTED);
            case DECLINED -> List.of(MatchStatus.CONTACTED, MatchStatus.DECLINED);
            case ACTIVE -> List.of(MatchStatus.CONTACTED, MatchStatus.ACCEPTED, MatchStatus.ACTIVE);
            case ENDED -> List.of(MatchStatus.CONTACTED, MatchStatus.ACCEPTED, MatchStatus.ACTIVE, MatchStatus.ENDED);
        };
    }

    private JsonArray readArrayIfPresent(String resource) {
        return SeedLoader.class.getClassLoader().getResource(resource) == null ? JsonValue.EMPTY_JSON_ARRAY
                : readArray(resource);
    }

    private JsonArray readArray(String resource) {
        return read(resource).asJsonArray();
    }

    private JsonObject readObject(String resource) {
        return read(resource).asJsonObject();
    }

    private JsonValue read(String resource) {
        try (InputStream in = resource(resource)) {
            if (in == null) {
                throw new IllegalStateException("Seed file missing: " + resource);
            }
            try (JsonReader reader = Json.createReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return reader.readValue();
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read seed file " + resource, e);
        }
    }

    private static InputStream resource(String name) {
        return SeedLoader.class.getClassLoader().getResourceAsStream(name);
    }

    /** Key → id per record kind, within one municipality. */
    private static final class Keys {
        final String slug;
        final Map<String, Long> ids = new HashMap<>();

        Keys(String slug) {
            this.slug = slug;
        }

        void put(String kind, String key, Long id) {
            ids.put(kind + "/" + key, id);
        }

        long id(String kind, String key) {
            Long id = ids.get(kind + "/" + key);
            if (id == null) {
                throw new IllegalStateException("Seed data for " + slug + " refers to unknown " + kind + " '" + key + "'");
            }
            return id;
        }
    }
}
