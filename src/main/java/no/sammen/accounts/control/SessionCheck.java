package no.sammen.accounts.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.util.Optional;
import no.sammen.accounts.entity.Account;
import no.sammen.platform.Problem;

/**
 * A browser session remembers the role it logged in with. When an admin disables the account or changes its
 * role, or the account is erased, the session ends at its next request instead of living on with the old
 * rights. HTTP Basic needs no such check: it is validated on every request.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class SessionCheck implements ContainerRequestFilter {

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        if (context.getHeaderString("Authorization") != null) {
            return;
        }
        Principal principal = context.getSecurityContext().getUserPrincipal();
        HttpSession session = request.getSession(false);
        if (principal == null || session == null) {
            return;
        }
        // The request's CurrentUser looks the account up once and keeps it for the resource (e.g. a coordinator's
        // municipality in a search), instead of a second query per request.
        CurrentUser user = CDI.current().select(CurrentUser.class).get();
        Optional<Account> account = principal.getName().equals(user.username()) ? user.account()
                : CDI.current().select(Accounts.class).get().byUsername(principal.getName());
        boolean current = account
                .filter(a -> a.isEnabled() && context.getSecurityContext().isUserInRole(a.getRole().name()))
                .isPresent();
        if (current) {
            return;
        }
        session.invalidate();
        try {
            request.logout();
        } catch (ServletException e) {
            // the session is gone either way
        }
        context.abortWith(Problem.response(401, "Session ended",
                "Your account was changed or disabled since you logged in; log in again.", null));
    }
}
