package org.gradientlab.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.learning.SeededRandom;
import org.gradientlab.exercises.ExpressionCheck;
import org.gradientlab.exercises.Note;

/**
 * Grades an expression part by numeric equivalence (DESIGN §5), then, for a wrong answer, looks for the
 * misconception that explains it: first the mutations of the correct derivative ({@link Mutations}), then the
 * generic relations to the reference ({@link Relations}).
 */
final class ExpressionGrader {

    private ExpressionGrader() {}

    static Reading<Expression> read(ExpressionCheck check, String text) {
        return ExpressionReader.read(text, check.domain().variables(), check.forbiddenFunctions());
    }

    static PartFeedback grade(ExpressionCheck check, Expression student, Interpretation shown, SeededRandom random) {
        PreparedExpression prepared = PreparedExpression.of(check);
        SamplePoints.Sample sample = SamplePoints.draw(check.domain(), prepared.reference(), random);
        if (!sample.enough()) {
            return PartFeedback.unverifiable(
                    List.of(MessageKey.UNVERIFIABLE.with(sample.points().size(), SamplePoints.REQUIRED)), shown);
        }
        double[] values = Equivalence.values(student.compile(), sample);
        List<String> names = check.domain().variables();
        return switch (Equivalence.compare(values, sample, check.tolerance())) {
            case Equivalence.Result.Equal e -> PartFeedback.graded(1, List.of(), List.of(), shown, null);
            case Equivalence.Result.Undefined u ->
                PartFeedback.graded(
                        0,
                        List.of(Note.UNDEFINED_AT_POINT),
                        List.of(MessageKey.UNDEFINED_AT.with(
                                Format.point(names, u.point()), Format.number(u.reference()))),
                        shown,
                        null);
            case Equivalence.Result.Differs d -> {
                Optional<Finding> finding = Mutations.diagnose(prepared, student, values, sample)
                        .or(() -> Relations.diagnose(values, sample.reference()));
                List<Note> notes = new ArrayList<>();
                List<Message> messages = new ArrayList<>();
                finding.ifPresentOrElse(
                        f -> {
                            notes.addAll(f.notes());
                            messages.addAll(f.messages());
                        },
                        () -> messages.add(MessageKey.DIFFERS_AT.with(
                                Format.point(names, d.point()),
                                Format.number(d.value()),
                                Format.number(d.reference()))));
                yield PartFeedback.graded(0, notes, messages, shown, null);
            }
        };
    }
}
