package org.gradientlab.courses;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Answers and parameter overrides are stored as JSON text, written and read back here. */
final class JsonText {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonText() {}

    static String write(Object value) {
        return JSON.writeValueAsString(value);
    }

    static Map<String, Object> answers(String json) {
        return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {});
    }

    static Map<String, String> overrides(String json) {
        return JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() {});
    }
}
