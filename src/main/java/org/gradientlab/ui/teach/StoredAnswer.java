package org.gradientlab.ui.teach;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A stored answer ({@code {"part-id": answer, …}}, as DESIGN §5 encodes answers) as an instructor reads it: the
 * answer alone when there is one part, {@code part: answer; …} when there are several, lists in brackets. Text that
 * is not such an object is shown as it is.
 */
final class StoredAnswer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StoredAnswer() {}

    static String readable(String stored) {
        JsonNode answers;
        try {
            answers = JSON.readTree(stored);
        } catch (JacksonException e) {
            return stored;
        }
        if (answers == null || !answers.isObject() || answers.isEmpty()) {
            return stored;
        }
        List<String> parts = new ArrayList<>();
        answers.properties()
                .forEach(part -> parts.add((answers.size() == 1 ? "" : part.getKey() + ": ") + value(part.getValue())));
        return String.join("; ", parts);
    }

    private static String value(JsonNode answer) {
        if (answer.isString()) {
            return answer.asString();
        }
        if (answer.isArray()) {
            List<String> entries = new ArrayList<>();
            answer.forEach(entry -> entries.add(value(entry)));
            return "[" + String.join(", ", entries) + "]";
        }
        if (answer.isObject()) {
            List<String> entries = new ArrayList<>();
            answer.properties().forEach(e -> entries.add(e.getKey() + " = " + value(e.getValue())));
            return "{" + String.join(", ", entries) + "}";
        }
        return answer.toString();
    }
}
