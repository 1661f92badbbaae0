package org.gradientlab.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the reference figures ({@code src/test/resources/reference/reference.json}), computed with
 * NumPy and PyTorch from the course material. Non-finite numbers are stored as the strings
 * {@code "NaN"}, {@code "Infinity"} and {@code "-Infinity"}; the accessors here turn them back into doubles.
 */
public final class ReferenceData {

    private static final JsonNode ROOT = load();

    private ReferenceData() {}

    private static JsonNode load() {
        try (InputStream in = ReferenceData.class.getResourceAsStream("/reference/reference.json")) {
            if (in == null) {
                throw new IllegalStateException("reference/reference.json is missing from the test resources");
            }
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every case in the file. */
    public static List<JsonNode> cases() {
        List<JsonNode> all = new ArrayList<>();
        ROOT.forEach(all::add);
        return all;
    }

    /** The case with this id (e.g. {@code s000-gd-bowl-numpy}). */
    public static JsonNode byId(String id) {
        for (JsonNode c : ROOT) {
            if (c.get("id").asString().equals(id)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no reference case " + id);
    }

    /** The case's {@code inputs} object. */
    public static JsonNode inputs(String id) {
        return byId(id).get("inputs");
    }

    /** The case's {@code outputs} object. */
    public static JsonNode outputs(String id) {
        return byId(id).get("outputs");
    }

    /** A number, or one of the strings "NaN", "Infinity", "-Infinity". */
    public static double number(JsonNode node) {
        if (node.isNumber()) {
            return node.asDouble();
        }
        return switch (node.asString()) {
            case "NaN" -> Double.NaN;
            case "Infinity" -> Double.POSITIVE_INFINITY;
            case "-Infinity" -> Double.NEGATIVE_INFINITY;
            default -> throw new IllegalArgumentException("not a number: " + node);
        };
    }

    /** A JSON array of numbers. */
    public static double[] vector(JsonNode array) {
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = number(array.get(i));
        }
        return out;
    }

    /** A JSON array of arrays of numbers (rows outer). */
    public static double[][] matrix(JsonNode rows) {
        double[][] out = new double[rows.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = vector(rows.get(i));
        }
        return out;
    }
}
