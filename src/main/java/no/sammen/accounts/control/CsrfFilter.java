package no.sammen.accounts.control;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import no.sammen.platform.Problem;

/**
 * A browser session's changes must carry the session's token in {@code X-CSRF-Token}: another site can make
 * the browser send the cookie, but cannot read the token. HTTP Basic clients send no cookie and need none.
 */
@Provider
public class CsrfFilter implements ContainerRequestFilter {

    public static final String HEADER = "X-CSRF-Token";
    public static final String SESSION_ATTRIBUTE = "sammen.csrf";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        if (SAFE.contains(context.getMethod()) || context.getHeaderString("Authorization") != null) {
            return;
        }
        String path = context.getUriInfo().getPath();
        if (path.equals("auth/login") || path.equals("auth/register")) {
            return; // they start a new session; a forged one would only log the browser into the forger's account
        }
        HttpSession session = request.getSession(false);
        Object expected = session == null ? null : session.getAttribute(SESSION_ATTRIBUTE);
        if (expected == null) {
            return;
        }
        String sent = context.getHeaderString(HEADER);
        if (sent == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                expected.toString().getBytes(StandardCharsets.UTF_8))) {
            context.abortWith(Problem.response(403, "Forbidden",
                    "Missing or wrong " + HEADER + " header; it comes with the login answer and GET /api/auth/me.", null));
        }
    }
}
