package no.sammen.platform;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;

/**
 * A reference to another record as clients write it: a numeric id ({@code 42}, {@code "42"}) or a
 * human key such as a municipality slug ({@code "vinje"}) or an area key ({@code "rauland"}).
 */
@JsonbTypeSerializer(Ref.Serializer.class)
@JsonbTypeDeserializer(Ref.Deserializer.class)
public record Ref(Long id, String key) {

    public static Ref id(long id) {
        return new Ref(id, null);
    }

    public static Ref key(String key) {
        return new Ref(null, key);
    }

    public static Ref parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        return t.chars().allMatch(Character::isDigit) && t.length() < 18 ? id(Long.parseLong(t)) : key(t);
    }

    @Override
    public String toString() {
        return id != null ? id.toString() : key;
    }

    public static class Serializer implements JsonbSerializer<Ref> {
        @Override
        public void serialize(Ref ref, JsonGenerator generator, SerializationContext ctx) {
            if (ref.id() != null) {
                generator.write(ref.id());
            } else {
                generator.write(ref.key());
            }
        }
    }

    public static class Deserializer implements JsonbDeserializer<Ref> {
        @Override
        public Ref deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
            JsonValue value = parser.getValue();
            if (value instanceof JsonNumber number && number.isIntegral()) {
                return id(number.longValue());
            }
            if (value instanceof JsonString string) {
                return parse(string.getString());
            }
            if (value == JsonValue.NULL) {
                return null;
            }
            throw new JsonbException("A reference must be an id or a key, in property of type Ref");
        }
    }
}
