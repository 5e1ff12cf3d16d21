package no.sammen.matching.boundary;

import no.sammen.matching.logic.MunicipalitySettings;
import no.sammen.matching.logic.Weights;

/**
 * A municipality's matching settings as the API shows and takes them. On PUT a value left out (null) goes
 * back to the municipality's default; {@code weights}, when given, needs all six.
 */
public class MatchingSettingsJson {

    /** The municipality's slug; read-only. */
    public String municipality;
    /** The municipality record's version: send the one you read, a stale one is refused with 409. */
    public Long version;
    public WeightsJson weights;
    /** Travel limit without a car, km (also capped by the volunteer's own limit). */
    public Double walkingRadiusKm;
    /** Distance at which the travel score is one half, km: 15 in Vinje, 3 in Nordre Follo. */
    public Double typicalTravelKm;
    /** Travel limit of a volunteer with a car who gave none, km. */
    public Double defaultCarTravelKm;
    /** What applies with nothing set; read-only. */
    public MatchingSettingsJson defaults;

    /** Relative weights of the soft score; only their ratios matter (the score is their weighted mean). */
    public static class WeightsJson {
        public Double interest;
        public Double overlap;
        public Double travel;
        public Double continuity;
        public Double fairness;
        public Double targetGroup;

        static WeightsJson of(Weights w) {
            WeightsJson json = new WeightsJson();
            json.interest = w.interest();
            json.overlap = w.overlap();
            json.travel = w.travel();
            json.continuity = w.continuity();
            json.fairness = w.fairness();
            json.targetGroup = w.targetGroup();
            return json;
        }
    }

    public static MatchingSettingsJson of(MunicipalitySettings s) {
        MatchingSettingsJson json = new MatchingSettingsJson();
        json.municipality = s.slug();
        json.weights = WeightsJson.of(s.weights());
        json.walkingRadiusKm = s.walkingRadiusKm();
        json.typicalTravelKm = s.typicalTravelKm();
        json.defaultCarTravelKm = s.defaultCarTravelKm();
        return json;
    }
}
