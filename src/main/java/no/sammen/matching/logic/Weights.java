package no.sammen.matching.logic;

/**
 * Weights of the soft score; the score is the weighted mean of components in [0, 1], so it is in [0, 1] too.
 * Defaults ({@link #DEFAULT}): interest 0.30, travel 0.25, overlap 0.15, continuity 0.15, fairness 0.10,
 * target-group experience 0.05. Interest and travel lead because coordinators match on "what do you like"
 * and "can you get there"; continuity matters for one-to-one pairs; fairness keeps load spread.
 */
public record Weights(double interest, double overlap, double travel, double continuity, double fairness,
        double targetGroup) {

    public static final Weights DEFAULT = new Weights(0.30, 0.15, 0.25, 0.15, 0.10, 0.05);

    public Weights {
        double[] all = {interest, overlap, travel, continuity, fairness, targetGroup};
        double sum = 0;
        for (double w : all) {
            if (w < 0 || !Double.isFinite(w)) {
                throw new IllegalArgumentException("weights must be finite and >= 0");
            }
            sum += w;
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("at least one weight must be > 0");
        }
    }

    double sum() {
        return interest + overlap + travel + continuity + fairness + targetGroup;
    }
}
