package no.sammen.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A paged JPQL list with optional equality filters; filters whose value is null are left out. */
public final class Listing<E> {

    private final EntityManager em;
    private final Class<E> type;
    private final Map<String, Object> filters = new LinkedHashMap<>();
    private String orderBy = "e.id";

    private Listing(EntityManager em, Class<E> type) {
        this.em = em;
        this.type = type;
    }

    public static <E> Listing<E> of(EntityManager em, Class<E> type) {
        return new Listing<>(em, type);
    }

    /** Adds {@code path = value} (e.g. {@code "e.municipality"}) when the value is not null. */
    public Listing<E> where(String path, Object value) {
        if (value != null) {
            filters.put(path, value);
        }
        return this;
    }

    /** Adds {@code path IN (values)} when values is not null; an empty collection matches nothing. */
    public Listing<E> whereIn(String path, java.util.Collection<?> values) {
        if (values != null) {
            filters.put(path + " IN", values.isEmpty() ? java.util.List.of(-1L) : values);
        }
        return this;
    }

    public Listing<E> orderBy(String orderBy) {
        this.orderBy = orderBy;
        return this;
    }

    public <T> Page<T> page(PageRequest request, Function<E, T> view) {
        String entity = type.getSimpleName();
        StringBuilder where = new StringBuilder();
        List<Object> values = new ArrayList<>();
        for (var filter : filters.entrySet()) {
            String path = filter.getKey();
            boolean in = path.endsWith(" IN");
            where.append(where.length() == 0 ? " WHERE " : " AND ")
                    .append(in ? path.substring(0, path.length() - 3) + " IN ?" : path + " = ?").append(values.size() + 1);
            values.add(filter.getValue());
        }
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM " + entity + " e" + where, Long.class);
        TypedQuery<E> select = em.createQuery("SELECT e FROM " + entity + " e" + where + " ORDER BY " + orderBy, type);
        for (int i = 0; i < values.size(); i++) {
            count.setParameter(i + 1, values.get(i));
            select.setParameter(i + 1, values.get(i));
        }
        List<T> items = select.setFirstResult(request.offset()).setMaxResults(request.limit())
                .getResultList().stream().map(view).toList();
        return new Page<>(items, count.getSingleResult(), request.offset(), request.limit());
    }
}
