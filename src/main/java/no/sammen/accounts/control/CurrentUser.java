package no.sammen.accounts.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
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

    /** False for anonymous callers and for the system itself (start-up, seed), which have no account. */
    public boolean isAuthenticated() {
        return username() != null;
    }

    public String username() {
        Principal principal;
        try {
            principal = security.getCallerPrincipal();
        } catch (IllegalStateException systemAtWork) {
            return null; // the EJB container refuses the question during start-up: nobody is calling
        }
        // The container names unauthenticated EJB callers ANONYMOUS rather than giving no principal.
        return principal == null || "ANONYMOUS".equals(principal.getName()) ? null : principal.getName();
    }

    public boolean is(Role role) {
        return security.isCallerInRole(role.name());
    }

    public Optional<Account> account() {
        if (account == null) {
            account = isAuthenticated() ? accounts.byUsername(username()) : Optional.empty();
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
