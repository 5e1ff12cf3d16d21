package no.sammen.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import no.sammen.registry.activities.entity.Activity;
import no.sammen.registry.needs.entity.Need;
import no.sammen.registry.volunteers.entity.Volunteer;
import org.junit.jupiter.api.Test;

class RecordTablesTest {

    @Test
    void aVolunteerLivesInItsOwnTableAndItsCoursesTable() {
        // interests, skills, languages and availability are columns of the volunteer table (V8)
        assertEquals(List.of("volunteer", "volunteer_course"), RecordTables.of(Volunteer.class));
    }

    @Test
    void aNeedAndAnActivityLiveInTheirOwnTablesAlone() {
        // their schedules, dates, interests, target groups, languages and courses are columns (V8)
        assertEquals(List.of("need"), RecordTables.of(Need.class));
        assertEquals(List.of("activity"), RecordTables.of(Activity.class));
    }
}
