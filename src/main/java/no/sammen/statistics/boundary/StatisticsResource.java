package no.sammen.statistics.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import no.sammen.accounts.control.Access;
import no.sammen.places.control.Places;
import no.sammen.platform.Problem;
import no.sammen.platform.Violations;
import no.sammen.statistics.control.Statistics;

/**
 * Anonymous statistics: volunteer hours and match counts per month, venue and interest. A coordinator sees
 * their own municipality; an admin any, or all. Matches of volunteers who erased themselves still count.
 */
@Path("statistics")
@RequestScoped
@RolesAllowed({"COORDINATOR", "ADMIN"})
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class StatisticsResource {

    @Inject
    Statistics statistics;

    @Inject
    Places places;

    @Inject
    Access access;

    /** {@code from}/{@code to}: dates (2026-01-31) or months (2026-01: its first / last day), both inclusive. */
    @GET
    public Map<String, Object> report(@QueryParam("municipality") String municipality,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        Violations v = new Violations();
        LocalDate start = day(v, "from", from, false);
        LocalDate end = day(v, "to", to, true);
        v.dateOrder("from", start, "to", end);
        v.throwIfAny();
        return statistics.report(access.scope(places.municipalityFilter(municipality)), start, end);
    }

    private static LocalDate day(Violations v, String field, String value, boolean endOfMonth) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            if (text.length() == 7) {
                YearMonth month = YearMonth.parse(text);
                return endOfMonth ? month.atEndOfMonth() : month.atDay(1);
            }
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            v.add(field, "must be a date like 2026-01-31 or a month like 2026-01");
            return null;
        }
    }
}
