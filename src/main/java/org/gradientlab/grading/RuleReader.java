package org.gradientlab.grading;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gradientlab.engine.expr.ErrorKey;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.expr.ParseResult;
import org.gradientlab.engine.expr.Variables;
import org.gradientlab.exercises.Note;
import org.gradientlab.exercises.OptimizerRuleCheck;

/**
 * Reads update rules typed as assignments ({@code name = expression}, also {@code :=} or {@code ←}) with the
 * engine's parser. The right-hand sides may use the check's names and any name an earlier or later line assigns;
 * a name that only the rules introduce (a temporary such as {@code mhat} or {@code step}) must be assigned
 * before it is read within the step, while x, g and the optimizer's state carry over from the previous step.
 * Hyperparameters and t cannot be assigned, and some line must assign x. Every format error names its line and
 * column as typed.
 */
final class RuleReader {

    /** At most this many assignments. */
    static final int MAX_ASSIGNMENTS = 30;

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private RuleReader() {}

    /** A statement split at its assignment sign. */
    private record Split(RuleText.Statement statement, String target, int rhsStart) {
        String rhs() {
            int[] cps = statement.text().codePoints().toArray();
            return new String(cps, rhsStart, cps.length - rhsStart);
        }
    }

    static Reading<RuleProgram> read(OptimizerRuleCheck check, String text) {
        List<RuleText.Statement> statements = RuleText.statements(text);
        if (statements.isEmpty()) {
            return Reading.unreadable(MessageKey.RULE_EMPTY.with());
        }
        if (statements.size() > MAX_ASSIGNMENTS) {
            return Reading.unreadable(MessageKey.RULE_TOO_LONG.with(statements.size(), MAX_ASSIGNMENTS));
        }
        List<Message> problems = new ArrayList<>();
        Set<Note> notes = new LinkedHashSet<>();
        Set<String> fixed = new HashSet<>(check.rule().hyperparameters());
        fixed.add("t");
        List<Split> splits = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>(check.variables());
        for (RuleText.Statement s : statements) {
            Split split = split(s, fixed, problems);
            if (split != null) {
                splits.add(split);
                names.add(split.target());
            }
        }
        Variables variables = new Variables(List.copyOf(names));
        List<RuleProgram.Assignment> assignments = new ArrayList<>();
        Set<String> available = new HashSet<>(List.of("x", "g", "t"));
        available.addAll(check.rule().state());
        available.addAll(check.rule().hyperparameters());
        for (Split split : splits) {
            RuleText.Statement s = split.statement();
            switch (Expression.tryParse(split.rhs(), variables)) {
                case ParseResult.Success ok -> {
                    for (String used : ok.expression().usedVariables()) {
                        if (!available.contains(used)) {
                            problems.add(MessageKey.RULE_USED_BEFORE_ASSIGNED.with(
                                    s.line(), s.column(split.rhsStart() + offsetOf(used, split.rhs())), used));
                        }
                    }
                    assignments.add(new RuleProgram.Assignment(split.target(), ok.expression(), s.line()));
                }
                case ParseResult.Failure f -> {
                    problems.add(invalid(s, split.rhsStart(), f));
                    if (f.key() == ErrorKey.UNKNOWN_VARIABLE) {
                        notes.add(Note.UNKNOWN_VARIABLE);
                    }
                }
            }
            available.add(split.target());
        }
        if (problems.isEmpty() && splits.stream().noneMatch(s -> s.target().equals("x"))) {
            problems.add(MessageKey.RULE_X_NOT_UPDATED.with());
        }
        if (!problems.isEmpty()) {
            return new Reading.Unreadable<>(problems, List.copyOf(notes), null);
        }
        RuleProgram program = new RuleProgram(variables, assignments);
        return new Reading.Readable<>(program, program.interpretation());
    }

    /** The statement cut at its assignment sign with a usable target, or null after recording the problem. */
    private static Split split(RuleText.Statement s, Set<String> fixed, List<Message> problems) {
        int[] cps = s.text().codePoints().toArray();
        int equals = -1;
        for (int i = 0; i < cps.length && equals < 0; i++) {
            if (cps[i] == '=') {
                equals = i;
            }
        }
        int first = 0;
        while (first < cps.length && Character.isWhitespace(cps[first])) {
            first++;
        }
        if (equals < 0) {
            problems.add(MessageKey.RULE_NOT_ASSIGNMENT.with(s.line(), s.column(first)));
            return null;
        }
        int lhsEnd = equals > 0 && cps[equals - 1] == ':' ? equals - 1 : equals;
        String target = new String(cps, first, Math.max(0, lhsEnd - first)).strip();
        if (target.isEmpty()) {
            problems.add(MessageKey.RULE_NOT_ASSIGNMENT.with(s.line(), s.column(first)));
            return null;
        }
        if (fixed.contains(target)) {
            problems.add(MessageKey.RULE_GIVEN_TARGET.with(s.line(), s.column(first), target));
            return null;
        }
        if (!assignable(target)) {
            problems.add(MessageKey.RULE_BAD_TARGET.with(s.line(), s.column(first), target));
            return null;
        }
        return new Split(s, target, equals + 1);
    }

    /**
     * The parser's error placed in the typed line: its column (and, for an unclosed parenthesis, the column of the
     * parenthesis it names) count from the start of the line, so the English text is rendered again with them.
     */
    private static Message invalid(RuleText.Statement s, int rhsStart, ParseResult.Failure f) {
        int column = s.column(rhsStart + f.column() - 1);
        List<String> engineArgs = new ArrayList<>(f.arguments());
        if (f.key() == ErrorKey.MISSING_CLOSING_PAREN && !engineArgs.isEmpty()) {
            engineArgs.set(0, Integer.toString(s.column(rhsStart + Integer.parseInt(engineArgs.get(0)) - 1)));
        }
        List<Object> args = new ArrayList<>(
                List.of(s.line(), column, f.key().english(column, engineArgs), ExpressionReader.key(f.key())));
        args.addAll(engineArgs);
        return MessageKey.RULE_INVALID_EXPRESSION.with(args.toArray());
    }

    private static boolean assignable(String name) {
        if (!NAME.matcher(name).matches() || name.equals("e") || name.equals("pi")) {
            return false;
        }
        try {
            Variables.of(name);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The code-point offset of the first use of {@code name} in {@code rhs}, or 0 if it cannot be found. */
    private static int offsetOf(String name, String rhs) {
        Matcher m = IDENTIFIER.matcher(rhs);
        while (m.find()) {
            if (m.group().equals(name)) {
                return rhs.codePointCount(0, m.start());
            }
        }
        return 0;
    }
}
