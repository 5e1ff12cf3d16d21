package no.sammen.matching.control;

import jakarta.enterprise.context.ApplicationScoped;
import no.sammen.matching.boundary.MatchJson;
import no.sammen.matching.entity.Match;
import no.sammen.matching.entity.MatchStatus;
import no.sammen.places.entity.Area;
import no.sammen.places.entity.Municipality;
import no.sammen.platform.Conflict;
import no.sammen.platform.InvalidInput;
import no.sammen.platform.Listing;
import no.sammen.platform.Page;
import no.sammen.platform.PageRequest;
import no.sammen.platform.Ref;
import no.sammen.platform.Registry;
import no.sammen.platform.Violations;
import no.sammen.registry.needs.entity.Need;
import no.sammen.registry.volunteers.entity.Volunteer;

/** Matches and their lifecycle; a new match always starts as PROPOSED and moves by legal steps only. */
@ApplicationScoped
public class Matches extends Registry<Match, MatchJson> {

    @jakarta.inject.Inject
    jakarta.enterprise.event.Event<no.sammen.platform.RecordChanged> created;

    @jakarta.inject.Inject
    no.sammen.accounts.control.CurrentUser user;

    @jakarta.inject.Inject
    no.sammen.accounts.control.Access access;

    @Override
    protected Class<Match> type() {
        return Match.class;
    }

    @Override
    protected String noun() {
        return "match";
    }

    @Override
    protected Match newEntity() {
        throw new UnsupportedOperationException("matches are created from a need and a volunteer");
    }

    public Page<MatchJson> list(Municipality municipality, Area area, MatchStatus status, Long needId,
            Long volunteerId, PageRequest page) {
        return Listing.of(em, Match.class).where("e.need.municipality", municipality).where("e.need.area", area)
                .where("e.status", status).where("e.need.id", needId).where("e.volunteer.id", volunteerId)
                .page(page, this::view);
    }

    @Override
    public MatchJson create(MatchJson json) {
        if (json == null) {
            throw InvalidInput.of("body", "a JSON object is required");
        }
        Violations v = new Violations();
        Need need = resolve(v, "need", json.need, Need.class);
        Volunteer volunteer = resolve(v, "volunteer", json.volunteer, Volunteer.class);
        String note = v.text("note", json.note, 2000);
        if (json.status != null && MatchStatus.parse(json.status) != MatchStatus.PROPOSED) {
            v.add("status", "a new match starts as PROPOSED; change its status afterwards with PUT");
        }
        if (need != null && volunteer != null && !need.getMunicipality().getId().equals(volunteer.getMunicipality().getId())) {
            v.add("volunteer", "lives in another municipality than the need");
        }
        v.throwIfAny();
        long open = em.createQuery("SELECT COUNT(m) FROM Match m WHERE m.need = :n AND m.volunteer = :v"
                        + " AND m.status NOT IN (:declined, :ended)", Long.class)
                .setParameter("n", need).setParameter("v", volunteer)
                .setParameter("declined", MatchStatus.DECLINED).setParameter("ended", MatchStatus.ENDED)
                .getSingleResult();
        if (open > 0) {
            throw new Conflict("volunteer", "This volunteer already has an open match for this need");
        }
        Match match = new Match(need, volunteer, note);
        accesses.fire(new no.sammen.platform.RecordAccess(match, no.sammen.platform.RecordAccess.Kind.WRITE));
        match.setProvenance("USER", null);
        em.persist(match);
        em.flush();
        // as Registry.create does: the volunteer's cached matching profile (ProfileCache) must see the new match
        created.fire(new no.sammen.platform.RecordChanged(Match.class, match.getId(), match));
        return view(match);
    }

    @Override
    protected void apply(MatchJson json, Match match, Violations v) {
        if (json.need != null && !json.need.equals(Ref.id(match.getNeed().getId()))) {
            v.add("need", "cannot be changed; end this match and propose a new one");
        }
        if (json.volunteer != null && !json.volunteer.equals(Ref.id(match.getVolunteer().getId()))) {
            v.add("volunteer", "cannot be changed; end this match and propose a new one");
        }
        MatchStatus target = v.enumValue("status", json.status, MatchStatus.class, MatchStatus::parse, false);
        if (user.is(no.sammen.accounts.entity.Role.VOLUNTEER)) {
            // A volunteer answers a proposal: yes or no, nothing else.
            if (target != MatchStatus.ACCEPTED && target != MatchStatus.DECLINED) {
                v.add("status", "a volunteer can answer ACCEPTED or DECLINED");
            }
            if (json.hoursGiven != null && json.hoursGiven != match.getHoursGiven()) {
                v.add("hoursGiven", "is recorded by the coordinator");
            }
        }
        boolean institution = user.is(no.sammen.accounts.entity.Role.INSTITUTION);
        if (institution && v.isEmpty()) {
            // An institution takes in a volunteer who said yes, or declines a proposal; nothing else (403).
            access.requireMatchStep(match, target,
                    json.hoursGiven != null && json.hoursGiven != match.getHoursGiven());
        }
        String note = v.text("note", json.note, institution ? 500 : 2000);
        Double hours = v.number("hoursGiven", json.hoursGiven, 0, 100_000);
        if (hours != null && hours < match.getHoursGiven()) {
            v.add("hoursGiven", "cannot go down; it counts hours already given");
        }
        if (!v.isEmpty()) {
            return;
        }
        match.moveTo(target == null ? match.getStatus() : target, note);
        if (hours != null) {
            match.setHoursGiven(hours);
        }
    }

    @Override
    protected MatchJson view(Match match) {
        return MatchJson.of(match);
    }

    private <T> T resolve(Violations v, String field, Ref ref, Class<T> type) {
        if (ref == null || ref.id() == null) {
            v.add(field, "is required, as an id");
            return null;
        }
        T found = em.find(type, ref.id());
        if (found == null) {
            v.add(field, "no " + field + " with id " + ref.id());
        }
        return found;
    }
}
