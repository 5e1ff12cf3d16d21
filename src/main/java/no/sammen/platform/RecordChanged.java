package no.sammen.platform;

/**
 * A registry record was created, changed ({@code entity} is the managed entity) or deleted ({@code entity}
 * is null), inside a transaction that has not committed yet.
 */
public record RecordChanged(Class<?> type, long id, Object entity) {
}
