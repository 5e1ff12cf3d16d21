package no.sammen.search.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.CharArrayMap;

/**
 * The equivalence lines of {@code synonyms.txt} as groups of stems, each named by one index term ({@code
 * =sykehjem} for sykehjem, sjukeheim, omsorgssenter, helsehus). The index carries a word's group term next to the
 * word itself ({@link SynonymGroupFilter}), so a query for any member is one term query on the group: Lucene can
 * then skip documents that cannot reach the page, which it cannot do for a disjunction of every member in every
 * field (BENCHMARKS.md 3a⁗).
 *
 * <p>Only one-word members count; multi-word entries ({@code digital hjelp}) and one-way lines ({@code a => b})
 * stay query-time expansions of {@link UserQuery}. A stem in several lines belongs to several groups.
 */
final class SynonymGroups {
    /** Cannot start a word: the standard tokenizer never emits it, so a group term never meets a real one. */
    static final String PREFIX = "=";

    private final CharArrayMap<List<String>> groupsByStem;

    private SynonymGroups(Map<String, List<String>> groupsByStem) {
        CharArrayMap<List<String>> map = new CharArrayMap<>(groupsByStem.size(), false);
        groupsByStem.forEach((stem, groups) -> map.put(stem, List.copyOf(groups)));
        this.groupsByStem = CharArrayMap.unmodifiableMap(map);
    }

    /**
     * @param lines the file's lines without comments
     * @param stem the analysis of one entry: its single stem, or null when it is not exactly one word
     */
    static SynonymGroups of(List<String> lines, Function<String, String> stem) {
        Map<String, List<String>> groups = new HashMap<>();
        for (String line : lines) {
            if (line.contains("=>")) {
                continue;
            }
            Set<String> members = new LinkedHashSet<>();
            for (String entry : line.split(",")) {
                String stemmed = entry.isBlank() ? null : stem.apply(entry.strip());
                if (stemmed != null) {
                    members.add(stemmed);
                }
            }
            if (members.size() < 2) {
                continue;
            }
            String group = PREFIX + members.iterator().next();
            for (String member : members) {
                List<String> of = groups.computeIfAbsent(member, m -> new ArrayList<>(1));
                if (!of.contains(group)) {
                    of.add(group);
                }
            }
        }
        return new SynonymGroups(groups);
    }

    /** The group terms of a stem, empty when it is in no group. */
    List<String> of(String stem) {
        List<String> groups = groupsByStem.get(stem);
        return groups == null ? List.of() : groups;
    }

    /** The group terms of a token's term, without building a String for every token of the index. */
    List<String> of(char[] buffer, int length) {
        List<String> groups = groupsByStem.get(buffer, 0, length);
        return groups == null ? List.of() : groups;
    }
}
