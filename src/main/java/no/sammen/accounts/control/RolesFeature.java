package no.sammen.accounts.control;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import no.sammen.platform.Problem;

/**
 * Enforces {@code @RolesAllowed} on resource methods (or their class): 401 with a Basic challenge for
 * anonymous callers, 403 for callers without the role. Methods without it are public.
 */
@Provider
public class RolesFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        if (method.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
        if (roles == null) {
            roles = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        if (roles != null) {
            context.register(new RolesFilter(Arrays.asList(roles.value())));
        }
    }

    @Priority(Priorities.AUTHORIZATION)
    static final class RolesFilter implements ContainerRequestFilter {

        private final List<String> roles;

        RolesFilter(List<String> roles) {
            this.roles = roles;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            var security = request.getSecurityContext();
            if (security.getUserPrincipal() == null) {
                request.abortWith(jakarta.ws.rs.core.Response.fromResponse(
                        Problem.response(401, "Login required", "Log in, or send HTTP Basic credentials.", null))
                        .header("WWW-Authenticate", "Basic realm=\"Sammen\", charset=\"UTF-8\"").build());
                return;
            }
            if (roles.stream().noneMatch(security::isUserInRole)) {
                request.abortWith(Problem.response(403, "Forbidden",
                        "Your role may not do this; it needs one of " + roles + ".", null));
            }
        }
    }
}
