package no.sammen.matching.logic;

import java.util.List;
import no.sammen.schedule.WeeklyWindow;

/**
 * One eligible volunteer for one need.
 *
 * @param score                 weighted soft score in [0, 1], rounded to 6 decimals (the planner works on
 *                              exact integers of it)
 * @param distanceKm            null when the need has no location
 * @param overlapMinutesPerWeek minutes a week the volunteer would serve (need windows ∩ availability)
 * @param servedWindows         those windows
 * @param reasons               plain-language explanations in the matcher's language (bokmål unless asked), each true of the numbers here
 */
public record Suggestion(String needId, String volunteerId, double score, Double distanceKm,
        int overlapMinutesPerWeek, List<WeeklyWindow> servedWindows, List<String> sharedInterests,
        List<String> reasons) {
}
