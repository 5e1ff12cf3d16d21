package no.sammen.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import no.sammen.accounts.boundary.AccountJson;
import no.sammen.accounts.entity.Account;
import no.sammen.accounts.entity.Role;
import no.sammen.audit.control.AuditLog;
import no.sammen.places.control.Places;
import no.sammen.places.entity.Municipality;
import no.sammen.places.entity.Venue;
import no.sammen.platform.Conflict;
import no.sammen.platform.Ids;
import no.sammen.platform.InvalidInput;
import no.sammen.platform.NotFound;
import no.sammen.platform.Page;
import no.sammen.platform.PageRequest;
import no.sammen.platform.Violations;
import no.sammen.registry.organisations.entity.Organisation;
import no.sammen.registry.volunteers.entity.Volunteer;

/**
 * Accounts as admins manage them: each role bound to what it acts for (a coordinator to a municipality, an
 * institution to venues, a volunteer to their profile), validated whole before anything is written. Every
 * change is audited by field name, never value; the last enabled administrator cannot be demoted or disabled.
 */
@ApplicationScoped
@Transactional
public class AccountAdmin {

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Passwords passwords;

    @Inject
    Places places;

    @Inject
    BasicCache basicCache;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    /**
     * Accounts by role and by the municipality they act in: a coordinator's own, a volunteer's profile's, an
     * institution's venues'.
     */
    public Page<AccountJson> list(Role role, Municipality municipality, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (role != null) {
            where.append(" AND a.role = :role");
        }
        if (municipality != null) {
            where.append(" AND (a.municipality = :m OR vol.municipality = :m OR EXISTS (SELECT ve FROM Account a2"
                    + " JOIN a2.venues ve WHERE a2 = a AND ve.municipality = :m))");
        }
        String from = " FROM Account a LEFT JOIN a.volunteer vol" + where;
        var count = em.createQuery("SELECT COUNT(a)" + from, Long.class);
        var select = em.createQuery("SELECT a" + from + " ORDER BY a.username", Account.class);
        if (role != null) {
            count.setParameter("role", role);
            select.setParameter("role", role);
        }
        if (municipality != null) {
            count.setParameter("m", municipality);
            select.setParameter("m", municipality);
        }
        List<AccountJson> items = select.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList()
                .stream().map(AccountJson::of).toList();
        return new Page<>(items, count.getSingleResult(), page.offset(), page.limit());
    }

    public AccountJson find(long id) {
        Account account = entity(id);
        audit.record(user.username(), "READ", "account", id, AuditLog.PERSONAL_FIELDS.get("account"));
        return AccountJson.of(account);
    }

    public AccountJson create(AccountJson.Input in) {
        if (in == null) {
            throw InvalidInput.of("body", "a JSON object is required");
        }
        Violations v = new Violations();
        String username = v.email("username", in.username, true);
        String weakness = Passwords.weakness(in.password);
        if (weakness != null) {
            v.add("password", weakness);
        }
        Account account = new Account();
        apply(in, account, v);
        v.throwIfAny();
        if (accounts.byUsername(username).isPresent()) {
            throw new Conflict("username", "This username is taken.");
        }
        account.setUsername(username);
        account.setPasswordHash(passwords.hash(in.password));
        account.setProvenance("USER", null);
        em.persist(account);
        em.flush();
        audit.record(user.username(), "CREATE", "account", account.getId(), AuditLog.PERSONAL_FIELDS.get("account"));
        return AccountJson.of(account);
    }

    public AccountJson update(long id, AccountJson.Input in) {
        Account account = entity(id);
        if (in == null) {
            throw InvalidInput.of("body", "a JSON object is required");
        }
        Ids.requireVersion(in.version, account.getVersion());
        Violations v = new Violations();
        if (in.username != null && !Accounts.normalise(in.username).equals(account.getUsername())) {
            v.add("username", "cannot be changed; create a new account");
        }
        if (in.password != null) {
            v.add("password", "is changed with POST /api/admin/accounts/{id}/password");
        }
        boolean wasActiveAdmin = account.getRole() == Role.ADMIN && account.isEnabled();
        List<String> changed = apply(in, account, v);
        v.throwIfAny();
        if (wasActiveAdmin && (account.getRole() != Role.ADMIN || !account.isEnabled()) && otherActiveAdmins(id) == 0) {
            throw new Conflict(account.getRole() != Role.ADMIN ? "role" : "enabled",
                    "This is the last enabled administrator; make another one first.");
        }
        em.flush();
        basicCache.clear(); // remembered HTTP Basic logins carry the old role
        if (!changed.isEmpty()) {
            audit.record(user.username(), "WRITE", "account", id, String.join(",", changed));
        }
        return AccountJson.of(account);
    }

    public void resetPassword(long id, AccountJson.PasswordReset reset) {
        Account account = entity(id);
        String weakness = Passwords.weakness(reset == null ? null : reset.password);
        if (weakness != null) {
            throw InvalidInput.of("password", weakness);
        }
        account.setPasswordHash(passwords.hash(reset.password));
        account.setFailedLogins(0);
        account.setLockedUntil(null);
        basicCache.clear();
        audit.record(user.username(), "WRITE", "account", id, "password");
    }

    private Account entity(long id) {
        Account account = em.find(Account.class, id);
        if (account == null) {
            throw new NotFound("account", id);
        }
        return account;
    }

    private long otherActiveAdmins(long id) {
        return em.createQuery("SELECT a FROM Account a WHERE a.role = :r AND a.id <> :id", Account.class)
                .setParameter("r", Role.ADMIN).setParameter("id", id).getResultStream()
                .filter(Account::isEnabled).count();
    }

    /** Validates role, bindings and enabled onto the account; returns the names of the fields that changed. */
    private List<String> apply(AccountJson.Input in, Account account, Violations v) {
        Role role = role(in, v);
        Municipality municipality = places.municipality(v, "municipality", in.municipality, role == Role.COORDINATOR);
        if (municipality != null && role != null && role != Role.COORDINATOR) {
            v.add("municipality", "binds only a COORDINATOR");
        }
        Set<Venue> venues = resolveAll(v, "venues", in.venues, Venue.class);
        if (role == Role.INSTITUTION && (in.venues == null || in.venues.isEmpty())) {
            v.add("venues", "an INSTITUTION needs at least one venue");
        }
        if (!venues.isEmpty() && role != null && role != Role.INSTITUTION) {
            v.add("venues", "bind only an INSTITUTION");
        }
        Set<Organisation> organisations = resolveAll(v, "organisations", in.organisations, Organisation.class);
        if (!organisations.isEmpty() && role != null && role != Role.INSTITUTION) {
            v.add("organisations", "bind only an INSTITUTION");
        }
        Volunteer volunteer = null;
        if (in.volunteer != null) {
            volunteer = em.find(Volunteer.class, in.volunteer);
            if (volunteer == null) {
                v.add("volunteer", "no volunteer with id " + in.volunteer);
            } else if (role != null && role != Role.VOLUNTEER) {
                v.add("volunteer", "binds only a VOLUNTEER");
            } else if (boundElsewhere(volunteer, account)) {
                v.add("volunteer", "already has an account");
            }
        } else if (role == Role.VOLUNTEER) {
            v.add("volunteer", "a VOLUNTEER account needs the id of its volunteer profile");
        }
        if (!v.isEmpty()) {
            return List.of();
        }
        List<String> changed = new java.util.ArrayList<>();
        if (account.getRole() != role) {
            changed.add("role");
        }
        if (!Objects.equals(account.getMunicipality(), municipality)) {
            changed.add("municipality");
        }
        if (!account.getVenues().equals(venues)) {
            changed.add("venues");
        }
        if (!account.getOrganisations().equals(organisations)) {
            changed.add("organisations");
        }
        if (!Objects.equals(account.getVolunteer(), volunteer)) {
            changed.add("volunteer");
        }
        boolean enabled = in.enabled == null ? account.getId() == null || account.isEnabled() : in.enabled;
        if (account.getId() != null && enabled != account.isEnabled()) {
            changed.add("enabled");
        }
        account.setRole(role);
        account.setMunicipality(municipality);
        account.setVenues(venues);
        account.setOrganisations(organisations);
        account.setVolunteer(volunteer);
        account.setEnabled(enabled);
        return changed;
    }

    private static Role role(AccountJson.Input in, Violations v) {
        String text = in.role;
        if (text == null && in.roles != null) {
            if (in.roles.size() != 1) {
                v.add("roles", "an account has exactly one role");
                return null;
            }
            text = in.roles.get(0);
        }
        String field = in.role == null && in.roles != null ? "roles[0]" : "role";
        return v.enumValue(field, text, Role.class, Role::parse, true);
    }

    private <T> Set<T> resolveAll(Violations v, String field, List<Long> ids, Class<T> type) {
        Set<T> found = new LinkedHashSet<>();
        if (ids == null) {
            return found;
        }
        int i = 0;
        for (Long id : ids) {
            T entity = id == null ? null : em.find(type, id);
            if (entity == null) {
                v.add(field + "[" + i + "]", "no such record");
            } else {
                found.add(entity);
            }
            i++;
        }
        return found;
    }

    private boolean boundElsewhere(Volunteer volunteer, Account account) {
        return em.createQuery("SELECT a FROM Account a WHERE a.volunteer = :v", Account.class)
                .setParameter("v", volunteer).getResultStream()
                .anyMatch(a -> !a.getId().equals(account.getId()));
    }
}
