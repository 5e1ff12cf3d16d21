package no.sammen.accounts.boundary;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import no.sammen.accounts.control.Accounts;
import no.sammen.accounts.control.BasicCache;
import no.sammen.accounts.control.CsrfFilter;
import no.sammen.accounts.control.CurrentUser;
import no.sammen.accounts.entity.Account;
import no.sammen.platform.InvalidInput;
import no.sammen.platform.Problem;
import no.sammen.platform.Violations;

/** Log in (session cookie + CSRF token), see who you are, change your password, log out. */
@Path("auth")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    SecurityContext security;

    @Inject
    Accounts accounts;

    @Inject
    CurrentUser user;

    @Inject
    BasicCache basicCache;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    public static class Login {
        public String username;
        public String password;
    }

    public static class PasswordChange {
        public String currentPassword;
        public String newPassword;
    }

    @POST
    @Path("login")
    public Response login(Login login) {
        Violations v = new Violations();
        if (login == null) {
            throw InvalidInput.of("body", "send {\"username\": …, \"password\": …}");
        }
        v.requiredText("username", login.username, 254);
        if (login.password == null || login.password.isEmpty()) {
            v.add("password", "is required");
        }
        v.throwIfAny();
        Instant lockedUntil = accounts.byUsername(login.username).map(Account::getLockedUntil).orElse(null);
        if (lockedUntil != null && lockedUntil.isAfter(Instant.now())) {
            return Problem.response(429, "Too many failed logins",
                    "This account is locked for a while after too many wrong passwords. Try again later.", null);
        }
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate(); // a fresh session id on login, against session fixation
        }
        AuthenticationStatus status = security.authenticate(request, response, withParams()
                .credential(new UsernamePasswordCredential(login.username, login.password)).newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            return Problem.response(401, "Login failed", "Wrong username or password.", null);
        }
        String token = HexFormat.of().formatHex(randomBytes());
        request.getSession(true).setAttribute(CsrfFilter.SESSION_ATTRIBUTE, token);
        return Response.ok(me(token)).build();
    }

    @GET
    @Path("me")
    public Map<String, Object> me() {
        HttpSession session = request.getSession(false);
        return me(session == null ? null : (String) session.getAttribute(CsrfFilter.SESSION_ATTRIBUTE));
    }

    @POST
    @Path("logout")
    public Response logout() throws ServletException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return Response.noContent().build();
    }

    @POST
    @Path("password")
    public Response changePassword(PasswordChange change) {
        if (!user.isAuthenticated()) {
            return Problem.response(401, "Not logged in", null, null);
        }
        if (change == null) {
            throw InvalidInput.of("body", "send {\"currentPassword\": …, \"newPassword\": …}");
        }
        accounts.changePassword(user.username(), change.currentPassword == null ? "" : change.currentPassword,
                change.newPassword);
        basicCache.clear();
        return Response.noContent().build();
    }

    private Map<String, Object> me(String csrfToken) {
        Map<String, Object> me = new LinkedHashMap<>();
        if (!user.isAuthenticated()) {
            me.put("role", "PUBLIC");
            return me;
        }
        user.account().ifPresent(account -> {
            me.put("username", account.getUsername());
            me.put("role", account.getRole().name());
            if (account.getMunicipality() != null) {
                me.put("municipality", account.getMunicipality().getSlug());
            }
            if (account.getVolunteer() != null) {
                me.put("volunteer", account.getVolunteer().getId());
            }
            me.put("venues", account.getVenues().stream().map(v -> v.getId()).toList());
            me.put("organisations", account.getOrganisations().stream().map(o -> o.getId()).toList());
        });
        if (csrfToken != null) {
            me.put("csrfToken", csrfToken);
        }
        return me;
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
