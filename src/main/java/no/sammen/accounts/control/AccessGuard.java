package no.sammen.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import no.sammen.accounts.entity.Account;
import no.sammen.accounts.entity.Role;
import no.sammen.matching.entity.Match;
import no.sammen.places.entity.Area;
import no.sammen.places.entity.Municipality;
import no.sammen.places.entity.Venue;
import no.sammen.platform.Forbidden;
import no.sammen.platform.RecordAccess;
import no.sammen.registry.activities.entity.Activity;
import no.sammen.registry.needs.entity.Need;
import no.sammen.registry.organisations.entity.Organisation;
import no.sammen.registry.volunteers.entity.Volunteer;

/**
 * The data-level rules for every registry record, applied where each read, write and delete happens:
 * a coordinator works only within their municipality, a volunteer only on their own profile. Endpoints say
 * which roles may call them; this says which records. Work done by the system itself (seed, start-up) and by
 * admins is not limited.
 */
@ApplicationScoped
public class AccessGuard {

    @Inject
    CurrentUser user;

    @Inject
    no.sammen.audit.control.AuditLog audit;

    @Inject
    BeanManager beans;

    void check(@Observes RecordAccess access) {
        if (!beans.getContext(RequestScoped.class).isActive()) {
            return; // no request: the system itself at start-up
        }
        if (!user.isAuthenticated()) {
            return;
        }
        Object record = access.entity();
        boolean personal = record instanceof Volunteer || record instanceof Need || record instanceof Match;
        if (access.kind() == RecordAccess.Kind.READ && !personal) {
            return; // the catalogue is public
        }
        if (!user.is(Role.ADMIN)) {
            allow(record);
        }
        if (personal) {
            String type = record instanceof Volunteer ? "volunteer" : record instanceof Need ? "need" : "match";
            audit.record(user.username(), access.kind().name(), type, idOf(record),
                    no.sammen.audit.control.AuditLog.PERSONAL_FIELDS.get(type));
        }
    }

    private void allow(Object record) {
        if (user.is(Role.VOLUNTEER)) {
            Long own = user.account().map(Account::getVolunteer).map(Volunteer::getId).orElse(null);
            Volunteer subject = record instanceof Volunteer v ? v : record instanceof Match m ? m.getVolunteer() : null;
            if (own != null && subject != null && own.equals(subject.getId())) {
                return;
            }
        }
        if (user.is(Role.INSTITUTION)) {
            Need need = record instanceof Need n ? n : record instanceof Match m ? m.getNeed() : null;
            var venues = user.account().map(Account::getVenues).orElse(java.util.Set.of());
            if (need != null && need.getVenue() != null
                    && venues.stream().anyMatch(v -> v.getId().equals(need.getVenue().getId()))) {
                return;
            }
        }
        String own = user.coordinatorMunicipality().orElse(null);
        Municipality of = municipalityOf(record);
        if (own == null || of == null || !own.equals(of.getSlug())) {
            throw new Forbidden("This record belongs to another municipality, or is not yours.");
        }
    }

    private static Long idOf(Object record) {
        return record instanceof no.sammen.platform.RegistryRecord r ? r.getId() : null;
    }

    static Municipality municipalityOf(Object record) {
        if (record instanceof Municipality m) {
            return m;
        }
        if (record instanceof Area a) {
            return a.getMunicipality();
        }
        if (record instanceof Venue v) {
            return v.getMunicipality();
        }
        if (record instanceof Organisation o) {
            return o.getMunicipality();
        }
        if (record instanceof Activity a) {
            return a.getMunicipality();
        }
        if (record instanceof Need n) {
            return n.getMunicipality();
        }
        if (record instanceof Volunteer v) {
            return v.getMunicipality();
        }
        if (record instanceof Match m) {
            return m.getNeed() == null ? null : m.getNeed().getMunicipality();
        }
        return null;
    }
}
