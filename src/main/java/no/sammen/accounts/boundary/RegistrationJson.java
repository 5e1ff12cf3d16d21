package no.sammen.accounts.boundary;

import java.util.List;
import no.sammen.platform.Ref;
import no.sammen.platform.WindowJson;

/**
 * A volunteer signing up: the login ({@code username} is their e-mail, also stored as the profile's e-mail)
 * and the profile fields a volunteer may set themselves, in the shapes of VolunteerJson. Vetting is the
 * frivilligsentral's to record and cannot be sent here.
 */
public class RegistrationJson {

    public String username;
    public String password;
    public String name;
    public Ref municipality;
    public Ref area;
    public String phone;
    public List<String> languages;
    public List<String> interests;
    public List<String> skills;
    public List<WindowJson> availability;
    public Boolean hasCar;
    public Double maxTravelKm;
    public String about;
}
