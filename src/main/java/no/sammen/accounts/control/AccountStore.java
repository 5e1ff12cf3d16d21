package no.sammen.accounts.control;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.INVALID_RESULT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/** The identity store behind both the web login and HTTP Basic: accounts in the database. */
@ApplicationScoped
public class AccountStore implements IdentityStore {

    @Inject
    Accounts accounts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        if (accounts.login(login.getCaller(), login.getPasswordAsString()) != Accounts.Outcome.VALID) {
            return INVALID_RESULT;
        }
        String username = Accounts.normalise(login.getCaller());
        return accounts.byUsername(username)
                .map(a -> new CredentialValidationResult(username, Set.of(a.getRole().name())))
                .orElse(INVALID_RESULT);
    }
}
