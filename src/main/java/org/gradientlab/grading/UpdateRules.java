package org.gradientlab.grading;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gradientlab.engine.expr.Expr;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.expr.Variables;
import org.gradientlab.exercises.Note;
import org.gradientlab.exercises.UpdateRuleCheck;

/**
 * Reads update rules: one assignment per line, {@code name = formula} (also {@code ←}, {@code <-}, {@code :=});
 * blank lines and lines starting with {@code #} are skipped. Each formula may use x, g, t, the state, the
 * constants and names assigned on earlier lines; errors name the line and keep the column within it.
 */
final class UpdateRules {

    /** One line: {@code name ← formula}. */
    record Assignment(String name, Expression formula, int line) {}

    private static final Pattern ASSIGNMENT = Pattern.compile("^\\s*([A-Za-z][A-Za-z0-9_]*)\\s*(←|:=|<-|=)");

    private UpdateRules() {}

    static Reading<List<Assignment>> read(UpdateRuleCheck check, String text) {
        Set<String> known = new LinkedHashSet<>(check.names());
        Set<String> assignable = new LinkedHashSet<>(check.state().keySet());
        assignable.add("x");
        List<Assignment> out = new ArrayList<>();
        List<Message> problems = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            int line = i + 1;
            String source = lines[i];
            if (source.isBlank() || source.strip().startsWith("#")) {
                continue;
            }
            Matcher m = ASSIGNMENT.matcher(source);
            if (!m.find()) {
                problems.add(MessageKey.NOT_AN_ASSIGNMENT.with(line));
                continue;
            }
            String name = m.group(1);
            if (check.constants().containsKey(name) || name.equals("g") || name.equals("t")) {
                problems.add(MessageKey.CANNOT_ASSIGN.with(line, name, String.join(", ", assignable)));
                continue;
            }
            // blank out "name =" so the parser's columns are the line's own
            String formula = " ".repeat(source.codePointCount(0, m.end())) + source.substring(m.end());
            switch (ExpressionReader.read(formula, List.copyOf(known), Set.of())) {
                case Reading.Readable<Expression> r -> {
                    if (!known.contains(name)) {
                        if (!variableName(name)) {
                            problems.add(MessageKey.CANNOT_ASSIGN.with(line, name, String.join(", ", assignable)));
                            continue;
                        }
                        known.add(name);
                    }
                    out.add(new Assignment(name, r.value(), line));
                }
                case Reading.Unreadable<Expression> u -> {
                    u.messages().forEach(msg -> problems.add(Message.located(MessageKey.INVALID_LINE, msg, line)));
                    notes.addAll(u.notes());
                }
            }
        }
        if (problems.isEmpty() && out.stream().noneMatch(a -> a.name().equals("x"))) {
            problems.add(MessageKey.NO_UPDATE.with());
        }
        if (!problems.isEmpty()) {
            return new Reading.Unreadable<>(problems, notes, null);
        }
        return new Reading.Readable<>(out, interpretation(out));
    }

    private static boolean variableName(String name) {
        try {
            Variables.of(name);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Interpretation interpretation(List<Assignment> rules) {
        List<String> text = new ArrayList<>();
        List<String> latex = new ArrayList<>();
        for (Assignment a : rules) {
            text.add(a.name() + " = " + a.formula().toText());
            String name = Expression.of(new Expr.Var(a.name()), Variables.of(a.name())).toLatex();
            latex.add(name + " &\\leftarrow " + a.formula().toLatex());
        }
        return new Interpretation(String.join("\n", text),
                "\\begin{aligned} " + String.join(" \\\\ ", latex) + " \\end{aligned}");
    }
}
