package no.sammen.platform;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A short list of tags or codes kept in one text column, one per line ("turgåing\nsang"), order kept; an empty
 * list is NULL. For values that are always read and written whole with their record and never queried inside by
 * SQL (the search index and the matcher do that): a row per tag costs a database index entry and a foreign-key
 * check each, which made them most of a bulk load's database work. Tags are whitespace-normalised
 * ({@code Vocabulary.normaliseTag}), so they hold no line breaks; any that slip through become spaces.
 */
@Converter
public class TagListColumn implements AttributeConverter<List<String>, String> {

    private static final String SEPARATOR = "\n";

    @Override
    public String convertToDatabaseColumn(List<String> tags) {
        if (tags == null || tags.isEmpty()) {
            return null;
        }
        return tags.stream().map(tag -> tag.replace('\n', ' ').replace('\r', ' '))
                .collect(Collectors.joining(SEPARATOR));
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return column == null || column.isEmpty() ? new ArrayList<>()
                : new ArrayList<>(Arrays.asList(column.split(SEPARATOR, -1)));
    }
}
