package no.sammen.matching.logic;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import no.sammen.search.analysis.AnalyzedTerms;

/**
 * Ranks offers (tilbud) for a resident: those that fit what they asked for first, and among those group offers
 * before one-to-one help («Gruppetilbud fremfor individuelle tilbud», Nordre Follo), then by interest, nearness
 * and target group. Plain Java: the resident is not stored anywhere.
 */
public final class OfferRanking {

    private OfferRanking() {
    }

    /** An offer as the ranking sees it; {@code group} is false for one-to-one help. */
    public record Offer(long id, String title, List<String> interests, List<String> targetGroups, boolean group,
            Double distanceKm, LocalDateTime next) {
    }

    public record Ranked(Offer offer, double score, boolean fits, List<String> sharedInterests, List<String> reasons) {
    }

    /** Ranked with reasons in bokmål. */
    public static List<Ranked> rank(Collection<Offer> offers, Collection<String> wanted, String targetGroup,
            double typicalTravelKm) {
        return rank(offers, wanted, targetGroup, typicalTravelKm, Explanations.NB);
    }

    /** Ranked with reasons in the given language; the order does not depend on it. */
    public static List<Ranked> rank(Collection<Offer> offers, Collection<String> wanted, String targetGroup,
            double typicalTravelKm, Explanations explain) {
        List<Ranked> ranked = new ArrayList<>();
        for (Offer offer : offers) {
            ranked.add(score(offer, wanted, targetGroup, typicalTravelKm, explain));
        }
        ranked.sort(Comparator.comparing(Ranked::fits).reversed()
                .thenComparing(r -> r.offer().group(), Comparator.reverseOrder())
                .thenComparing(Comparator.comparingDouble(Ranked::score).reversed())
                .thenComparingLong(r -> r.offer().id()));
        return ranked;
    }

    static Ranked score(Offer offer, Collection<String> wanted, String targetGroup, double typicalTravelKm,
            Explanations explain) {
        List<String> reasons = new ArrayList<>();
        List<String> shared = shared(wanted, offer.interests());
        double interest = wanted.isEmpty() ? 0.5 : (double) shared.size() / wanted.size();
        double closeness = offer.distanceKm() == null ? 0.5 : 1 / (1 + offer.distanceKm() / typicalTravelKm);
        boolean forGroup = targetGroup == null || offer.targetGroups().contains(targetGroup)
                || offer.targetGroups().contains("alle");
        double score = 0.5 * interest + 0.3 * closeness + 0.2 * (forGroup ? 1 : 0);
        reasons.add(explain.offerKind(offer.group()));
        if (offer.distanceKm() != null) {
            reasons.add(explain.away(offer.distanceKm()));
        }
        if (!shared.isEmpty()) {
            reasons.add(explain.sharedInterest(shared));
        }
        if (targetGroup != null && forGroup) {
            reasons.add(explain.offerFor(offer.targetGroups().contains(targetGroup) ? targetGroup : null));
        }
        if (offer.next() != null) {
            reasons.add(explain.next(offer.next()));
        }
        boolean fits = (wanted.isEmpty() || !shared.isEmpty()) && forGroup;
        return new Ranked(offer, score, fits, shared, reasons);
    }

    /** Wanted interests met by the offer, matched through the search analysis (bokmål/nynorsk, compounds). */
    static List<String> shared(Collection<String> wanted, Collection<String> offered) {
        Set<String> offeredTerms = new LinkedHashSet<>();
        offered.forEach(o -> offeredTerms.addAll(AnalyzedTerms.forMatching(o)));
        List<String> shared = new ArrayList<>();
        for (String w : wanted) {
            Set<String> terms = AnalyzedTerms.forMatching(w);
            if (terms.stream().anyMatch(offeredTerms::contains)) {
                shared.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return shared;
    }
}
