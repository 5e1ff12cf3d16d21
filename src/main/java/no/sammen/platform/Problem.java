package no.sammen.platform;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** An RFC 9457 problem document. */
public class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

    public String type = "about:blank";
    public String title;
    public int status;
    public String detail;
    public List<FieldError> errors;

    public static Response response(int status, String title, String detail, List<FieldError> errors) {
        Problem problem = new Problem();
        problem.status = status;
        problem.title = title;
        problem.detail = detail;
        problem.errors = errors == null || errors.isEmpty() ? null : errors;
        return Response.status(status).type(PROBLEM_JSON).entity(problem).build();
    }
}
