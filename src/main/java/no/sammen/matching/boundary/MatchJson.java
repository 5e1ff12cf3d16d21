package no.sammen.matching.boundary;

import java.time.Instant;
import java.util.List;
import no.sammen.matching.entity.Match;
import no.sammen.platform.RecordJson;
import no.sammen.platform.Ref;

public class MatchJson extends RecordJson {

    public Ref need;
    public String needTitle;
    public Ref volunteer;
    public String volunteerName;
    /** Read-only, from the need: where and when, so a volunteer (who cannot read needs) knows where to go. */
    public String venueName;
    public String areaName;
    public List<no.sammen.platform.WindowJson> schedule;
    public String startDate;
    public String endDate;
    public Ref municipality;
    /** PROPOSED → CONTACTED → ACCEPTED | DECLINED → ACTIVE → ENDED. */
    public String status;
    public Double hoursGiven;
    /** On input: a follow-up note to add with this change. */
    public String note;
    public List<Event> history;

    public static class Event {
        public Instant at;
        public String status;
        public String note;
    }

    public static MatchJson of(Match m) {
        MatchJson json = new MatchJson();
        json.copyRecord(m);
        json.need = Ref.id(m.getNeed().getId());
        json.needTitle = m.getNeed().getTitle();
        json.volunteer = Ref.id(m.getVolunteer().getId());
        json.volunteerName = m.getVolunteer().getName();
        json.municipality = Ref.key(m.getNeed().getMunicipality().getSlug());
        var need = m.getNeed();
        json.venueName = need.getVenue() == null ? null : need.getVenue().getName();
        json.areaName = need.getArea() == null ? null : need.getArea().getName();
        json.schedule = no.sammen.platform.WindowJson.of(need.getSchedule());
        json.startDate = need.getStartDate() == null ? null : need.getStartDate().toString();
        json.endDate = need.getEndDate() == null ? null : need.getEndDate().toString();
        json.status = m.getStatus().name();
        json.hoursGiven = m.getHoursGiven();
        json.history = m.getHistory().stream().map(e -> {
            Event event = new Event();
            event.at = e.at();
            event.status = e.status() == null ? null : e.status().name();
            event.note = e.note();
            return event;
        }).toList();
        return json;
    }

    /**
     * As an institution may see it (like the proposals list): the volunteer's first name only unless they have
     * said yes, and no history (the coordinator's follow-up notes are not the institution's).
     */
    public MatchJson forInstitution() {
        boolean agreed = "ACCEPTED".equals(status) || "ACTIVE".equals(status) || "ENDED".equals(status);
        if (!agreed && volunteerName != null) {
            volunteerName = volunteerName.split("\\s+")[0];
        }
        history = null;
        note = null;
        return this;
    }
}
