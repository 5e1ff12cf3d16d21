package no.sammen.matching.logic;

import no.sammen.geo.GeoPoint;

/**
 * Whether a home is within a travel limit of a place, deciding most pairs with a flat-earth estimate (good to
 * well under 1 % at these distances) and only those near the limit with the great-circle distance the travel
 * rule uses, so the answer is always the rule's own. The planner asks this for millions of pairs.
 */
final class Travel {

    private static final double KM_PER_DEGREE = 111.2;

    private Travel() {
    }

    /** Km per degree of longitude at the place's latitude, for {@link #within}. */
    static double kmPerDegreeLongitude(GeoPoint place) {
        return KM_PER_DEGREE * Math.cos(Math.toRadians(place.latitude()));
    }

    static boolean within(GeoPoint home, GeoPoint place, double kmPerDegreeLongitude, double limitKm) {
        double dy = (home.latitude() - place.latitude()) * KM_PER_DEGREE;
        double dx = (home.longitude() - place.longitude()) * kmPerDegreeLongitude;
        double squared = dx * dx + dy * dy;
        double outside = limitKm * 1.02 + 0.1;
        if (squared > outside * outside) {
            return false;
        }
        double inside = limitKm * 0.98 - 0.1;
        if (inside > 0 && squared < inside * inside) {
            return true;
        }
        return home.distanceKm(place) <= limitKm;
    }
}
