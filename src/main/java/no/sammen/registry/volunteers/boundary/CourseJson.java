package no.sammen.registry.volunteers.boundary;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import no.sammen.registry.volunteers.entity.Course;

/**
 * A completed course: {@code {"name": "demensopplæring", "completedOn": "2025-02-01", "validUntil": null}},
 * or just its name as a string when the dates are not known.
 */
@JsonbTypeDeserializer(CourseJson.Deserializer.class)
public class CourseJson {

    public String name;
    public String completedOn;
    public String validUntil;

    public static CourseJson of(Course course) {
        CourseJson json = new CourseJson();
        json.name = course.name();
        json.completedOn = course.completedOn() == null ? null : course.completedOn().toString();
        json.validUntil = course.validUntil() == null ? null : course.validUntil().toString();
        return json;
    }

    public static class Deserializer implements JsonbDeserializer<CourseJson> {
        @Override
        public CourseJson deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
            JsonValue value = parser.getValue();
            CourseJson course = new CourseJson();
            if (value instanceof JsonString name) {
                course.name = name.getString();
            } else if (value instanceof JsonObject object) {
                course.name = string(object, "name");
                course.completedOn = string(object, "completedOn");
                course.validUntil = string(object, "validUntil");
            } else {
                throw new JsonbException("A course must be a name or an object, in property 'courses'");
            }
            return course;
        }

        private static String string(JsonObject object, String key) {
            JsonValue value = object.get(key);
            if (value == null || value == JsonValue.NULL) {
                return null;
            }
            if (value instanceof JsonString s) {
                return s.getString();
            }
            throw new JsonbException("Course field must be a string, in property '" + key + "'");
        }
    }
}
