package no.sammen.matching.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import no.sammen.matching.boundary.MatchingSettingsJson;
import no.sammen.matching.logic.MunicipalitySettings;
import no.sammen.matching.logic.Weights;
import no.sammen.places.entity.Municipality;
import no.sammen.platform.FieldError;
import no.sammen.platform.InvalidInput;
import no.sammen.platform.Violations;
import org.junit.jupiter.api.Test;

/** Stored matching settings over the defaults, and what a PUT may set. */
class MatchingSettingsTest {

    private static Municipality municipality(String slug) {
        Municipality m = new Municipality();
        m.setSlug(slug);
        return m;
    }

    @Test
    void nothingStoredMeansTheMunicipalitysDefaults() {
        assertEquals(MunicipalitySettings.defaults("vinje"), MatchingSettings.effective(municipality("vinje")));
        assertEquals(MunicipalitySettings.defaults("ukjent"), MatchingSettings.effective(municipality("ukjent")));
    }

    @Test
    void storedValuesWin() {
        Municipality m = municipality("nordre-follo");
        m.setMatchingWeights(new double[] {1, 0, 2, 0, 0, 0});
        m.setWalkingRadiusKm(1.5);
        m.setTypicalTravelKm(7.0);
        MunicipalitySettings s = MatchingSettings.effective(m);
        assertEquals(new Weights(1, 0, 2, 0, 0, 0), s.weights());
        assertEquals(1.5, s.walkingRadiusKm());
        assertEquals(7.0, s.typicalTravelKm());
        assertEquals(MunicipalitySettings.defaults("nordre-follo").defaultCarTravelKm(), s.defaultCarTravelKm(),
                "what was not set stays default");
    }

    private static List<FieldError> errors(MatchingSettingsJson.WeightsJson weights, Double walking) {
        Violations v = new Violations();
        MatchingSettings.weights(v, weights);
        MatchingSettings.distance(v, "walkingRadiusKm", walking, MatchingSettings.MAX_WALKING_KM);
        try {
            v.throwIfAny();
            return List.of();
        } catch (InvalidInput e) {
            return e.errors();
        }
    }

    private static MatchingSettingsJson.WeightsJson weights(Double... w) {
        var json = new MatchingSettingsJson.WeightsJson();
        json.interest = w[0];
        json.overlap = w[1];
        json.travel = w[2];
        json.continuity = w[3];
        json.fairness = w[4];
        json.targetGroup = w[5];
        return json;
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void eachBadValueIsNamed() {
        assertEquals(List.of(), errors(weights(0.3, 0.15, 0.25, 0.15, 0.1, 0.05), 3.0));
        assertEquals(List.of(), errors(null, null), "left out: defaults");
        assertEquals(List.of("weights.travel"), fields(errors(weights(1.0, 0.0, -0.5, 0.0, 0.0, 0.0), 3.0)));
        assertEquals(List.of("weights"), fields(errors(weights(0.0, 0.0, 0.0, 0.0, 0.0, 0.0), 3.0)));
        assertEquals(List.of("weights.fairness"), fields(errors(weights(1.0, 0.0, 0.0, 0.0, Double.NaN, 0.0), 3.0)));
        assertEquals(List.of("weights.overlap"), fields(errors(weights(1.0, null, 0.0, 0.0, 0.0, 0.0), 3.0)));
        assertEquals(List.of("weights.interest"), fields(errors(weights(101.0, 0.0, 0.0, 0.0, 0.0, 0.0), 3.0)));
        assertEquals(List.of("walkingRadiusKm"), fields(errors(null, 0.0)));
        assertEquals(List.of("walkingRadiusKm"), fields(errors(null, -1.0)));
        assertEquals(List.of("walkingRadiusKm"), fields(errors(null, 51.0)));
    }

    @Test
    void clearedWeightsAreNull() {
        Municipality m = municipality("larvik");
        m.setMatchingWeights(new double[] {1, 1, 1, 1, 1, 1});
        m.setMatchingWeights(null);
        for (Double w : m.getMatchingWeights()) {
            assertNull(w);
        }
        assertThrows(IllegalArgumentException.class, () -> new Weights(0, 0, 0, 0, 0, 0));
    }
}
