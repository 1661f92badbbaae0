package org.gradientlab.exercises.catalogue;

import static org.gradientlab.exercises.Note.CONSTANT_FACTOR;
import static org.gradientlab.exercises.Note.DROPPED_TERM;
import static org.gradientlab.exercises.Note.EXTRA_CONSTANT;
import static org.gradientlab.exercises.Note.FORBIDDEN_FUNCTION;
import static org.gradientlab.exercises.Note.FUNCTION_NOT_DIFFERENTIATED;
import static org.gradientlab.exercises.Note.INTEGRATED_INSTEAD;
import static org.gradientlab.exercises.Note.MISSING_INNER_DERIVATIVE;
import static org.gradientlab.exercises.Note.SIGN_ERROR;
import static org.gradientlab.exercises.Note.UNKNOWN_VARIABLE;
import static org.gradientlab.exercises.Note.WRONG_OUTER_DERIVATIVE;

import java.util.ArrayList;
import java.util.List;
import org.gradientlab.exercises.Answer;
import org.gradientlab.exercises.CannedAnswer;
import org.gradientlab.exercises.Domain;

/**
 * The families of composite functions the chain-rule variants draw from: sin(a·xⁿ), cos(a·xⁿ), exp(a·x²),
 * ln(1 + a·x²), (b·x + c)ⁿ, √(1 + a·x²) and sin(x² + b·x). Variant 0 is the course material's sin(x²). In
 * sin(x² + b·x), |b| ≥ 2 so that dropping the square's derivative (b·cos u) is not also "cos u with or without a
 * sign", which would be a different mistake.
 */
final class ChainRuleCases {

    private ChainRuleCases() {}

    /** The case of variant {@code number}. */
    static ChainRuleCase forVariant(int number) {
        if (number == 0) {
            return sinPower(1, 2);
        }
        VariantRandom r = VariantRandom.of(ChainRuleExercise.ID, number);
        return switch (r.nextInt(7)) {
            case 0 -> sinPower(r.pickInt(1, 2, 3), r.pickInt(2, 3));
            case 1 -> cosPower(r.pickInt(1, 2, 3), r.pickInt(2, 3));
            case 2 -> expSquare(r.pickInt(-2, -1, 2, 3));
            case 3 -> logOnePlusSquare(r.pickInt(1, 2, 3, 4));
            case 4 -> linearPower(r.pickInt(2, 3, 4), r.pickInt(-1, 1, 2), r.pickInt(3, 4, 5));
            case 5 -> sqrtOnePlusSquare(r.pickInt(1, 2, 3));
            default -> sinQuadraticPlusLinear(r.pickInt(-3, -2, 2, 3));
        };
    }

    /** Every case the variants can draw, for looking up an instructor's choice of function. */
    static List<ChainRuleCase> all() {
        List<ChainRuleCase> all = new ArrayList<>();
        for (int a : new int[] {1, 2, 3}) {
            for (int n : new int[] {2, 3}) {
                all.add(sinPower(a, n));
                all.add(cosPower(a, n));
            }
        }
        for (int a : new int[] {-2, -1, 2, 3}) {
            all.add(expSquare(a));
        }
        for (int a : new int[] {1, 2, 3, 4}) {
            all.add(logOnePlusSquare(a));
        }
        for (int b : new int[] {2, 3, 4}) {
            for (int c : new int[] {-1, 1, 2}) {
                for (int n : new int[] {3, 4, 5}) {
                    all.add(linearPower(b, c, n));
                }
            }
        }
        for (int a : new int[] {1, 2, 3}) {
            all.add(sqrtOnePlusSquare(a));
        }
        for (int b : new int[] {-3, -2, 2, 3}) {
            all.add(sinQuadraticPlusLinear(b));
        }
        return all;
    }

    static ChainRuleCase sinPower(int a, int n) {
        Monomial u = new Monomial(a, n, "x");
        Monomial du = u.derivative();
        String f = "sin(" + u.text() + ")";
        String d = du.text() + "*cos(" + u.text() + ")";
        List<CannedAnswer> canned = common(f, d);
        canned.add(CannedAnswer.of(
                "outer derivative only", Answer.text("cos(" + u.text() + ")"), MISSING_INNER_DERIVATIVE));
        canned.add(CannedAnswer.of("sin' taken as -cos", Answer.text("-" + d), WRONG_OUTER_DERIVATIVE));
        canned.add(CannedAnswer.of(
                "inner derivative without its constant",
                Answer.text(new Monomial(1, n - 1, "x").text() + "*cos(" + u.text() + ")"),
                CONSTANT_FACTOR));
        return new ChainRuleCase(
                f,
                "\\sin(" + u.latex() + ")",
                "\\sin u",
                "\\cos u",
                u.latex(),
                du.latex(),
                d,
                du.latex() + "\\cos(" + u.latex() + ")",
                new Domain.Interval(-2, 2),
                canned);
    }

    static ChainRuleCase cosPower(int a, int n) {
        Monomial u = new Monomial(a, n, "x");
        Monomial du = u.derivative();
        String f = "cos(" + u.text() + ")";
        String d = "-" + du.text() + "*sin(" + u.text() + ")";
        List<CannedAnswer> canned = common(f, d);
        canned.add(CannedAnswer.of(
                "outer derivative only", Answer.text("-sin(" + u.text() + ")"), MISSING_INNER_DERIVATIVE));
        canned.add(CannedAnswer.of(
                "cos' taken as sin", Answer.text(du.text() + "*sin(" + u.text() + ")"), WRONG_OUTER_DERIVATIVE));
        canned.add(CannedAnswer.of(
                "inner derivative without its constant",
                Answer.text("-" + new Monomial(1, n - 1, "x").text() + "*sin(" + u.text() + ")"),
                CONSTANT_FACTOR));
        return new ChainRuleCase(
                f,
                "\\cos(" + u.latex() + ")",
                "\\cos u",
                "-\\sin u",
                u.latex(),
                du.latex(),
                d,
                "-" + du.latex() + "\\sin(" + u.latex() + ")",
                new Domain.Interval(-2, 2),
                canned);
    }

    static ChainRuleCase expSquare(int a) {
        Monomial u = new Monomial(a, 2, "x");
        Monomial du = u.derivative();
        String f = "exp(" + u.text() + ")";
        String d = du.text() + "*exp(" + u.text() + ")";
        List<CannedAnswer> canned = new ArrayList<>();
        canned.add(CannedAnswer.of(
                "outer derivative only (the function itself)", Answer.text(f), MISSING_INNER_DERIVATIVE));
        canned.add(CannedAnswer.of(
                "exp' taken as u·exp u",
                Answer.text("(" + u.text() + ")*exp(" + u.text() + ")*(" + du.text() + ")"),
                WRONG_OUTER_DERIVATIVE));
        canned.add(CannedAnswer.of("sign flipped", Answer.text("-(" + d + ")"), SIGN_ERROR));
        canned.add(CannedAnswer.of(
                "inner derivative without its constant", Answer.text("x*exp(" + u.text() + ")"), CONSTANT_FACTOR));
        canned.add(CannedAnswer.of("plus a constant", Answer.text(d + " + 1"), EXTRA_CONSTANT));
        canned.add(CannedAnswer.invalid("uses diff", Answer.text("diff(" + f + ", x)"), FORBIDDEN_FUNCTION));
        return new ChainRuleCase(
                f,
                "e^{" + u.latex() + "}",
                "e^{u}",
                "e^{u}",
                u.latex(),
                du.latex(),
                d,
                du.latex() + "e^{" + u.latex() + "}",
                new Domain.Interval(-1.5, 1.5),
                canned);
    }

    static ChainRuleCase logOnePlusSquare(int a) {
        Monomial ax2 = new Monomial(a, 2, "x");
        Monomial du = ax2.derivative();
        String u = "1 + " + ax2.text();
        String f = "ln(" + u + ")";
        String d = du.text() + "/(" + u + ")";
        List<CannedAnswer> canned = common(f, d);
        canned.add(CannedAnswer.of("outer derivative only", Answer.text("1/(" + u + ")"), MISSING_INNER_DERIVATIVE));
        canned.add(
                CannedAnswer.of("ln' taken as ln", Answer.text(du.text() + "*ln(" + u + ")"), WRONG_OUTER_DERIVATIVE));
        canned.add(CannedAnswer.of("sign flipped", Answer.text("-" + d), SIGN_ERROR));
        canned.add(CannedAnswer.of(
                "inner derivative without its constant", Answer.text("x/(" + u + ")"), CONSTANT_FACTOR));
        String uLatex = "1 + " + ax2.latex();
        return new ChainRuleCase(
                f,
                "\\ln(" + uLatex + ")",
                "\\ln u",
                "\\frac{1}{u}",
                uLatex,
                du.latex(),
                d,
                "\\frac{" + du.latex() + "}{" + uLatex + "}",
                new Domain.Interval(-3, 3),
                canned);
    }

    static ChainRuleCase linearPower(int b, int c, int n) {
        String u = b + "*x " + (c < 0 ? "- " + (-c) : "+ " + c);
        String uLatex = b + "x " + (c < 0 ? "- " + (-c) : "+ " + c);
        String f = "(" + u + ")^" + n;
        String d = (n * b) + "*(" + u + ")^" + (n - 1);
        List<CannedAnswer> canned = common(f, d);
        canned.add(CannedAnswer.of(
                "outer derivative only", Answer.text(n + "*(" + u + ")^" + (n - 1)), MISSING_INNER_DERIVATIVE));
        canned.add(CannedAnswer.of(
                "power not lowered", Answer.text((n * b) + "*(" + u + ")^" + n), WRONG_OUTER_DERIVATIVE));
        canned.add(CannedAnswer.of("sign flipped", Answer.text("-" + d), SIGN_ERROR));
        canned.add(CannedAnswer.of(
                "twice too large", Answer.text((2 * n * b) + "*(" + u + ")^" + (n - 1)), CONSTANT_FACTOR));
        canned.add(CannedAnswer.of(
                "an antiderivative", Answer.text("(" + u + ")^" + (n + 1) + "/" + (b * (n + 1))), INTEGRATED_INSTEAD));
        return new ChainRuleCase(
                f,
                "(" + uLatex + ")^{" + n + "}",
                "u^{" + n + "}",
                n + "u^{" + (n - 1) + "}",
                uLatex,
                Integer.toString(b),
                d,
                (n * b) + "(" + uLatex + ")^{" + (n - 1) + "}",
                new Domain.Interval(-2, 2),
                canned);
    }

    static ChainRuleCase sqrtOnePlusSquare(int a) {
        Monomial ax2 = new Monomial(a, 2, "x");
        Monomial du = ax2.derivative();
        Monomial half = new Monomial(a, 1, "x");
        String u = "1 + " + ax2.text();
        String f = "sqrt(" + u + ")";
        String d = half.text() + "/sqrt(" + u + ")";
        List<CannedAnswer> canned = common(f, d);
        canned.add(CannedAnswer.of(
                "outer derivative only", Answer.text("1/(2*sqrt(" + u + "))"), MISSING_INNER_DERIVATIVE));
        canned.add(CannedAnswer.of(
                "the ½ of the square root forgotten", Answer.text(du.text() + "/sqrt(" + u + ")"), CONSTANT_FACTOR));
        canned.add(CannedAnswer.of("sign flipped", Answer.text("-" + d), SIGN_ERROR));
        String uLatex = "1 + " + ax2.latex();
        return new ChainRuleCase(
                f,
                "\\sqrt{" + uLatex + "}",
                "\\sqrt{u}",
                "\\frac{1}{2\\sqrt{u}}",
                uLatex,
                du.latex(),
                d,
                "\\frac{" + half.latex() + "}{\\sqrt{" + uLatex + "}}",
                new Domain.Interval(-3, 3),
                canned);
    }

    static ChainRuleCase sinQuadraticPlusLinear(int b) {
        String sign = b < 0 ? " - " : " + ";
        String u = "x^2" + sign + new Monomial(Math.abs(b), 1, "x").text();
        String uLatex = "x^{2}" + sign + new Monomial(Math.abs(b), 1, "x").latex();
        String du = "2*x" + sign + Math.abs(b);
        String duLatex = "2x" + sign + Math.abs(b);
        String f = "sin(" + u + ")";
        String d = "(" + du + ")*cos(" + u + ")";
        List<CannedAnswer> canned = common(f, d);
        canned.add(CannedAnswer.of("outer derivative only", Answer.text("cos(" + u + ")"), MISSING_INNER_DERIVATIVE));
        canned.add(CannedAnswer.of(
                "the linear term's derivative dropped", Answer.text("2*x*cos(" + u + ")"), DROPPED_TERM));
        canned.add(
                CannedAnswer.of("the square's derivative dropped", Answer.text(b + "*cos(" + u + ")"), DROPPED_TERM));
        canned.add(CannedAnswer.of(
                "sin' taken as -cos", Answer.text("-(" + du + ")*cos(" + u + ")"), WRONG_OUTER_DERIVATIVE));
        return new ChainRuleCase(
                f,
                "\\sin(" + uLatex + ")",
                "\\sin u",
                "\\cos u",
                uLatex,
                duLatex,
                d,
                "(" + duLatex + ")\\cos(" + uLatex + ")",
                new Domain.Interval(-2, 2),
                canned);
    }

    /** Mistakes every family can show: a constant added, the function itself, diff(), an undeclared variable. */
    private static List<CannedAnswer> common(String f, String d) {
        List<CannedAnswer> canned = new ArrayList<>();
        canned.add(CannedAnswer.of("plus a constant", Answer.text(d + " + 1"), EXTRA_CONSTANT));
        canned.add(CannedAnswer.of("the function itself", Answer.text(f), FUNCTION_NOT_DIFFERENTIATED));
        canned.add(CannedAnswer.invalid("uses diff", Answer.text("diff(" + f + ", x)"), FORBIDDEN_FUNCTION));
        canned.add(CannedAnswer.invalid("an undeclared variable", Answer.text(d + "*y"), UNKNOWN_VARIABLE));
        return canned;
    }
}
