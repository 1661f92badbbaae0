package org.gradientlab.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.gradientlab.engine.landscape.Landscape;
import org.gradientlab.exercises.Note;
import org.gradientlab.exercises.OptimizerRuleCheck;
import org.gradientlab.exercises.Tolerance;

/**
 * Grades update rules by running them side by side with the engine's optimizer on each of the check's runs
 * (DESIGN §4, implement-optimizer). Full credit when x and every template quantity agree after every update; half
 * when x agrees everywhere but a quantity such as v follows another convention; none otherwise. The first update
 * and variable that differ are reported, and a wrong rule whose runs match a known mistake earns its note.
 */
final class OptimizerRuleGrader {

    /**
     * Matching a known mistake only chooses which explanation to give, so it is looser than grading: equivalent
     * ways to write the mistaken rule differ by rounding only.
     */
    private static final Tolerance MISTAKE = new Tolerance(1e-6, 1e-9);

    private OptimizerRuleGrader() {}

    static Reading<RuleProgram> read(OptimizerRuleCheck check, String text) {
        return RuleReader.read(check, text);
    }

    static PartFeedback grade(OptimizerRuleCheck check, RuleProgram program, Interpretation shown) {
        List<String> compared = RuleRuns.compared(program, check.rule());
        List<RuleTrace> student = new ArrayList<>();
        Optional<RuleTrace.Difference> first = Optional.empty();
        OptimizerRuleCheck.Run firstRun = null;
        boolean xAgrees = true;
        for (OptimizerRuleCheck.Run run : check.runs()) {
            RuleTrace expected = RuleRuns.engine(check.rule(), run);
            RuleTrace got = RuleRuns.student(program, check.rule(), run);
            student.add(got);
            xAgrees &= expected.agrees(got, List.of("x"), check.tolerance());
            if (first.isEmpty()) {
                first = expected.firstDifference(got, compared, check.tolerance());
                firstRun = run;
            }
        }
        if (first.isEmpty()) {
            return PartFeedback.graded(1, List.of(), List.of(), shown, null);
        }
        List<Message> messages = new ArrayList<>();
        RuleTrace.Difference d = first.get();
        if (xAgrees) {
            messages.add(MessageKey.RULE_X_AGREES.with(check.rule().displayName(), d.variable()));
        }
        messages.add(differs(d, firstRun));
        List<Note> notes = new ArrayList<>();
        diagnose(check, student, compared).ifPresent(k -> {
            notes.add(k.note());
            messages.add(MessageKey.RULE_MATCHES_MISTAKE.with(k.how()));
        });
        return PartFeedback.graded(xAgrees ? 0.5 : 0, notes, messages, shown, null);
    }

    /** The first known mistake whose runs the student's runs match in every quantity both record. */
    private static Optional<OptimizerRuleCheck.KnownRule> diagnose(
            OptimizerRuleCheck check, List<RuleTrace> student, List<String> compared) {
        for (OptimizerRuleCheck.KnownRule mistake : check.mistakes()) {
            RuleProgram mutant = mistake.engine() == null ? program(check, mistake.rules()) : null;
            boolean matches = true;
            for (int r = 0; r < check.runs().size() && matches; r++) {
                OptimizerRuleCheck.Run run = check.runs().get(r);
                RuleTrace trace = mutant == null
                        ? RuleRuns.engine(mistake.engine(), run)
                        : RuleRuns.student(mutant, check.rule(), run);
                List<String> common = compared.stream().filter(trace::has).toList();
                matches = trace.resembles(student.get(r), common, MISTAKE);
            }
            if (matches) {
                return Optional.of(mistake);
            }
        }
        return Optional.empty();
    }

    private static RuleProgram program(OptimizerRuleCheck check, String rules) {
        return switch (RuleReader.read(check, rules)) {
            case Reading.Readable<RuleProgram> r -> r.value();
            case Reading.Unreadable<RuleProgram> u ->
                throw new IllegalStateException("a known mistake's rules cannot be read: " + u.messages());
        };
    }

    private static Message differs(RuleTrace.Difference d, OptimizerRuleCheck.Run run) {
        Landscape f = RuleRuns.landscape(run);
        String variable = f.dimension() > 1 ? d.variable() + "[" + (d.coordinate() + 1) + "]" : d.variable();
        StringJoiner settings = new StringJoiner(", ");
        for (Map.Entry<String, Double> h : run.hyperparameters().entrySet()) {
            settings.add(h.getKey() + " = " + Format.number(h.getValue()));
        }
        return MessageKey.RULE_STEP_DIFFERS.with(
                d.step(),
                variable,
                Format.number(d.expected()),
                Format.number(d.got()),
                f.formula(),
                "(" + String.join(", ", run.start().stream().map(Format::number).toList()) + ")",
                settings.toString());
    }
}
