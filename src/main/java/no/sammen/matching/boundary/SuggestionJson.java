package no.sammen.matching.boundary;

import java.util.List;
import no.sammen.matching.logic.Rule;
import no.sammen.matching.logic.Suggestion;

/** One explained suggestion: who (or what), how good, and why, in plain Norwegian. */
public class SuggestionJson {

    public String need;
    public String title;
    public Long volunteer;
    public String name;
    public double score;
    public Double distanceKm;
    public int overlapMinutesPerWeek;
    public List<String> sharedInterests;
    public List<String> reasons;

    public static SuggestionJson of(Suggestion s) {
        SuggestionJson json = new SuggestionJson();
        json.need = s.needId();
        json.volunteer = Long.valueOf(s.volunteerId());
        json.score = Math.round(s.score() * 1000) / 1000.0;
        json.distanceKm = s.distanceKm() == null ? null : Math.round(s.distanceKm() * 10) / 10.0;
        json.overlapMinutesPerWeek = s.overlapMinutesPerWeek();
        json.sharedInterests = s.sharedInterests();
        json.reasons = s.reasons();
        return json;
    }

    /** {"DISTANCE": 3, …}: how many candidates each hard rule ruled out, in the order the rules are checked. */
    public static java.util.Map<String, Integer> excluded(java.util.Map<Rule, Integer> excluded) {
        java.util.Map<String, Integer> json = new java.util.LinkedHashMap<>();
        new java.util.TreeMap<>(excluded).forEach((rule, count) -> json.put(rule.name(), count));
        return json;
    }

    /** {"DISTANCE": "innenfor egen reiseavstand; …"}: what each rule that excluded someone demands, in {@code lang}. */
    public static java.util.Map<String, String> rules(java.util.Map<Rule, Integer> excluded,
            no.sammen.matching.logic.Explanations lang) {
        java.util.Map<String, String> json = new java.util.LinkedHashMap<>();
        new java.util.TreeMap<>(excluded).keySet().forEach(rule -> json.put(rule.name(), rule.demand(lang)));
        return json;
    }
}
