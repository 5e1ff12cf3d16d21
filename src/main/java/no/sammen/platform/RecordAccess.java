package no.sammen.platform;

/**
 * Someone is about to read, write or delete a registry record. Fired before the action so that an observer
 * (the access rules) can refuse it by throwing; nothing has been written at that point.
 */
public record RecordAccess(Object entity, Kind kind) {

    public enum Kind { READ, WRITE, DELETE }
}
