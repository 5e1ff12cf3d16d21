package no.sammen.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import no.sammen.accounts.entity.Account;
import no.sammen.accounts.entity.Role;
import no.sammen.platform.InvalidInput;

/**
 * Accounts and the login rules: five wrong passwords in a row lock an account for fifteen minutes, which
 * makes guessing slow without letting a stranger lock someone out for long.
 */
@ApplicationScoped
@Transactional
public class Accounts {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(15);
    private static final Logger LOG = Logger.getLogger(Accounts.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    public Optional<Account> byUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT a FROM Account a WHERE a.username = :u", Account.class)
                .setParameter("u", normalise(username)).getResultStream().findFirst();
    }

    /** The outcome of a login attempt; also counts failures and locks. */
    public Outcome login(String username, String password) {
        Optional<Account> found = byUsername(username);
        if (found.isEmpty()) {
            passwords.hash("timing-equaliser"); // as slow as a real check, so unknown names are not revealed
            return Outcome.INVALID;
        }
        Account account = found.get();
        Instant now = Instant.now();
        if (!account.isEnabled()) {
            return Outcome.DISABLED;
        }
        if (account.getLockedUntil() != null && account.getLockedUntil().isAfter(now)) {
            return Outcome.LOCKED;
        }
        if (!passwords.matches(password, account.getPasswordHash())) {
            int failures = account.getFailedLogins() + 1;
            if (failures >= MAX_FAILURES) {
                recordLoginAttempt(account, 0, now.plus(LOCKOUT), account.getLastLoginAt());
                LOG.warning(() -> "Account " + account.getId() + " locked after " + MAX_FAILURES + " failed logins");
                return Outcome.LOCKED;
            }
            recordLoginAttempt(account, failures, account.getLockedUntil(), account.getLastLoginAt());
            return Outcome.INVALID;
        }
        recordLoginAttempt(account, 0, null, now);
        return Outcome.VALID;
    }

    /**
     * Login bookkeeping is written past the entity's version: a login must not make an administrator's copy of
     * the account stale (a PUT after it would be refused with 409 although nobody changed the account).
     */
    private void recordLoginAttempt(Account account, int failedLogins, Instant lockedUntil, Instant lastLoginAt) {
        // The casts type a null time for PostgreSQL, which otherwise takes it for text and refuses every login.
        em.createNativeQuery("UPDATE account SET failed_logins = ?, locked_until = CAST(? AS TIMESTAMP),"
                        + " last_login_at = CAST(? AS TIMESTAMP) WHERE id = ?")
                .setParameter(1, failedLogins)
                .setParameter(2, lockedUntil == null ? null : Timestamp.from(lockedUntil))
                .setParameter(3, lastLoginAt == null ? null : Timestamp.from(lastLoginAt))
                .setParameter(4, account.getId())
                .executeUpdate();
        em.detach(account);
        account.setFailedLogins(failedLogins);
        account.setLockedUntil(lockedUntil);
        account.setLastLoginAt(lastLoginAt);
    }

    public void changePassword(String username, String current, String replacement) {
        Account account = byUsername(username).orElseThrow(() -> InvalidInput.of("username", "unknown"));
        if (!passwords.matches(current, account.getPasswordHash())) {
            throw InvalidInput.of("currentPassword", "is not your current password");
        }
        String weakness = Passwords.weakness(replacement);
        if (weakness != null) {
            throw InvalidInput.of("newPassword", weakness);
        }
        account.setPasswordHash(passwords.hash(replacement));
    }

    public Account create(String username, String password, Role role) {
        String weakness = Passwords.weakness(password);
        if (weakness != null) {
            throw InvalidInput.of("password", weakness);
        }
        return createHashed(username, passwords.hash(password), role);
    }

    /** For try-out accounts that share one password: hashing it once keeps the first start quick. */
    public Account createHashed(String username, String passwordHash, Role role) {
        if (byUsername(username).isPresent()) {
            throw InvalidInput.of("username", "is taken");
        }
        Account account = new Account();
        account.setUsername(normalise(username));
        account.setPasswordHash(passwordHash);
        account.setRole(role);
        account.setProvenance("USER", null);
        em.persist(account);
        return account;
    }

    /** Creates the first administrator from configuration when there is none. */
    public void ensureAdmin(String username, String password) {
        long admins = em.createQuery("SELECT COUNT(a) FROM Account a WHERE a.role = :r", Long.class)
                .setParameter("r", Role.ADMIN).getSingleResult();
        if (admins > 0) {
            return;
        }
        if (username == null || password == null) {
            LOG.warning("No administrator account: set SAMMEN_ADMIN_USERNAME and SAMMEN_ADMIN_PASSWORD and restart");
            return;
        }
        create(username, password, Role.ADMIN);
        LOG.info("Created the first administrator account from configuration");
    }

    /** Seed try-out accounts work only while the seed profile is on. */
    public void enableSeedAccounts(boolean enabled) {
        // Filtered in Java: EclipseLink writes a boolean in a bulk UPDATE as 1, which Derby will not compare with BOOLEAN.
        em.createQuery("SELECT a FROM Account a", Account.class).getResultStream()
                .filter(Account::isSeedAccount).forEach(a -> a.setEnabled(enabled));
    }

    public static String normalise(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    public enum Outcome { VALID, INVALID, LOCKED, DISABLED }
}
