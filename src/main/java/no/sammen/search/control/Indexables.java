package no.sammen.search.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.sammen.geo.GeoPoint;
import no.sammen.places.entity.Area;
import no.sammen.places.entity.Venue;
import no.sammen.registry.activities.entity.Activity;
import no.sammen.registry.needs.entity.Need;
import no.sammen.registry.organisations.entity.Organisation;
import no.sammen.registry.volunteers.entity.Volunteer;

/** What each kind of record contributes to the index. */
public final class Indexables {

    public static final String VENUE = "venue";
    public static final String ORGANISATION = "organisation";
    public static final String ACTIVITY = "activity";
    public static final String NEED = "need";
    public static final String VOLUNTEER = "volunteer";
    public static final List<String> TYPES = List.of(VENUE, ORGANISATION, ACTIVITY, NEED, VOLUNTEER);

    private Indexables() {
    }

    public static Indexable of(Object entity) {
        if (entity instanceof Venue v) {
            return venue(v);
        }
        if (entity instanceof Organisation o) {
            return organisation(o);
        }
        if (entity instanceof Activity a) {
            return activity(a);
        }
        if (entity instanceof Need n) {
            return need(n);
        }
        if (entity instanceof Volunteer v) {
            return volunteer(v);
        }
        return null;
    }

    public static String typeOf(Class<?> entityType) {
        if (entityType == Venue.class) {
            return VENUE;
        }
        if (entityType == Organisation.class) {
            return ORGANISATION;
        }
        if (entityType == Activity.class) {
            return ACTIVITY;
        }
        if (entityType == Need.class) {
            return NEED;
        }
        if (entityType == Volunteer.class) {
            return VOLUNTEER;
        }
        return null;
    }

    static Indexable venue(Venue v) {
        String text = join(v.getKind().norwegian(), v.getAbout(), v.getAddress(), v.getTransport());
        return new Indexable(VENUE, v.getId(), v.getVersion(), v.getName(), text, v.getMunicipality().getSlug(),
                areaId(v.getArea()), areaName(v.getArea()), List.of(), List.of(), null,
                List.copyOf(v.getOpeningHours()), v.getLocation(), false);
    }

    static Indexable organisation(Organisation o) {
        return new Indexable(ORGANISATION, o.getId(), o.getVersion(), o.getName(), o.getAbout(),
                o.getMunicipality().getSlug(), areaId(o.getArea()), areaName(o.getArea()), List.of(), List.of(), null,
                List.of(), o.getArea() == null ? null : o.getArea().getCentre(), false);
    }

    static Indexable activity(Activity a) {
        String text = join(a.getDescription(), a.getVenue() == null ? null : a.getVenue().getName(),
                a.getOrganiser() == null ? null : a.getOrganiser().getName(), String.join(" ", a.getInterests()),
                String.join(" ", a.getTargetGroups()), a.getHowToJoin());
        return new Indexable(ACTIVITY, a.getId(), a.getVersion(), a.getTitle(), text, a.getMunicipality().getSlug(),
                areaId(a.getArea()), areaName(a.getArea()), List.copyOf(a.getInterests()),
                List.copyOf(a.getTargetGroups()), a.getLevel().name(), List.copyOf(a.getSchedule()), a.getLocation(),
                false);
    }

    static Indexable need(Need n) {
        String text = join(n.getDescription(), n.getVenue() == null ? null : n.getVenue().getName(),
                String.join(" ", n.getInterests()), String.join(" ", n.getTargetGroups()));
        return new Indexable(NEED, n.getId(), n.getVersion(), n.getTitle(), text, n.getMunicipality().getSlug(),
                areaId(n.getArea()), areaName(n.getArea()), List.copyOf(n.getInterests()),
                List.copyOf(n.getTargetGroups()), null, List.copyOf(n.getSchedule()), n.getLocation(),
                n.isInvolvesResident());
    }

    /** Name, interests and skills only; the home point is blurred to about a kilometre. */
    static Indexable volunteer(Volunteer v) {
        String text = join(String.join(" ", v.getInterests()), String.join(" ", v.getSkills()), v.getAbout());
        return new Indexable(VOLUNTEER, v.getId(), v.getVersion(), v.getName(), text, v.getMunicipality().getSlug(),
                areaId(v.getArea()), areaName(v.getArea()), List.copyOf(v.getInterests()), List.of(), null,
                List.copyOf(v.getAvailability()), blur(v.getHome()), true);
    }

    static GeoPoint blur(GeoPoint home) {
        if (home == null) {
            return null;
        }
        return GeoPoint.of(Math.round(home.latitude() * 100) / 100.0, Math.round(home.longitude() * 100) / 100.0);
    }

    private static Long areaId(Area area) {
        return area == null ? null : area.getId();
    }

    private static String areaName(Area area) {
        return area == null ? null : area.getName();
    }

    private static String join(String... parts) {
        return Stream.of(parts).filter(Objects::nonNull).filter(s -> !s.isBlank()).collect(Collectors.joining("\n"));
    }

}
