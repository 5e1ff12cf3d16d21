package no.sammen.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import no.sammen.accounts.boundary.RegistrationJson;
import no.sammen.accounts.entity.Account;
import no.sammen.accounts.entity.Role;
import no.sammen.platform.Conflict;
import no.sammen.platform.FieldError;
import no.sammen.platform.InvalidInput;
import no.sammen.platform.Violations;
import no.sammen.registry.volunteers.boundary.VolunteerJson;
import no.sammen.registry.volunteers.control.Volunteers;
import no.sammen.registry.volunteers.entity.Volunteer;

/**
 * Self-registration: the volunteer profile (through the same validation as the volunteer API) and the
 * VOLUNTEER account bound to it, in one transaction, so there is either both or neither.
 */
@ApplicationScoped
@Transactional
public class Registrations {

    public static final String SELF_REGISTRATION = "self-registration";

    @PersistenceContext
    EntityManager em;

    @Inject
    Volunteers volunteers;

    @Inject
    Accounts accounts;

    @Inject
    no.sammen.audit.control.AuditLog audit;

    /** Creates both; every invalid field is reported at once (400), a taken username is a 409. */
    public Account register(RegistrationJson json) {
        if (json == null) {
            throw InvalidInput.of("body", "a JSON object is required");
        }
        Violations v = new Violations();
        String username = v.email("username", json.username, true);
        String weakness = Passwords.weakness(json.password);
        if (weakness != null) {
            v.add("password", weakness);
        }
        List<FieldError> errors = new ArrayList<>();
        try {
            v.throwIfAny();
        } catch (InvalidInput invalid) {
            errors.addAll(invalid.errors());
        }
        VolunteerJson profile = profile(json, username);
        VolunteerJson created = null;
        try {
            created = volunteers.create(profile);
        } catch (InvalidInput invalid) {
            boolean usernameReported = errors.stream().anyMatch(e -> e.field().equals("username"));
            for (FieldError error : invalid.errors()) {
                if (!error.field().equals("email")) {
                    errors.add(error);
                } else if (!usernameReported) {
                    errors.add(new FieldError("username", error.message())); // the profile's e-mail is the username
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors); // rolls back the profile, if it was written
        }
        if (accounts.byUsername(username).isPresent()) {
            throw new Conflict("username", "This username is taken; log in, or choose another.");
        }
        Account account = accounts.create(username, json.password, Role.VOLUNTEER);
        account.setVolunteer(em.find(Volunteer.class, created.id));
        try {
            em.flush();
        } catch (PersistenceException raced) {
            // Someone registered the same username at the same moment: the unique constraint says no.
            throw new Conflict("username", "This username is taken; log in, or choose another.");
        }
        // The actor is named by what happened, not by the new username: an erasure must not leave it behind.
        audit.record(SELF_REGISTRATION, "CREATE", "volunteer", created.id,
                no.sammen.audit.control.AuditLog.PERSONAL_FIELDS.get("volunteer"));
        return account;
    }

    private static VolunteerJson profile(RegistrationJson json, String username) {
        VolunteerJson profile = new VolunteerJson();
        profile.name = json.name;
        profile.email = username;
        profile.phone = json.phone;
        profile.municipality = json.municipality;
        profile.area = json.area;
        profile.languages = json.languages;
        profile.interests = json.interests;
        profile.skills = json.skills;
        profile.availability = json.availability;
        profile.hasCar = json.hasCar;
        profile.maxTravelKm = json.maxTravelKm;
        profile.about = json.about;
        profile.vetting = null; // never set by the volunteer
        return profile;
    }
}
