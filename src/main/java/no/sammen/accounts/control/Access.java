package no.sammen.accounts.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import no.sammen.accounts.entity.Account;
import no.sammen.accounts.entity.Role;
import no.sammen.matching.entity.Match;
import no.sammen.matching.entity.MatchStatus;
import no.sammen.places.entity.Municipality;
import no.sammen.platform.Forbidden;
import no.sammen.registry.volunteers.entity.Volunteer;

/**
 * The data-level rules in one place: a coordinator acts only within their municipality, a volunteer only on
 * their own profile, an institution only on needs (and their matches) at its own venues; an admin everywhere. Endpoints declare the roles; these checks decide the records.
 */
@RequestScoped
public class Access {

    @Inject
    CurrentUser user;

    /** For work within a municipality (its registry, its plans). */
    public void requireMunicipality(Municipality municipality) {
        if (user.is(Role.ADMIN)) {
            return;
        }
        String own = user.coordinatorMunicipality().orElse(null);
        if (own == null || municipality == null || !own.equals(municipality.getSlug())) {
            throw new Forbidden("This belongs to another municipality than yours.");
        }
    }

    /**
     * The municipality a list is limited to: a coordinator always sees their own, and asking for another is
     * refused; others get what they asked for.
     */
    public Municipality scope(Municipality requested) {
        if (user.is(Role.ADMIN) || !user.is(Role.COORDINATOR)) {
            return requested;
        }
        Municipality own = user.account().map(Account::getMunicipality).orElse(null);
        if (own == null || (requested != null && !requested.getId().equals(own.getId()))) {
            throw new Forbidden("You work for another municipality.");
        }
        return own;
    }

    @Inject
    no.sammen.audit.control.AuditLog audit;

    /** Lists of personal records are reads too: the audit names which records were shown, not what they hold. */
    public <T extends no.sammen.platform.RecordJson> no.sammen.platform.Page<T> audited(String type,
            no.sammen.platform.Page<T> page) {
        if (user.isAuthenticated() && !page.items().isEmpty()) {
            String ids = page.items().stream().map(r -> String.valueOf(r.id)).collect(java.util.stream.Collectors.joining(","));
            audit.record(user.username(), "LIST", type, null, "ids " + ids + "; fields "
                    + no.sammen.audit.control.AuditLog.PERSONAL_FIELDS.get(type));
        }
        return page;
    }

    /** The venues an institution acts for, or null for everyone else (no venue limit). */
    public java.util.Set<Long> institutionVenues() {
        if (!user.is(Role.INSTITUTION)) {
            return null;
        }
        return user.account().map(a -> a.getVenues().stream().map(no.sammen.places.entity.Venue::getId)
                .collect(java.util.stream.Collectors.toSet())).orElse(java.util.Set.of());
    }

    /** The volunteer a volunteer account is, or null for other roles. */
    public Long ownVolunteer() {
        if (!user.is(Role.VOLUNTEER)) {
            return null;
        }
        return user.account().map(Account::getVolunteer).map(Volunteer::getId).orElse(-1L);
    }

    /** The only steps an institution may take on a match: from → to. */
    private static final java.util.Map<MatchStatus, java.util.Set<MatchStatus>> INSTITUTION_STEPS = java.util.Map.of(
            MatchStatus.PROPOSED, java.util.EnumSet.of(MatchStatus.DECLINED),
            MatchStatus.CONTACTED, java.util.EnumSet.of(MatchStatus.DECLINED),
            MatchStatus.ACCEPTED, java.util.EnumSet.of(MatchStatus.ACTIVE, MatchStatus.DECLINED));

    /**
     * What an institution may do to a match of a need at one of its own venues: take in a volunteer who has said
     * yes (ACCEPTED → ACTIVE, «Vi tar imot») or say that a proposal does not suit them (PROPOSED, CONTACTED or
     * ACCEPTED → DECLINED), with a note if they like. Anything else — another venue's match, another step, hours —
     * is refused (403). Other roles are not limited here (a volunteer's answers are checked with the match).
     *
     * @param hoursChanged whether the change would also set the hours given
     */
    public void requireMatchStep(Match match, MatchStatus target, boolean hoursChanged) {
        if (!user.is(Role.INSTITUTION)) {
            return;
        }
        java.util.Set<Long> venues = institutionVenues();
        var venue = match.getNeed() == null ? null : match.getNeed().getVenue();
        if (venue == null || !venues.contains(venue.getId())) {
            throw new Forbidden("This match is for a need at another venue than yours.");
        }
        if (hoursChanged) {
            throw new Forbidden("The hours given are recorded by the coordinator.");
        }
        if (target == null || !INSTITUTION_STEPS.getOrDefault(match.getStatus(), java.util.Set.of()).contains(target)) {
            throw new Forbidden("An institution can take in a volunteer who has said yes (ACCEPTED to ACTIVE) or decline"
                    + " a proposal (PROPOSED, CONTACTED or ACCEPTED to DECLINED); not " + match.getStatus() + " to "
                    + (target == null ? match.getStatus() : target) + ".");
        }
    }
}
