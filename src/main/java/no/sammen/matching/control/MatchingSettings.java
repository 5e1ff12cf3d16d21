package no.sammen.matching.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import no.sammen.matching.boundary.MatchingSettingsJson;
import no.sammen.matching.logic.MunicipalitySettings;
import no.sammen.matching.logic.Weights;
import no.sammen.places.entity.Municipality;
import no.sammen.platform.Ids;
import no.sammen.platform.InvalidInput;
import no.sammen.platform.NotFound;
import no.sammen.platform.RecordChanged;
import no.sammen.platform.Violations;

/**
 * The matching settings a municipality has stored (V7 columns on municipality), merged over the built-in
 * defaults of {@link MunicipalitySettings#defaults}. They share the municipality record's version, so a
 * settings change and a change of the municipality itself cannot silently overwrite each other.
 */
@ApplicationScoped
@Transactional
public class MatchingSettings {

    static final double MAX_WEIGHT = 100;
    static final double MAX_WALKING_KM = 50;
    static final double MAX_TRAVEL_KM = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<RecordChanged> changes;

    /** What the matcher uses for this municipality: stored values where set, defaults elsewhere. */
    public static MunicipalitySettings effective(Municipality m) {
        MunicipalitySettings d = MunicipalitySettings.defaults(m.getSlug());
        Double[] w = m.getMatchingWeights();
        Weights dw = d.weights();
        Weights weights = new Weights(or(w[0], dw.interest()), or(w[1], dw.overlap()), or(w[2], dw.travel()),
                or(w[3], dw.continuity()), or(w[4], dw.fairness()), or(w[5], dw.targetGroup()));
        return new MunicipalitySettings(d.slug(), m.getWalkingRadiusKm() > 0 ? m.getWalkingRadiusKm()
                : d.walkingRadiusKm(), or(m.getTypicalTravelKm(), d.typicalTravelKm()),
                or(m.getDefaultCarTravelKm(), d.defaultCarTravelKm()), weights);
    }

    private static double or(Double value, double fallback) {
        return value == null ? fallback : value;
    }

    public MatchingSettingsJson view(long municipalityId) {
        return view(municipality(municipalityId));
    }

    /**
     * Replaces the settings: the version must be the current one (409 otherwise), every value is checked
     * before anything is written (400 naming each bad field), and a value left out returns to its default.
     */
    public MatchingSettingsJson update(long municipalityId, MatchingSettingsJson json) {
        Municipality m = municipality(municipalityId);
        if (json == null) {
            throw InvalidInput.of("body", "a JSON object is required");
        }
        Ids.requireVersion(json.version, m.getVersion());
        Violations v = new Violations();
        double[] weights = weights(v, json.weights);
        Double walking = distance(v, "walkingRadiusKm", json.walkingRadiusKm, MAX_WALKING_KM);
        Double typical = distance(v, "typicalTravelKm", json.typicalTravelKm, MAX_TRAVEL_KM);
        Double car = distance(v, "defaultCarTravelKm", json.defaultCarTravelKm, MAX_TRAVEL_KM);
        v.throwIfAny();
        m.setMatchingWeights(weights);
        m.setWalkingRadiusKm(walking == null ? MunicipalitySettings.DEFAULT_WALKING_RADIUS_KM : walking);
        m.setTypicalTravelKm(typical);
        m.setDefaultCarTravelKm(car);
        em.flush();
        changes.fire(new RecordChanged(Municipality.class, m.getId(), m));
        return view(m);
    }

    static double[] weights(Violations v, MatchingSettingsJson.WeightsJson json) {
        if (json == null) {
            return null;
        }
        Double[] given = {json.interest, json.overlap, json.travel, json.continuity, json.fairness, json.targetGroup};
        String[] names = {"interest", "overlap", "travel", "continuity", "fairness", "targetGroup"};
        double[] weights = new double[given.length];
        double sum = 0;
        boolean complete = true;
        for (int i = 0; i < given.length; i++) {
            String field = "weights." + names[i];
            if (given[i] == null) {
                v.add(field, "is required when weights are given (leave out weights for the defaults)");
                complete = false;
            } else if (!Double.isFinite(given[i]) || given[i] < 0 || given[i] > MAX_WEIGHT) {
                v.add(field, "must be between 0 and " + (int) MAX_WEIGHT);
                complete = false;
            } else {
                weights[i] = given[i];
                sum += given[i];
            }
        }
        if (complete && sum <= 0) {
            v.add("weights", "at least one weight must be above 0");
        }
        return weights;
    }

    static Double distance(Violations v, String field, Double km, double max) {
        if (km != null && (!Double.isFinite(km) || km <= 0 || km > max)) {
            v.add(field, "must be more than 0 and at most " + (int) max + " km");
        }
        return km;
    }

    private Municipality municipality(long id) {
        Municipality m = em.find(Municipality.class, id);
        if (m == null) {
            throw new NotFound("municipality", id);
        }
        return m;
    }

    private static MatchingSettingsJson view(Municipality m) {
        MatchingSettingsJson json = MatchingSettingsJson.of(effective(m));
        json.version = m.getVersion();
        json.defaults = MatchingSettingsJson.of(MunicipalitySettings.defaults(m.getSlug()));
        json.defaults.municipality = null;
        return json;
    }
}
