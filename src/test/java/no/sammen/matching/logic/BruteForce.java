package no.sammen.matching.logic;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/** Exhaustive search over every assignment, for tiny instances: the best total in score micro-units. */
final class BruteForce {

    private final List<NeedSpec> needs;
    private final List<VolunteerProfile> volunteers;
    private final Suggestion[][] options;
    private final long[] remaining;
    private final long[] used;
    private final List<List<BitSet>> taken = new ArrayList<>();
    private long best;

    BruteForce(Matcher matcher, List<NeedSpec> needs, List<VolunteerProfile> volunteers) {
        this.needs = needs;
        this.volunteers = volunteers;
        options = new Suggestion[needs.size()][volunteers.size()];
        for (int n = 0; n < needs.size(); n++) {
            for (int v = 0; v < volunteers.size(); v++) {
                Assessment a = matcher.assess(needs.get(n), volunteers.get(v));
                options[n][v] = a.eligible() ? a.suggestion() : null;
            }
        }
        remaining = new long[volunteers.size()];
        used = new long[volunteers.size()];
        for (int v = 0; v < volunteers.size(); v++) {
            VolunteerProfile p = volunteers.get(v);
            remaining[v] = p.maxHoursPerWeek() == null ? Long.MAX_VALUE
                    : (long) Math.floor(p.maxHoursPerWeek() * 60 + 1e-9) - p.committedMinutes();
            taken.add(new ArrayList<>());
        }
    }

    long best() {
        best = 0;
        search(0, 0, 0, 0);
        return best;
    }

    /** Need n, considering volunteers from v on, with {@code slots} already filled for n. */
    private void search(int n, int v, int slots, long total) {
        if (n == needs.size()) {
            best = Math.max(best, total);
            return;
        }
        if (v == volunteers.size() || slots == needs.get(n).volunteersNeeded()) {
            search(n + 1, 0, 0, total);
            return;
        }
        search(n, v + 1, slots, total);
        Suggestion s = options[n][v];
        if (s == null) {
            return;
        }
        BitSet mine = Oracle.minutes(s.servedWindows());
        if (remaining[v] != Long.MAX_VALUE && used[v] + mine.cardinality() > remaining[v]) {
            return;
        }
        for (BitSet other : taken.get(v)) {
            if (other.intersects(mine)) {
                return;
            }
        }
        used[v] += mine.cardinality();
        taken.get(v).add(mine);
        search(n, v + 1, slots + 1, total + Math.round(s.score() * 1_000_000L));
        taken.get(v).remove(taken.get(v).size() - 1);
        used[v] -= mine.cardinality();
    }
}
