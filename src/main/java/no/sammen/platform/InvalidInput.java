package no.sammen.platform;

import java.util.List;

/** The request breaks one or more rules; answered with 400 and every offending field. Nothing was written. */
public class InvalidInput extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidInput(List<FieldError> errors) {
        super("Invalid input: " + errors.stream().map(FieldError::field).toList());
        this.errors = List.copyOf(errors);
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
