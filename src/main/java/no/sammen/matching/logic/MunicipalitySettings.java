package no.sammen.matching.logic;

import java.util.Locale;

/**
 * Per-municipality matching settings.
 *
 * <p>Defaults ({@link #defaults(String)}), km: walking radius 3 everywhere (Larvik's «om lag 3 km»);
 * typical travel / default car limit: porsgrunn 4 / 20, larvik 5 / 30, nordre-follo 3 / 15 (dense, short
 * trips), vinje 15 / 60 (sparse: Åmot–Rauland is 14 km), nome 8 / 35; any other municipality 5 / 25.
 *
 * @param walkingRadiusKm  limit without a car (combined with the volunteer's own limit by min)
 * @param typicalTravelKm  distance at which the travel score is one half; makes 15 km normal in Vinje but far
 *                         in Nordre Follo
 * @param defaultCarTravelKm limit with a car when the volunteer gave none
 */
public record MunicipalitySettings(String slug, double walkingRadiusKm, double typicalTravelKm,
        double defaultCarTravelKm, Weights weights) {

    public static final double DEFAULT_WALKING_RADIUS_KM = 3.0;

    public MunicipalitySettings {
        if (!(walkingRadiusKm > 0) || !(typicalTravelKm > 0) || !(defaultCarTravelKm > 0)) {
            throw new IllegalArgumentException("distances must be > 0");
        }
        weights = weights == null ? Weights.DEFAULT : weights;
    }

    public static MunicipalitySettings defaults(String slug) {
        String key = slug == null ? "" : slug.toLowerCase(Locale.ROOT);
        return switch (key) {
            case "porsgrunn" -> new MunicipalitySettings(key, DEFAULT_WALKING_RADIUS_KM, 4, 20, Weights.DEFAULT);
            case "larvik" -> new MunicipalitySettings(key, DEFAULT_WALKING_RADIUS_KM, 5, 30, Weights.DEFAULT);
            case "nordre-follo" -> new MunicipalitySettings(key, DEFAULT_WALKING_RADIUS_KM, 3, 15, Weights.DEFAULT);
            case "vinje" -> new MunicipalitySettings(key, DEFAULT_WALKING_RADIUS_KM, 15, 60, Weights.DEFAULT);
            case "nome" -> new MunicipalitySettings(key, DEFAULT_WALKING_RADIUS_KM, 8, 35, Weights.DEFAULT);
            default -> new MunicipalitySettings(key, DEFAULT_WALKING_RADIUS_KM, 5, 25, Weights.DEFAULT);
        };
    }

    public MunicipalitySettings withWalkingRadiusKm(double km) {
        return new MunicipalitySettings(slug, km, typicalTravelKm, defaultCarTravelKm, weights);
    }

    public MunicipalitySettings withWeights(Weights w) {
        return new MunicipalitySettings(slug, walkingRadiusKm, typicalTravelKm, defaultCarTravelKm, w);
    }
}
