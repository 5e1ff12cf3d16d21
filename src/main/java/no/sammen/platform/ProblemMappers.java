package no.sammen.platform;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Every error leaves the API as application/problem+json; none leaves as a stack trace. */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());
    private static final Pattern PROPERTY = Pattern.compile("property '?([A-Za-z0-9_]+)'?");

    private ProblemMappers() {
    }

    @Provider
    public static class InvalidInputMapper implements ExceptionMapper<InvalidInput> {
        @Override
        public Response toResponse(InvalidInput e) {
            return Problem.response(400, "Invalid input", "One or more fields are invalid; nothing was saved.",
                    e.errors());
        }
    }

    @Provider
    public static class NotFoundMapper implements ExceptionMapper<NotFound> {
        @Override
        public Response toResponse(NotFound e) {
            return Problem.response(404, "Not found", e.getMessage(), null);
        }
    }

    @Provider
    public static class ForbiddenMapper implements ExceptionMapper<Forbidden> {
        @Override
        public Response toResponse(Forbidden e) {
            return Problem.response(403, "Forbidden", e.getMessage(), null);
        }
    }

    @Provider
    public static class ConflictMapper implements ExceptionMapper<Conflict> {
        @Override
        public Response toResponse(Conflict e) {
            return Problem.response(409, "Conflict", e.getMessage(),
                    e.field() == null ? null : List.of(new FieldError(e.field(), e.getMessage())));
        }
    }

    @Provider
    public static class OptimisticLockMapper implements ExceptionMapper<OptimisticLockException> {
        @Override
        public Response toResponse(OptimisticLockException e) {
            return Problem.response(409, "Conflict",
                    "Someone else changed this record meanwhile; fetch it again and reapply your change.",
                    List.of(new FieldError("version", "stale")));
        }
    }

    /** Malformed JSON or a value of the wrong JSON type. */
    @Provider
    public static class JsonbMapper implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return malformed(e);
        }
    }

    @Provider
    public static class JsonParsingMapper implements ExceptionMapper<JsonParsingException> {
        @Override
        public Response toResponse(JsonParsingException e) {
            return malformed(e);
        }
    }

    @Provider
    public static class ProcessingMapper implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return malformed(e);
        }
    }

    @Provider
    public static class WebApplicationMapper implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            if (e.getCause() instanceof JsonbException || e.getCause() instanceof JsonParsingException) {
                return malformed(e.getCause());
            }
            Response.StatusType status = e.getResponse().getStatusInfo();
            return Problem.response(status.getStatusCode(), status.getReasonPhrase(), null, null);
        }
    }

    /** The last resort: a generic 500 with an incident id that is also in the log, never the exception text. */
    @Provider
    public static class UnexpectedMapper implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            Throwable cause = rootCause(e);
            if (cause instanceof InvalidInput invalid) {
                return new InvalidInputMapper().toResponse(invalid);
            }
            if (cause instanceof Conflict conflict) {
                return new ConflictMapper().toResponse(conflict);
            }
            if (cause instanceof Forbidden forbidden) {
                return new ForbiddenMapper().toResponse(forbidden);
            }
            if (cause instanceof NotFound notFound) {
                return new NotFoundMapper().toResponse(notFound);
            }
            if (cause instanceof OptimisticLockException
                    || cause.getClass().getName().endsWith("OptimisticLockException")) {
                return new OptimisticLockMapper().toResponse(null);
            }
            if (cause instanceof JsonbException || cause instanceof JsonParsingException) {
                return malformed(cause);
            }
            String incident = UUID.randomUUID().toString();
            // Only the exception type: messages may carry personal data from the request.
            LOG.log(Level.SEVERE, "Unexpected error, incident {0}: {1}", new Object[] {incident, cause.getClass().getName()});
            LOG.log(Level.FINE, "Incident " + incident, e);
            return Problem.response(500, "Internal error", "Something went wrong on our side (incident " + incident
                    + "). Nothing was saved.", null);
        }
    }

    static Response malformed(Throwable e) {
        List<FieldError> errors = null;
        String message = messageChain(e);
        Matcher matcher = PROPERTY.matcher(message);
        if (matcher.find()) {
            errors = List.of(new FieldError(matcher.group(1), "has the wrong type or format"));
        }
        return Problem.response(400, "Malformed request body",
                "The body is not valid JSON of the expected shape; nothing was saved.", errors);
    }

    private static String messageChain(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                all.append(t.getMessage()).append(' ');
            }
        }
        return all.toString();
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            if (t instanceof InvalidInput || t instanceof Conflict || t instanceof NotFound || t instanceof Forbidden) {
                return t;
            }
            t = t.getCause();
        }
        return t;
    }
}
