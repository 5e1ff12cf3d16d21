package no.sammen.accounts.boundary;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
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

    @Inject
    no.sammen.accounts.control.Registrations registrations;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @Context
    jakarta.ws.rs.core.UriInfo uriInfo;

    public static class Login {
        public String username;
        public String password;
    }

    public static class PasswordChange {
        public String currentPassword;
        public String newPassword;
    }

    /**
     * A volunteer signs up: profile and VOLUNTEER account in one transaction, then logged in as by
     * {@code login}. Public, and exempt from CSRF like login (there is no session yet to forge).
     */
    @POST
    @Path("register")
    @PermitAll
    public Response register(RegistrationJson registration) {
        Account account = registrations.register(registration);
        String token = startSession(account.getUsername(), registration.password);
        if (token == null) {
            return Problem.response(500, "Internal error", "The account was created, but logging in failed; log in.", null);
        }
        return Response.created(uriInfo.getBaseUriBuilder().path("volunteers/{id}")
                .build(account.getVolunteer().getId())).entity(me(token)).build();
    }

    @POST
    @Path("login")
    @PermitAll
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
        String token = startSession(login.username, login.password);
        if (token == null) {
            return Problem.response(401, "Login failed", "Wrong username or password.", null);
        }
        return Response.ok(me(token)).build();
    }

    /** Authenticates into a fresh session; returns its CSRF token, or null when the credentials fail. */
    private String startSession(String username, String password) {
        if (request.getUserPrincipal() != null) {
            try {
                request.logout(); // logging in as someone else: the session's earlier caller must not linger
            } catch (ServletException e) {
                throw new IllegalStateException("logout before a new login failed", e);
            }
        }
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate(); // a fresh session id on login, against session fixation
        }
        AuthenticationStatus status = security.authenticate(request, response, withParams()
                .credential(new UsernamePasswordCredential(username, password)).newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            return null;
        }
        String token = HexFormat.of().formatHex(randomBytes());
        request.getSession(true).setAttribute(CsrfFilter.SESSION_ATTRIBUTE, token);
        return token;
    }

    @GET
    @Path("me")
    @PermitAll
    public Map<String, Object> me() {
        HttpSession session = request.getSession(false);
        return me(session == null ? null : (String) session.getAttribute(CsrfFilter.SESSION_ATTRIBUTE));
    }

    @POST
    @Path("logout")
    @PermitAll
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
    @RolesAllowed({"VOLUNTEER", "INSTITUTION", "COORDINATOR", "ADMIN"})
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
