package no.sammen.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class GeoPointTest {

    @Test
    void distanceBetweenLarvikAndStavernIsAboutSixKilometres() {
        GeoPoint larvik = GeoPoint.of(59.053, 10.027);
        GeoPoint stavern = GeoPoint.of(58.998, 10.035);
        assertEquals(6.1, larvik.distanceKm(stavern), 0.2);
        assertEquals(larvik.distanceKm(stavern), stavern.distanceKm(larvik), 1e-9);
    }

    @Test
    void ruralDistancesAreLong() {
        // Åmot to Haukeli in Vinje: about 52 km as the crow flies (27 km north, 44 km west).
        assertEquals(51.5, GeoPoint.of(59.575, 7.990).distanceKm(GeoPoint.of(59.820, 7.210)), 1);
    }

    @Test
    void coordinatesOutOfRangeAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> GeoPoint.of(91, 10));
        assertThrows(IllegalArgumentException.class, () -> GeoPoint.of(59, 181));
        assertFalse(GeoPoint.isValid(Double.NaN, 10));
    }
}
