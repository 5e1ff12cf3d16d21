package no.sammen.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

/**
 * One identity for browsers and API clients. Browsers log in once through {@code POST /api/auth/login} and
 * carry a session cookie; API clients send HTTP Basic on each request. Requests without credentials go on as
 * PUBLIC, and each endpoint says which roles it needs.
 *
 * <p>The session keeps the caller's name and roles itself and hands both to the container on each request.
 * Jakarta Security's {@code @AutoApplySession} did this before, but under concurrent requests Payara now and then
 * lost the roles it should have looked up for the session's caller (payara/Payara#6145), and {@link SessionCheck}
 * then ended a valid session: 22 of 514 of a coordinator's requests while others searched.
 */
@ApplicationScoped
public class SammenAuthentication implements HttpAuthenticationMechanism {

    /** The session attribute with the logged-in caller. */
    static final String SESSION_CALLER = "sammen.caller";

    /** Who logged in to a browser session, and with which roles. */
    record SessionCaller(String name, Set<String> roles) implements Serializable {
    }

    @Inject
    IdentityStoreHandler identities;

    @Inject
    BasicCache basicCache;

    @Inject
    Accounts accounts;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() != null) {
            CredentialValidationResult result = identities.validate(context.getAuthParameters().getCredential());
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                // SEND_FAILURE without sendError: the login resource answers with a problem document itself.
                return AuthenticationStatus.SEND_FAILURE;
            }
            request.getSession(true).setAttribute(SESSION_CALLER, new SessionCaller(
                    result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
            return context.notifyContainerAboutLogin(result);
        }
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            UsernamePasswordCredential credential = basic(header.substring(6).strip());
            if (credential == null) {
                return unauthorized(response, context);
            }
            CredentialValidationResult result = basicCache.get(credential);
            if (result != null && !stillActive(result.getCallerPrincipal().getName())) {
                result = null; // deleted, disabled or locked since it was remembered
            }
            if (result == null) {
                result = identities.validate(credential);
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    basicCache.put(credential, result);
                }
            }
            return result.getStatus() == CredentialValidationResult.Status.VALID
                    ? context.notifyContainerAboutLogin(result) : unauthorized(response, context);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller) {
            // Whether the account still has this role is SessionCheck's question, asked once the request is in.
            return context.notifyContainerAboutLogin(caller.name(), new HashSet<>(caller.roles()));
        }
        return context.doNothing();
    }

    private boolean stillActive(String username) {
        return accounts.byUsername(username)
                .filter(a -> a.isEnabled() && (a.getLockedUntil() == null || a.getLockedUntil().isBefore(java.time.Instant.now())))
                .isPresent();
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Sammen\", charset=\"UTF-8\"");
        return context.responseUnauthorized();
    }

    private static UsernamePasswordCredential basic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? null : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
