package org.gradientlab.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads request bodies strictly, so that a mistake is a 400 that names the field rather than a silent default:
 * unknown fields, repeated fields, numbers written as strings, fractional counts and trailing text are refused.
 * The only strings accepted where a number is expected are {@code "NaN"}, {@code "Infinity"} and
 * {@code "-Infinity"}, the API's spelling of the non-finite numbers.
 */
@Component
public final class ApiJson {

    private final JsonMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .withCoercionConfig(LogicalType.Float, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Integer, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    /**
     * The body as a {@code type}: a JSON object whose fields are the record's components.
     *
     * @throws ApiException 400 naming the field and what it must be, when the body is not such an object
     */
    public <T> T read(byte[] body, Class<T> type) {
        if (body == null || body.length == 0) {
            throw ApiException.badRequest("The request body is empty: send a JSON object.");
        }
        T value;
        try {
            value = mapper.readValue(body, type);
        } catch (JacksonException e) {
            throw ApiException.badRequest(describe(e));
        }
        if (value == null) {
            throw ApiException.badRequest("The request body is null: send a JSON object.");
        }
        return value;
    }

    /** Serialises an answer written outside Spring MVC (by the filters); non-finite numbers become strings. */
    byte[] write(Object value) {
        return mapper.writeValueAsBytes(value);
    }

    private static String describe(JacksonException e) {
        String field = path(e.getPath());
        return switch (e) {
            case UnrecognizedPropertyException u ->
                "Unknown field '" + field + "'" + known(u.getKnownPropertyIds()) + ".";
            case MismatchedInputException m
            when m.getTargetType() != null ->
                (field.isEmpty() ? "The request body" : "The field '" + field + "'") + " must be "
                        + expected(m.getTargetType()) + ".";
            case InputCoercionException c ->
                (field.isEmpty() ? "A number" : "The field '" + field + "'") + " is out of range: "
                        + c.getOriginalMessage();
            case StreamConstraintsException c ->
                "The request is too large or too deeply nested: " + c.getOriginalMessage();
            case StreamReadException r -> "The request body is not valid JSON" + at(r) + ": " + firstLine(r);
            default ->
                (field.isEmpty() ? "The request body" : "The field '" + field + "'") + " is not valid: " + firstLine(e);
        };
    }

    private static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference r : references) {
            if (r.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String known(Collection<Object> ids) {
        if (ids == null || ids.isEmpty()) {
            return "";
        }
        return "; the fields here are "
                + ids.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    private static String expected(Class<?> type) {
        if (type == Double.class || type == double.class || type == Float.class || type == float.class) {
            return "a number (or \"NaN\", \"Infinity\", \"-Infinity\")";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.isArray() || List.class.isAssignableFrom(type) || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        return "a JSON value";
    }

    private static String at(StreamReadException e) {
        return e.getLocation() == null
                ? ""
                : " (line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr() + ")";
    }

    private static String firstLine(JacksonException e) {
        String message = e.getOriginalMessage();
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
