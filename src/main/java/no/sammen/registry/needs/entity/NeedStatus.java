package no.sammen.registry.needs.entity;

public enum NeedStatus {
    OPEN, FILLED, CLOSED;

    public static NeedStatus parse(String text) {
        for (NeedStatus status : values()) {
            if (status.name().equalsIgnoreCase(text.strip())) {
                return status;
            }
        }
        return null;
    }
}
