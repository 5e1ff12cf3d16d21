package no.sammen.places.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import no.sammen.platform.Ref;
import org.junit.jupiter.api.Test;

class PlaceNamesTest {

    private final List<PlaceNames.MunicipalityName> municipalities = new ArrayList<>(List.of(
            new PlaceNames.MunicipalityName(1, "larvik"), new PlaceNames.MunicipalityName(2, "nome")));
    private final List<PlaceNames.AreaName> areas = new ArrayList<>(List.of(
            new PlaceNames.AreaName(10, "stavern", 1), new PlaceNames.AreaName(20, "ulefoss", 2)));
    private final AtomicInteger loads = new AtomicInteger();
    private final PlaceNames names = new PlaceNames(() -> {
        loads.incrementAndGet();
        return new PlaceNames.Rows(List.copyOf(municipalities), List.copyOf(areas));
    });

    @Test
    void findsMunicipalitiesBySlugOrIdAndAreasOnlyWithinTheirMunicipality() {
        PlaceNames.MunicipalityName larvik = names.municipality(Ref.parse("Larvik"));
        assertEquals(1, larvik.id());
        assertEquals("nome", names.municipality(Ref.parse("2")).slug());
        assertNull(names.municipality(Ref.parse("oslo")));
        assertEquals(10, names.area(Ref.parse("STAVERN"), larvik).id());
        assertNull(names.area(Ref.parse("ulefoss"), larvik), "a key names an area within the municipality");
        assertNull(names.area(Ref.parse("20"), larvik), "an id outside the municipality is not there");
        assertEquals(20, names.area(Ref.parse("20"), null).id());
        assertNull(names.area(Ref.parse("stavern"), null), "a key needs a municipality");
        assertEquals(1, loads.get(), "read once");
    }

    @Test
    void aChangeIsSeenAfterTheDrop() {
        PlaceNames.MunicipalityName larvik = names.municipality(Ref.parse("larvik"));
        areas.set(0, new PlaceNames.AreaName(10, "stavern-by", 1));
        areas.remove(1);
        names.drop();
        assertNull(names.area(Ref.parse("stavern"), larvik));
        assertEquals(10, names.area(Ref.parse("stavern-by"), larvik).id());
        assertNull(names.area(Ref.parse("20"), null), "deleted");
        assertEquals(2, loads.get());
    }

    @Test
    void aLoadThatOverlapsAChangeIsNotKept() {
        PlaceNames[] holder = new PlaceNames[1];
        AtomicInteger reads = new AtomicInteger();
        holder[0] = new PlaceNames(() -> {
            if (reads.incrementAndGet() == 1) {
                holder[0].drop(); // a change lands while the first load reads the old rows
                return new PlaceNames.Rows(List.of(new PlaceNames.MunicipalityName(1, "old")), List.of());
            }
            return new PlaceNames.Rows(List.of(new PlaceNames.MunicipalityName(1, "new")), List.of());
        });
        assertEquals("old", holder[0].municipality(Ref.parse("1")).slug(), "used once");
        assertEquals("new", holder[0].municipality(Ref.parse("1")).slug(), "but not kept");
        assertEquals("new", holder[0].municipality(Ref.parse("1")).slug());
        assertEquals(2, reads.get());
    }
}
