package no.sammen.statistics.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.sammen.matching.entity.Match;
import no.sammen.places.entity.Municipality;
import no.sammen.places.entity.Venue;
import no.sammen.registry.needs.entity.Need;
import no.sammen.statistics.entity.ErasedMatch;

/**
 * Volunteer hours and match counts for a municipality, from live matches and from what is kept of the
 * matches of volunteers who erased themselves. Nothing here names a person.
 */
@ApplicationScoped
@Transactional
public class Statistics {

    @PersistenceContext
    EntityManager em;

    /** Keeps the countable part of a match whose volunteer is being erased; the caller deletes the match. */
    public void keepAnonymised(Match match) {
        var need = match.getNeed();
        em.persist(new ErasedMatch(match.getId(), need.getMunicipality().getId(),
                need.getVenue() == null ? null : need.getVenue().getId(), need.getId(), match.getStatus().name(),
                match.getHoursGiven(), match.getCreatedAt(), Instant.now()));
    }

    /** The report for one municipality, or all when null; {@code from}/{@code to} bound the match date. */
    public Map<String, Object> report(Municipality municipality, LocalDate from, LocalDate to) {
        List<Tally.Row> rows = new ArrayList<>();
        Map<Long, List<String>> interests = new HashMap<>();
        String where = municipality == null ? "" : " WHERE n.municipality = :m";
        var live = em.createQuery("SELECT m.createdAt, m.hoursGiven, m.status, v.id, n.id FROM Match m JOIN m.need n"
                + " LEFT JOIN n.venue v" + where, Object[].class);
        if (municipality != null) {
            live.setParameter("m", municipality);
        }
        List<Object[]> liveRows = live.getResultList();
        var erased = em.createQuery("SELECT e FROM ErasedMatch e"
                + (municipality == null ? "" : " WHERE e.municipalityId = :m"), ErasedMatch.class);
        if (municipality != null) {
            erased.setParameter("m", municipality.getId());
        }
        List<ErasedMatch> erasedRows = erased.getResultList();
        List<Long> needIds = new ArrayList<>();
        liveRows.forEach(r -> needIds.add((Long) r[4]));
        erasedRows.forEach(e -> needIds.add(e.getNeedId()));
        loadInterests(needIds, interests);
        for (Object[] r : liveRows) {
            rows.add(new Tally.Row(instant(r[0]), ((Number) r[1]).doubleValue(), String.valueOf(r[2]), (Long) r[3],
                    interests.getOrDefault((Long) r[4], List.of()), false));
        }
        for (ErasedMatch e : erasedRows) {
            rows.add(new Tally.Row(e.getMatchedAt(), e.getHoursGiven(), e.getStatus(), e.getVenueId(),
                    interests.getOrDefault(e.getNeedId(), List.of()), true));
        }
        Tally tally = new Tally(from, to).addAll(rows);
        return json(municipality, from, to, tally);
    }

    private static Instant instant(Object value) {
        return value instanceof java.sql.Timestamp t ? t.toInstant() : (Instant) value;
    }

    private void loadInterests(List<Long> needIds, Map<Long, List<String>> into) {
        List<Long> ids = needIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
        for (int i = 0; i < ids.size(); i += 500) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + 500));
            em.createQuery("SELECT n FROM Need n WHERE n.id IN :ids", Need.class).setParameter("ids", chunk)
                    .setHint("eclipselink.read-only", "true").getResultList()
                    .forEach(n -> into.put(n.getId(), List.copyOf(n.getInterests())));
        }
    }

    private Map<String, Object> json(Municipality municipality, LocalDate from, LocalDate to, Tally tally) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("municipality", municipality == null ? null : municipality.getSlug());
        json.put("from", from == null ? null : from.toString());
        json.put("to", to == null ? null : to.toString());
        json.put("matches", tally.total().matches());
        json.put("hours", round(tally.total().hours()));
        json.put("matchesOfErasedVolunteers", tally.erased());
        json.put("byStatus", tally.byStatus());
        json.put("months", tally.byMonth().entrySet().stream().map(e -> count("month", e.getKey().toString(), e.getValue()))
                .toList());
        json.put("venues", tally.byVenue().stream().map(e -> {
            Map<String, Object> venue = count("venue", e.getKey(), e.getValue());
            Venue found = e.getKey() == null ? null : em.find(Venue.class, e.getKey());
            venue.put("name", found == null ? null : found.getName());
            return venue;
        }).toList());
        json.put("interests", tally.byInterest().entrySet().stream()
                .map(e -> count("interest", e.getKey(), e.getValue())).toList());
        return json;
    }

    private static Map<String, Object> count(String key, Object value, Tally.Count count) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put(key, value);
        json.put("matches", count.matches());
        json.put("hours", round(count.hours()));
        return json;
    }

    private static double round(double hours) {
        return Math.round(hours * 100) / 100.0;
    }
}
