package no.sammen.registry.organisations.entity;

/** Kinds of lag og foreninger. */
public enum OrganisationKind {
    HUMANITARIAN, USER_ORGANISATION, PENSIONERS, SPORTS, CHURCH, CULTURE, SCHOOL, OTHER;

    public static OrganisationKind parse(String text) {
        for (OrganisationKind kind : values()) {
            if (kind.name().equalsIgnoreCase(text.strip())) {
                return kind;
            }
        }
        return null;
    }
}
