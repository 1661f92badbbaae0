package org.gradientlab.ui.student;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gradientlab.exercises.Answer;

/**
 * Answers in the JSON shape the courses module stores and grades (DESIGN §5): strings, lists of strings, rows of
 * strings, or a map of strings — the inverse of {@link Answer#fromJson}.
 */
final class AnswerJson {

    private AnswerJson() {}

    static Map<String, Object> write(Map<String, Answer> answers) {
        Map<String, Object> out = new LinkedHashMap<>();
        answers.forEach((part, answer) -> out.put(part, value(answer)));
        return out;
    }

    static Object value(Answer answer) {
        return switch (answer) {
            case Answer.Text t -> t.text();
            case Answer.Entries e -> List.copyOf(e.entries());
            case Answer.Grid g -> List.copyOf(g.rows());
            case Answer.Settings s -> Map.copyOf(s.values());
        };
    }
}
