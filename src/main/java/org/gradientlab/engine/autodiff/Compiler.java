package org.gradientlab.engine.autodiff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.gradientlab.engine.expr.Expr;

/**
 * Translates an expression into a {@link Program}: constant subexpressions are folded, a repeated
 * subexpression is computed once, and constant powers get the cheapest exact form (x^0 = 1, x^1 = x,
 * x² = x·x, small integer n by repeated squaring, c^x with ln c precomputed).
 */
final class Compiler {

    /** Integer exponents up to this size are multiplied out; larger ones go through {@link Math#pow}. */
    private static final int MAX_MULTIPLIED_EXPONENT = 64;

    /** An instruction operand before registers are laid out: a register written so far, or a constant. */
    private sealed interface Operand {}

    private record Register(int index) implements Operand {}

    private record Constant(double value) implements Operand {}

    private record Instruction(Opcode opcode, Operand a, Operand b, double immediate) {}

    private final Map<String, Integer> variables = new LinkedHashMap<>();
    private final List<Instruction> code = new ArrayList<>();
    private final Map<Instruction, Operand> emitted = new HashMap<>();

    private Compiler(List<String> variableOrder) {
        for (String name : variableOrder) {
            if (variables.putIfAbsent(name, variables.size()) != null) {
                throw new AutodiffException(AutodiffException.Key.DUPLICATE_VARIABLE, name);
            }
        }
    }

    static Program compile(Expr expr, List<String> variableOrder) {
        Compiler compiler = new Compiler(variableOrder);
        Operand output = compiler.compile(expr);
        return compiler.layOut(output);
    }

    private Operand compile(Expr expr) {
        return switch (expr) {
            case Expr.Num n -> new Constant(n.value());
            case Expr.Const c -> new Constant(c.constant().value());
            case Expr.Var v -> {
                Integer index = variables.get(v.name());
                if (index == null) {
                    throw new AutodiffException(
                            AutodiffException.Key.UNKNOWN_VARIABLE, v.name(), List.copyOf(variables.keySet()));
                }
                yield new Register(index);
            }
            case Expr.Neg n -> unary(Opcode.NEG, compile(n.operand()));
            case Expr.Binary b -> binary(b.op(), compile(b.left()), compile(b.right()));
            case Expr.Call c -> unary(opcodeOf(c.function()), compile(c.argument()));
        };
    }

    private Operand binary(Expr.BinaryOp op, Operand left, Operand right) {
        return switch (op) {
            case ADD -> emit(Opcode.ADD, left, right, 0.0);
            case SUB -> emit(Opcode.SUB, left, right, 0.0);
            case MUL -> left.equals(right) ? unary(Opcode.SQUARE, left) : emit(Opcode.MUL, left, right, 0.0);
            case DIV -> emit(Opcode.DIV, left, right, 0.0);
            case POW -> power(left, right);
        };
    }

    private Operand power(Operand base, Operand exponent) {
        if (exponent instanceof Constant(double k)) {
            if (k == 0.0) {
                return new Constant(1.0);
            }
            if (k == 1.0) {
                return base;
            }
            if (k == 2.0) {
                return unary(Opcode.SQUARE, base);
            }
            if (k == Math.rint(k) && Math.abs(k) <= MAX_MULTIPLIED_EXPONENT) {
                return emit(Opcode.POW_INT, base, null, k);
            }
            return emit(Opcode.POW_REAL, base, null, k);
        }
        if (base instanceof Constant(double c)) {
            return emit(Opcode.POW_BASE, base, exponent, Math.log(c));
        }
        return emit(Opcode.POW, base, exponent, 0.0);
    }

    private static Opcode opcodeOf(Expr.Function function) {
        return switch (function) {
            case SIN -> Opcode.SIN;
            case COS -> Opcode.COS;
            case TAN -> Opcode.TAN;
            case EXP -> Opcode.EXP;
            case LOG -> Opcode.LOG;
            case SQRT -> Opcode.SQRT;
            case ABS -> Opcode.ABS;
            case TANH -> Opcode.TANH;
            case SIGMOID -> Opcode.SIGMOID;
            case RELU -> Opcode.RELU;
            case SIGN -> Opcode.SIGN;
            case STEP -> Opcode.STEP;
        };
    }

    private Operand unary(Opcode opcode, Operand a) {
        return emit(opcode, a, null, 0.0);
    }

    private Operand emit(Opcode opcode, Operand a, Operand b, double immediate) {
        if (a instanceof Constant(double ca) && (b == null || b instanceof Constant)) {
            double cb = b == null ? 0.0 : ((Constant) b).value();
            return new Constant(Opcode.apply(opcode, ca, cb, immediate));
        }
        // The same operation on the same operands is computed once (the operations are pure).
        return emitted.computeIfAbsent(new Instruction(opcode, a, b, immediate), instruction -> {
            code.add(instruction);
            return new Register(variables.size() + code.size() - 1);
        });
    }

    /** Assigns registers to the constants (after the instruction results) and builds the program. */
    private Program layOut(Operand output) {
        int n = variables.size();
        int m = code.size();
        Map<Long, Integer> constantRegisters = new LinkedHashMap<>();
        List<Double> constants = new ArrayList<>();
        ToIntFunction<Operand> register = operand -> switch (operand) {
            case Register r -> r.index();
            case Constant c ->
                constantRegisters.computeIfAbsent(Double.doubleToLongBits(c.value()), bits -> {
                    constants.add(c.value());
                    return n + m + constants.size() - 1;
                });
        };
        Opcode[] opcodes = new Opcode[m];
        int[] operandA = new int[m];
        int[] operandB = new int[m];
        double[] immediates = new double[m];
        for (int i = 0; i < m; i++) {
            Instruction instruction = code.get(i);
            opcodes[i] = instruction.opcode();
            operandA[i] = register.applyAsInt(instruction.a());
            operandB[i] = instruction.b() == null ? -1 : register.applyAsInt(instruction.b());
            immediates[i] = instruction.immediate();
        }
        int outputRegister = register.applyAsInt(output);
        int scratch = n + m + constants.size();
        for (int i = 0; i < m; i++) {
            if (operandB[i] < 0) {
                operandB[i] = scratch;
            }
        }
        double[] initial = new double[scratch + 1];
        for (int k = 0; k < constants.size(); k++) {
            initial[n + m + k] = constants.get(k);
        }
        byte[] modeA = new byte[m];
        byte[] modeB = new byte[m];
        boolean[] reached = new boolean[initial.length];
        for (int i = m - 1; i >= 0; i--) {
            modeA[i] = adjointMode(operandA[i], n, m, reached);
            modeB[i] = code.get(i).b() == null ? Program.SKIP : adjointMode(operandB[i], n, m, reached);
        }
        return new Program(n, opcodes, operandA, operandB, immediates, initial, outputRegister, modeA, modeB);
    }

    /**
     * How the reverse sweep treats one operand: a constant needs no adjoint; an intermediate result is
     * assigned by its last use (the first met going backwards) and accumulated by earlier ones; a variable
     * always accumulates (its adjoint is the gradient, cleared before each sweep).
     */
    private static byte adjointMode(int register, int n, int m, boolean[] reached) {
        if (register >= n + m) {
            return Program.SKIP;
        }
        if (register < n || reached[register]) {
            return Program.ACCUMULATE;
        }
        reached[register] = true;
        return Program.ASSIGN;
    }
}
