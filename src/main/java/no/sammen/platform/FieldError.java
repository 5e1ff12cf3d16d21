package no.sammen.platform;

/** One thing wrong with one field of a request, named as the client wrote it ("availability[0].from"). */
public record FieldError(String field, String message) {
}
