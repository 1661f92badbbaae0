package org.gradientlab.api;

import java.util.List;
import org.gradientlab.engine.expr.Variables;

/**
 * Checks shared by the endpoints for the fields of a request record after {@link ApiJson} has read it: presence,
 * lists of numbers and variable names. Each failure is a 400 that names the field.
 */
public final class Fields {

    /** The most variables a request may declare; keeps every answer a few megabytes at most. */
    public static final int MAX_VARIABLES = 16;

    private Fields() {}

    /** The value of a required field. */
    public static <T> T required(T value, String field) {
        if (value == null) {
            throw ApiException.badRequest("The field '" + field + "' is required.");
        }
        return value;
    }

    /** A list of numbers (non-finite allowed, as the strings "NaN", "Infinity", "-Infinity") as an array. */
    public static double[] numbers(List<Double> values, String field) {
        required(values, field);
        double[] array = new double[values.size()];
        for (int i = 0; i < array.length; i++) {
            Double v = values.get(i);
            if (v == null) {
                throw ApiException.badRequest("The field '" + field + "[" + i + "]' must be a number, not null.");
            }
            array[i] = v;
        }
        return array;
    }

    /** Ordered variable names: identifiers, not function names, without repeats, at most {@link #MAX_VARIABLES}. */
    public static Variables variables(List<String> names, String field) {
        required(names, field);
        if (names.size() > MAX_VARIABLES) {
            throw ApiException.badRequest("The field '" + field + "' lists " + names.size()
                    + " variables; the limit is " + MAX_VARIABLES + ".");
        }
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i) == null) {
                throw ApiException.badRequest(
                        "The field '" + field + "[" + i + "]' must be a variable name, not null.");
            }
        }
        try {
            return new Variables(names);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("The field '" + field + "' is not valid: " + e.getMessage() + ".");
        }
    }

    /** Refuses a field that the request's other choices make meaningless. */
    public static void absent(Object value, String field, String reason) {
        if (value != null) {
            throw ApiException.badRequest("The field '" + field + "' " + reason);
        }
    }
}
