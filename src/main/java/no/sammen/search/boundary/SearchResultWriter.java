package no.sammen.search.boundary;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import no.sammen.search.control.SearchResult;

/**
 * Writes a search answer with JSON-P, byte for byte as JSON-B writes it (properties in lexicographic order, nulls
 * left out, a float as JSON-B writes it), which {@code SearchResultWriterTest} checks. JSON-B spent most of its
 * time on the answer's hash code (Yasson keeps every object it writes in a set to detect cycles, and a record's
 * hash code walks all hits and facet maps): about a third of a cached search's CPU over HTTP (BENCHMARKS.md 3b‴).
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class SearchResultWriter implements MessageBodyWriter<SearchResult> {

    private static final JsonGeneratorFactory JSON = Json.createGeneratorFactory(Map.of());

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == SearchResult.class;
    }

    @Override
    public void writeTo(SearchResult result, Class<?> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) {
        try (JsonGenerator json = JSON.createGenerator(new NonClosing(out), StandardCharsets.UTF_8)) {
            write(result, json);
        }
    }

    static void write(SearchResult result, JsonGenerator json) {
        json.writeStartObject();
        if (result.facets() != null) {
            json.writeStartObject("facets");
            for (var dimension : result.facets().entrySet()) {
                json.writeStartObject(dimension.getKey());
                for (var count : dimension.getValue().entrySet()) {
                    if (count.getValue() == null) {
                        json.writeNull(count.getKey());
                    } else {
                        json.write(count.getKey(), count.getValue().intValue());
                    }
                }
                json.writeEnd();
            }
            json.writeEnd();
        }
        json.write("facetsExact", result.facetsExact());
        if (result.hits() != null) {
            json.writeStartArray("hits");
            for (SearchResult.Hit hit : result.hits()) {
                json.writeStartObject();
                text(json, "areaName", hit.areaName());
                if (hit.distanceKm() != null) {
                    json.write("distanceKm", hit.distanceKm().doubleValue());
                }
                json.write("id", hit.id());
                text(json, "municipality", hit.municipality());
                json.write("score", new BigDecimal(String.valueOf(hit.score())));
                text(json, "snippet", hit.snippet());
                text(json, "title", hit.title());
                text(json, "type", hit.type());
                json.writeEnd();
            }
            json.writeEnd();
        }
        json.write("limit", result.limit());
        json.write("offset", result.offset());
        json.write("total", result.total());
        json.write("totalExact", result.totalExact());
        json.writeEnd();
    }

    private static void text(JsonGenerator json, String name, String value) {
        if (value != null) {
            json.write(name, value);
        }
    }

    /** The container closes the response stream itself. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws java.io.IOException {
            flush();
        }
    }
}
