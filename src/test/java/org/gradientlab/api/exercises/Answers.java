package org.gradientlab.api.exercises;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gradientlab.exercises.Answer;

/** Answers in the API's JSON encoding (DESIGN §5), as plain values for a request body. */
final class Answers {

    private Answers() {}

    static Object json(Answer answer) {
        return switch (answer) {
            case Answer.Text t -> t.text();
            case Answer.Entries e -> e.entries();
            case Answer.Grid g -> g.rows();
            case Answer.Settings s -> s.values();
        };
    }

    static Map<String, Object> json(Map<String, Answer> answers) {
        Map<String, Object> out = new LinkedHashMap<>();
        answers.forEach((id, a) -> out.put(id, json(a)));
        return out;
    }
}
