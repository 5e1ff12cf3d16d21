package no.sammen.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
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
    void everyCollectionTableOfANeedIsLocked() {
        List<String> tables = RecordTables.of(Need.class);
        assertEquals("need", tables.get(0));
        assertEquals(List.of("need", "need_schedule", "need_excluded_date", "need_interest", "need_target_group",
                "need_language", "need_required_course"), tables);
    }
}
