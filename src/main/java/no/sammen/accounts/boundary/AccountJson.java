package no.sammen.accounts.boundary;

import java.time.Instant;
import java.util.List;
import no.sammen.accounts.entity.Account;
import no.sammen.platform.RecordJson;
import no.sammen.platform.Ref;

/** An account as admins see it. Never the password or its hash. */
public class AccountJson extends RecordJson {

    public String username;
    /** VOLUNTEER, INSTITUTION, COORDINATOR or ADMIN; an account has exactly one. */
    public String role;
    /** For a COORDINATOR: the municipality they work for (slug). */
    public Ref municipality;
    /** For an INSTITUTION: the venues it acts for. */
    public List<Long> venues;
    /** For an INSTITUTION: the organisations it acts for. */
    public List<Long> organisations;
    /** For a VOLUNTEER: their own profile. */
    public Long volunteer;
    public Boolean enabled;
    /** True while locked after too many wrong passwords. */
    public Boolean locked;
    public Instant lastLoginAt;

    public static AccountJson of(Account a) {
        AccountJson json = new AccountJson();
        json.copyRecord(a);
        json.username = a.getUsername();
        json.role = a.getRole().name();
        json.municipality = a.getMunicipality() == null ? null : Ref.key(a.getMunicipality().getSlug());
        json.venues = a.getVenues().stream().map(v -> v.getId()).sorted().toList();
        json.organisations = a.getOrganisations().stream().map(o -> o.getId()).sorted().toList();
        json.volunteer = a.getVolunteer() == null ? null : a.getVolunteer().getId();
        json.enabled = a.isEnabled();
        json.locked = a.getLockedUntil() != null && a.getLockedUntil().isAfter(Instant.now());
        json.lastLoginAt = a.getLastLoginAt();
        return json;
    }

    /**
     * What an admin sends: {@code POST} needs username, password and role with the role's binding;
     * {@code PUT} sends role, bindings, enabled and the version it read (username and password stay).
     */
    public static class Input {
        public Long version;
        public String username;
        public String password;
        public String role;
        /** Accepted instead of {@code role}, as a list of exactly one. */
        public List<String> roles;
        public Ref municipality;
        public List<Long> venues;
        public List<Long> organisations;
        public Long volunteer;
        public Boolean enabled;
    }

    /** {@code POST /api/admin/accounts/{id}/password}. */
    public static class PasswordReset {
        public String password;
    }
}
