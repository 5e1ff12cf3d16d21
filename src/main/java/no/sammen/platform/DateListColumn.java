package no.sammen.platform;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Dates kept in one text column, one ISO date per line ("2026-12-24\n2026-12-31"), order kept; no dates is NULL.
 * See {@link TagListColumn} for why such values are columns.
 */
@Converter
public class DateListColumn implements AttributeConverter<List<LocalDate>, String> {

    private static final TagListColumn LINES = new TagListColumn();

    @Override
    public String convertToDatabaseColumn(List<LocalDate> dates) {
        return dates == null ? null : LINES.convertToDatabaseColumn(dates.stream().map(LocalDate::toString).toList());
    }

    @Override
    public List<LocalDate> convertToEntityAttribute(String column) {
        return LINES.convertToEntityAttribute(column).stream().map(LocalDate::parse)
                .collect(Collectors.toCollection(ArrayList::new));
    }
}
