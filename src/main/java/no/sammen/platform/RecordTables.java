package no.sammen.platform;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Table;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The tables one entity's rows live in, read from its mapping annotations: its own {@code @Table} and the
 * {@code @CollectionTable}/{@code @JoinTable} of its collections, in declaration order.
 */
public final class RecordTables {

    private RecordTables() {
    }

    public static List<String> of(Class<?> entity) {
        Set<String> tables = new LinkedHashSet<>();
        List<Class<?>> hierarchy = new ArrayList<>();
        for (Class<?> c = entity; c != null && c != Object.class; c = c.getSuperclass()) {
            hierarchy.add(0, c);
        }
        Table table = entity.getAnnotation(Table.class);
        tables.add(table != null && !table.name().isBlank() ? table.name() : entity.getSimpleName());
        for (Class<?> c : hierarchy) {
            for (Field field : c.getDeclaredFields()) {
                CollectionTable collection = field.getAnnotation(CollectionTable.class);
                if (collection != null && !collection.name().isBlank()) {
                    tables.add(collection.name());
                }
                JoinTable join = field.getAnnotation(JoinTable.class);
                if (join != null && !join.name().isBlank()) {
                    tables.add(join.name());
                }
            }
        }
        return List.copyOf(tables);
    }
}
