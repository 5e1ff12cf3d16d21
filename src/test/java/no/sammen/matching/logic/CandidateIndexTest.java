package no.sammen.matching.logic;

import static no.sammen.matching.logic.Fixture.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.List;
import java.util.Random;
import no.sammen.geo.GeoPoint;
import org.junit.jupiter.api.Test;

/** The planner's shortcuts must never lose an eligible pair, and must actually save work. */
class CandidateIndexTest {

    private final MunicipalitySettings larvik = MunicipalitySettings.defaults("larvik");

    @Test
    void everyEligibleVolunteerIsACandidateAndMostIneligibleAreNot() {
        Matcher m = new Matcher(larvik, TODAY);
        int eligible = 0;
        int ineligible = 0;
        int ineligibleCandidates = 0;
        for (long seed = 1; seed <= 1000; seed++) {
            RandomRegistry r = new RandomRegistry(seed, TODAY);
            List<NeedSpec> needs = r.needs(4);
            List<VolunteerProfile> vols = r.volunteers(20);
            CandidateIndex index = new CandidateIndex(vols, m);
            for (NeedSpec n : needs) {
                BitSet candidates = index.candidates(n);
                for (int v = 0; v < vols.size(); v++) {
                    if (m.assess(n, vols.get(v)).eligible()) {
                        assertTrue(candidates.get(v), "seed " + seed + " " + n + " / " + vols.get(v));
                        eligible++;
                    } else {
                        ineligible++;
                        ineligibleCandidates += candidates.get(v) ? 1 : 0;
                    }
                }
            }
        }
        System.out.printf("candidate index: %d eligible kept, %d of %d ineligible left to the rules%n", eligible,
                ineligibleCandidates, ineligible);
        assertTrue(eligible > 1000, "the generator must produce eligible pairs");
        assertTrue(ineligibleCandidates < ineligible / 2, "the index must rule out most ineligible pairs");
    }

    @Test
    void quickTravelCheckAgreesWithTheGreatCircleDistance() {
        Random random = new Random(7);
        GeoPoint centre = GeoPoint.of(59.05, 10.03);
        int near = 0;
        for (int i = 0; i < 200_000; i++) {
            GeoPoint place = GeoPoint.of(centre.latitude() + random.nextGaussian() * 0.2,
                    centre.longitude() + random.nextGaussian() * 0.4);
            GeoPoint home = GeoPoint.of(place.latitude() + random.nextGaussian() * 0.1,
                    place.longitude() + random.nextGaussian() * 0.2);
            double limit = 0.5 + random.nextDouble() * 40;
            double exact = home.distanceKm(place);
            assertEquals(exact <= limit, Travel.within(home, place, Travel.kmPerDegreeLongitude(place), limit),
                    home + " → " + place + ": " + exact + " km, limit " + limit);
            if (Math.abs(exact - limit) < 0.2) {
                near++;
            }
        }
        assertTrue(near > 100, "the sample must include pairs near the limit");
    }
}
