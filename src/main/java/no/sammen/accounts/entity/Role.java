package no.sammen.accounts.entity;

/** What an account may do; anyone without an account is PUBLIC. */
public enum Role {
    VOLUNTEER, INSTITUTION, COORDINATOR, ADMIN;

    public static final String PUBLIC = "PUBLIC";

    public static Role parse(String text) {
        for (Role role : values()) {
            if (role.name().equalsIgnoreCase(text.strip())) {
                return role;
            }
        }
        return null;
    }
}
