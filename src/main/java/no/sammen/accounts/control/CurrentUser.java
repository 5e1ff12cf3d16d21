package no.sammen.accounts.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import no.sammen.accounts.entity.Account;
import no.sammen.accounts.entity.Role;

/** Who is asking, for the data-level rules: their role and what their account is bound to. */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    @Inject
    Accounts accounts;

    private Optional<Account> account;

    /*
     * Role answers and the account are kept for the caller they were asked for: asking the container is not free
     * (each role question is a JACC policy check; a search asked up to three per request, BENCHMARKS.md 3b‴), and
     * the caller changes within a request only when it logs in or out, which the name shows.
     */
    private String answersFor;
    private final Map<Role, Boolean> roles = new EnumMap<>(Role.class);

    /** False for anonymous callers and for the system itself (start-up, seed), which have no account. */
    public boolean isAuthenticated() {
        return username() != null;
    }

    public String username() {
        String name = callerName();
        if (!java.util.Objects.equals(name, answersFor)) {
            answersFor = name;
            roles.clear();
            account = null;
        }
        return name;
    }

    private String callerName() {
        Principal principal;
        try {
            principal = security.getCallerPrincipal();
        } catch (IllegalStateException systemAtWork) {
            return null; // the EJB container refuses the question during start-up: nobody is calling
        }
        // The container names unauthenticated EJB callers ANONYMOUS rather than giving no principal.
        return principal == null || "ANONYMOUS".equals(principal.getName()) ? null : principal.getName();
    }

    /** Whether the caller has the role; anonymous callers have none, so the container is not asked. */
    public boolean is(Role role) {
        if (username() == null) {
            return false;
        }
        return roles.computeIfAbsent(role, r -> security.isCallerInRole(r.name()));
    }

    public Optional<Account> account() {
        String name = username();
        if (account == null) {
            account = name != null ? accounts.byUsername(name) : Optional.empty();
        }
        return account;
    }

    /** The municipality slug a coordinator works for, if the caller is one. */
    public Optional<String> coordinatorMunicipality() {
        if (!is(Role.COORDINATOR)) {
            return Optional.empty();
        }
        return account().map(Account::getMunicipality).map(m -> m.getSlug());
    }
}
