package no.sammen.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class TagListColumnTest {

    private final TagListColumn column = new TagListColumn();

    @Test
    void tagsComeBackInTheirOrderWithSpacesAndNorwegianLetters() {
        List<String> tags = List.of("turgåing", "sang og musikk", "kaffe, prat", "ærlig øl-å");
        String stored = column.convertToDatabaseColumn(tags);
        assertEquals("turgåing\nsang og musikk\nkaffe, prat\nærlig øl-å", stored);
        assertEquals(tags, column.convertToEntityAttribute(stored));
    }

    @Test
    void noTagsIsNullAndNullIsAnEmptyListThatCanGrow() {
        assertNull(column.convertToDatabaseColumn(List.of()));
        assertNull(column.convertToDatabaseColumn(null));
        List<String> read = column.convertToEntityAttribute(null);
        read.add("sang");
        assertEquals(List.of("sang"), read);
        assertEquals(List.of(), column.convertToEntityAttribute(""));
    }

    @Test
    void aLineBreakInsideATagCannotSplitItIntoTwo() {
        String stored = column.convertToDatabaseColumn(List.of("sang\nmusikk", "tur"));
        assertEquals(List.of("sang musikk", "tur"), column.convertToEntityAttribute(stored));
    }

    @Test
    void oneTagAndEmptyTagsKeepTheirPlaces() {
        assertEquals(List.of("no"), column.convertToEntityAttribute(column.convertToDatabaseColumn(List.of("no"))));
        assertEquals(List.of("", "a", ""), column.convertToEntityAttribute("\na\n"));
    }
}
