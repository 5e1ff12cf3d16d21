package no.sammen.accounts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.sammen.accounts.entity.Account;
import no.sammen.accounts.entity.Role;
import org.junit.jupiter.api.Test;

/** The caller's roles and account are asked of the container once per caller, and never for anonymous callers. */
class CurrentUserTest {

    /** A container whose caller can change, as on login within a request; counts the role questions. */
    private static final class Container implements SecurityContext {
        String caller;
        Set<String> roles = Set.of();
        final List<String> asked = new ArrayList<>();

        @Override
        public Principal getCallerPrincipal() {
            return caller == null ? null : () -> caller;
        }

        @Override
        public <T extends Principal> Set<T> getPrincipalsByType(Class<T> type) {
            return Set.of();
        }

        @Override
        public boolean isCallerInRole(String role) {
            asked.add(role);
            return caller != null && roles.contains(role);
        }

        @Override
        public boolean hasAccessToWebResource(String resource, String... methods) {
            return false;
        }

        @Override
        public AuthenticationStatus authenticate(HttpServletRequest request, HttpServletResponse response,
                AuthenticationParameters parameters) {
            return AuthenticationStatus.NOT_DONE;
        }
    }

    private final Container container = new Container();
    private final List<String> lookedUp = new ArrayList<>();
    private final CurrentUser user = new CurrentUser();

    CurrentUserTest() {
        user.security = container;
        user.accounts = new Accounts() {
            @Override
            public Optional<Account> byUsername(String username) {
                lookedUp.add(username);
                Account account = new Account();
                account.setUsername(username);
                return Optional.of(account);
            }
        };
    }

    @Test
    void anonymousCallersHaveNoRolesWithoutAskingTheContainer() {
        assertFalse(user.is(Role.ADMIN));
        assertFalse(user.is(Role.COORDINATOR));
        assertEquals(Optional.empty(), user.coordinatorMunicipality());
        assertEquals(Optional.empty(), user.account());
        assertEquals(List.of(), container.asked);
        assertEquals(List.of(), lookedUp);
    }

    @Test
    void eachQuestionIsAskedOncePerCaller() {
        container.caller = "koordinator.larvik@example.no";
        container.roles = Set.of("COORDINATOR");
        assertTrue(user.is(Role.COORDINATOR));
        assertFalse(user.is(Role.ADMIN));
        assertTrue(user.is(Role.COORDINATOR));
        user.account();
        user.account();
        assertEquals(List.of("COORDINATOR", "ADMIN"), container.asked);
        assertEquals(List.of("koordinator.larvik@example.no"), lookedUp);
    }

    @Test
    void aNewCallerInTheSameRequestIsAskedAgain() {
        container.caller = "frivillig@example.no";
        container.roles = Set.of("VOLUNTEER");
        assertFalse(user.is(Role.ADMIN));
        assertEquals("frivillig@example.no", user.account().orElseThrow().getUsername());

        container.caller = "admin@example.no"; // logged in as someone else within the request
        container.roles = Set.of("ADMIN");
        assertTrue(user.is(Role.ADMIN));
        assertEquals("admin@example.no", user.account().orElseThrow().getUsername());

        container.caller = null; // logged out
        assertFalse(user.is(Role.ADMIN));
        assertEquals(Optional.empty(), user.account());
    }
}
