package org.gradientlab.engine.expr;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a tree as LaTeX for the "interpreted as" preview (rendered with KaTeX): {@code \frac} for
 * quotients, {@code e^{…}} for exp, {@code \sqrt}, {@code |x|}, {@code \ln} for log (the natural
 * logarithm), {@code \sigma} for sigmoid, {@code \operatorname{relu}}, {@code x_{1}} for x1,
 * {@code \pi}. Products are written side by side ({@code 2 x}) unless a number follows, or a fraction
 * follows a number, where {@code \cdot} keeps them apart. Parentheses show where a sum or a sign is
 * grouped; the preview shows the mathematics, so {@code (x*y)*z} and {@code x*(y*z)} both print as
 * {@code x y z}.
 */
public final class LatexPrinter {

    private static final Pattern NAME = Pattern.compile("([A-Za-z]+)_?([0-9]*)(?:_([A-Za-z0-9]+))?");
    private static final Set<String> GREEK = Set.of(
            "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu", "nu",
            "xi", "rho", "sigma", "tau", "phi", "chi", "psi", "omega", "Gamma", "Delta", "Theta", "Lambda", "Sigma",
            "Phi", "Psi", "Omega");

    private LatexPrinter() {}

    /** {@code tree} as LaTeX. */
    public static String print(Expr tree) {
        return switch (tree) {
            case Expr.Num n -> number(n.value());
            case Expr.Const c -> c.constant() == Expr.Constant.PI ? "\\pi" : "e";
            case Expr.Var v -> variable(v.name());
            case Expr.Neg n ->
                "-" + (isSum(n.operand()) || isSigned(n.operand()) ? paren(n.operand()) : print(n.operand()));
            case Expr.Call c -> call(c.function(), print(c.argument()));
            case Expr.Binary b -> binary(b);
        };
    }

    private static String binary(Expr.Binary b) {
        Expr left = b.left();
        Expr right = b.right();
        return switch (b.op()) {
            case ADD -> print(left) + " + " + (isSigned(right) ? paren(right) : print(right));
            case SUB -> print(left) + " - " + (isSum(right) || isSigned(right) ? paren(right) : print(right));
            case MUL ->
                product(
                        isSum(left) ? paren(left) : print(left),
                        isSum(right) || isSigned(right) ? paren(right) : print(right));
            case DIV ->
                negatedNumerator(left) != null
                        ? "-\\frac{" + print(negatedNumerator(left)) + "}{" + print(right) + "}"
                        : "\\frac{" + print(left) + "}{" + print(right) + "}";
            case POW -> (isAtomicBase(left) ? print(left) : paren(left)) + "^{" + print(right) + "}";
        };
    }

    /** The numerator without its sign when it is a negation or a negative literal, so -1/x shows as -\frac{1}{x}. */
    private static Expr negatedNumerator(Expr numerator) {
        return switch (numerator) {
            case Expr.Neg n -> n.operand();
            case Expr.Num n when Numbers.negative(n.value()) && !Double.isNaN(n.value()) -> new Expr.Num(-n.value());
            default -> null;
        };
    }

    private static String product(String left, String right) {
        boolean numberFollows = Character.isDigit(right.charAt(0));
        boolean fractionAfterNumber = right.startsWith("\\frac") && Character.isDigit(left.charAt(left.length() - 1));
        return left + (numberFollows || fractionAfterNumber ? " \\cdot " : " ") + right;
    }

    private static String call(Expr.Function function, String argument) {
        String inParens = "\\left(" + argument + "\\right)";
        return switch (function) {
            case SIN, COS, TAN, TANH -> "\\" + function.symbol() + inParens;
            case LOG -> "\\ln" + inParens;
            case EXP -> "e^{" + argument + "}";
            case SQRT -> "\\sqrt{" + argument + "}";
            case ABS -> "\\left|" + argument + "\\right|";
            case SIGMOID -> "\\sigma" + inParens;
            case RELU, SIGN, STEP -> "\\operatorname{" + function.symbol() + "}" + inParens;
        };
    }

    private static String number(double value) {
        if (Double.isNaN(value)) {
            return "\\mathrm{NaN}";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "\\infty" : "-\\infty";
        }
        if (Numbers.negative(value)) {
            return "-" + number(-value);
        }
        String text = Numbers.plain(value);
        int e = text.indexOf('e');
        if (e < 0) {
            return text;
        }
        String power = "10^{" + text.substring(e + 1) + "}";
        String mantissa = text.substring(0, e);
        return mantissa.equals("1") ? power : mantissa + " \\cdot " + power;
    }

    private static String variable(String name) {
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            return "\\mathit{" + name.replace("_", "\\_") + "}";
        }
        String letters = m.group(1);
        String base = letters.length() == 1
                ? letters
                : GREEK.contains(letters) ? "\\" + letters : "\\mathit{" + letters + "}";
        String digits = m.group(2);
        String word = m.group(3);
        String subscript = digits + (word == null ? "" : (digits.isEmpty() ? "" : ",") + "\\mathrm{" + word + "}");
        return subscript.isEmpty() ? base : base + "_{" + subscript + "}";
    }

    private static String paren(Expr tree) {
        return "\\left(" + print(tree) + "\\right)";
    }

    private static boolean isSum(Expr tree) {
        return tree instanceof Expr.Binary b && (b.op() == Expr.BinaryOp.ADD || b.op() == Expr.BinaryOp.SUB);
    }

    /** Whether the tree prints with a leading minus sign. */
    private static boolean isSigned(Expr tree) {
        return switch (tree) {
            case Expr.Neg n -> true;
            case Expr.Num n -> Numbers.negative(n.value()) && !Double.isNaN(n.value());
            case Expr.Binary b when b.op() == Expr.BinaryOp.DIV -> negatedNumerator(b.left()) != null;
            case Expr.Binary b -> b.op() != Expr.BinaryOp.POW && isSigned(b.left());
            default -> false;
        };
    }

    private static boolean isAtomicBase(Expr tree) {
        return switch (tree) {
            case Expr.Num n -> !isSigned(n) && !number(n.value()).contains(" ");
            case Expr.Const c -> true;
            case Expr.Var v -> true;
            case Expr.Call c -> c.function() != Expr.Function.EXP && c.function() != Expr.Function.SQRT;
            default -> false;
        };
    }
}
