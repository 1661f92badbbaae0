package org.gradientlab.engine.autodiff;

import java.util.Arrays;
import java.util.List;
import org.gradientlab.engine.expr.Expr;
import org.gradientlab.engine.function.DifferentiableFunction;

/**
 * An expression compiled to a flat instruction array, evaluated with reverse-mode automatic differentiation
 * on preallocated tapes. The forward sweep stores every instruction's value and its local partial
 * derivatives; the reverse sweep accumulates adjoints {@code ā += ∂r/∂a · r̄} from the output back to the
 * variables, which gives the whole gradient for about the cost of two evaluations. Exact second derivatives
 * (Hessian, Hessian-vector products) use forward-over-reverse differentiation on the same program.
 *
 * <p>Evaluation allocates nothing. An instance is <strong>not thread-safe</strong> (its tapes are reused):
 * give each thread its own {@link #copy()}.
 */
public final class CompiledFunction implements DifferentiableFunction {

    private final Program program;
    private final List<String> variables;
    private final double[] registers;
    private final double[] partialA;
    private final double[] partialB;
    private final double[] adjoints;
    private SecondOrderSweep secondOrder;

    private CompiledFunction(Program program, List<String> variables) {
        this.program = program;
        this.variables = variables;
        this.registers = program.initialRegisters().clone();
        this.partialA = new double[program.instructionCount()];
        this.partialB = new double[program.instructionCount()];
        this.adjoints = new double[program.registerCount()];
    }

    /**
     * Compiles {@code expr} as a function of {@code variables} in that order (x[0] is the first name).
     * Listed variables the expression does not use get a zero gradient.
     *
     * @throws AutodiffException {@code UNKNOWN_VARIABLE} when the expression uses a name not listed,
     *     {@code DUPLICATE_VARIABLE} when a name is listed twice
     */
    public static CompiledFunction compile(Expr expr, List<String> variables) {
        List<String> order = List.copyOf(variables);
        return new CompiledFunction(Compiler.compile(expr, order), order);
    }

    /** An independent instance sharing the compiled program, for use on another thread. */
    public CompiledFunction copy() {
        return new CompiledFunction(program, variables);
    }

    /** The variable names, in the order of the coordinates of x. */
    public List<String> variables() {
        return variables;
    }

    @Override
    public int dimension() {
        return variables.size();
    }

    /** The number of instructions after folding constants and sharing repeated subexpressions. */
    public int instructionCount() {
        return program.instructionCount();
    }

    @Override
    public double value(double[] x) {
        load(x);
        return program.value(registers);
    }

    @Override
    public double valueAndGradient(double[] x, double[] gradient) {
        checkDimension(gradient);
        double f = forwardAndReverse(x);
        System.arraycopy(adjoints, 0, gradient, 0, gradient.length);
        return f;
    }

    /**
     * Computes f(x) and writes the exact Hessian ∇²f(x) into {@code hessian} (n×n, overwritten). Costs one
     * gradient evaluation plus n forward-over-reverse sweeps.
     *
     * @return f(x)
     */
    public double hessian(double[] x, double[][] hessian) {
        if (hessian.length != variables.size()) {
            throw new AutodiffException(AutodiffException.Key.WRONG_DIMENSION, variables.size(), hessian.length);
        }
        for (double[] row : hessian) {
            checkDimension(row);
        }
        double f = forwardAndReverse(x);
        SecondOrderSweep sweep = secondOrder();
        sweep.prepare();
        for (int j = 0; j < hessian.length; j++) {
            sweep.column(j, hessian);
        }
        return f;
    }

    /**
     * Computes f(x) and writes the exact Hessian-vector product ∇²f(x)·v into {@code out}, without forming
     * the Hessian (one forward-over-reverse sweep).
     *
     * @return f(x)
     */
    public double hessianVectorProduct(double[] x, double[] v, double[] out) {
        checkDimension(v);
        checkDimension(out);
        double f = forwardAndReverse(x);
        SecondOrderSweep sweep = secondOrder();
        sweep.prepare();
        sweep.directional(v, out);
        return f;
    }

    private double forwardAndReverse(double[] x) {
        double f = forward(x);
        reverse();
        return f;
    }

    private SecondOrderSweep secondOrder() {
        if (secondOrder == null) {
            secondOrder = new SecondOrderSweep(program, registers, partialA, partialB, adjoints);
        }
        return secondOrder;
    }

    private void load(double[] x) {
        checkDimension(x);
        System.arraycopy(x, 0, registers, 0, x.length);
    }

    private void checkDimension(double[] vector) {
        if (vector.length != variables.size()) {
            throw new AutodiffException(AutodiffException.Key.WRONG_DIMENSION, variables.size(), vector.length);
        }
    }

    /** Each instruction's value and its local derivatives ∂r/∂a, ∂r/∂b, side by side. */
    private double forward(double[] x) {
        load(x);
        double[] v = registers;
        double[] pa = partialA;
        double[] pb = partialB;
        Opcode[] ops = program.opcodes();
        int[] opA = program.operandA();
        int[] opB = program.operandB();
        double[] imm = program.immediates();
        int n = program.variableCount();
        for (int i = 0; i < ops.length; i++) {
            double a = v[opA[i]];
            double b = v[opB[i]];
            double r = 0.0;
            double da = 0.0;
            double db = 0.0;
            switch (ops[i]) {
                case ADD -> {
                    r = a + b;
                    da = 1.0;
                    db = 1.0;
                }
                case SUB -> {
                    r = a - b;
                    da = 1.0;
                    db = -1.0;
                }
                case MUL -> {
                    r = a * b;
                    da = b;
                    db = a;
                }
                case DIV -> {
                    r = a / b;
                    da = 1.0 / b;
                    db = -r / b;
                }
                case NEG -> {
                    r = -a;
                    da = -1.0;
                }
                case SQUARE -> {
                    r = a * a;
                    da = 2.0 * a;
                }
                case POW_INT -> {
                    int k = (int) imm[i];
                    r = Opcode.powInt(a, k);
                    da = k * Opcode.powInt(a, k - 1);
                }
                case POW_REAL -> {
                    r = Math.pow(a, imm[i]);
                    // c·a^(c-1) = c·r/a saves a second pow, except at a = 0 where it would be 0/0.
                    da = a != 0.0 ? imm[i] * r / a : imm[i] * Math.pow(a, imm[i] - 1.0);
                }
                case POW_BASE -> {
                    r = Math.pow(a, b);
                    db = a == 0.0 && b >= 0.0 ? 0.0 : r * imm[i];
                }
                case POW -> {
                    r = Math.pow(a, b);
                    da = b == 0.0 ? 0.0 : b * Math.pow(a, b - 1.0);
                    db = a == 0.0 && b >= 0.0 ? 0.0 : r * Math.log(a);
                }
                case EXP -> {
                    r = Math.exp(a);
                    da = r;
                }
                case LOG -> {
                    r = Math.log(a);
                    da = 1.0 / a;
                }
                case SIN -> {
                    r = Math.sin(a);
                    da = Math.cos(a);
                }
                case COS -> {
                    r = Math.cos(a);
                    da = -Math.sin(a);
                }
                case TAN -> {
                    r = Math.tan(a);
                    da = 1.0 + r * r;
                }
                case SQRT -> {
                    r = Math.sqrt(a);
                    da = 0.5 / r;
                }
                case ABS -> {
                    r = Math.abs(a);
                    da = Math.signum(a);
                }
                case TANH -> {
                    r = Math.tanh(a);
                    da = 1.0 - r * r;
                }
                case SIGMOID -> {
                    r = 1.0 / (1.0 + Math.exp(-a));
                    da = r * (1.0 - r);
                }
                case RELU -> {
                    r = Math.max(0.0, a);
                    da = a > 0.0 ? 1.0 : 0.0;
                }
                case SIGN, STEP -> {
                    r = Opcode.apply(ops[i], a, b, imm[i]);
                    da = 0.0;
                }
            }
            v[n + i] = r;
            pa[i] = da;
            pb[i] = db;
        }
        return v[program.output()];
    }

    /** Adjoints r̄ = ∂f/∂r for every register, from the output back; the variables' adjoints are ∇f. */
    private void reverse() {
        double[] adj = adjoints;
        double[] pa = partialA;
        double[] pb = partialB;
        int[] opA = program.operandA();
        int[] opB = program.operandB();
        int n = program.variableCount();
        byte[] modeA = program.adjointModeA();
        byte[] modeB = program.adjointModeB();
        Arrays.fill(adj, 0, n, 0.0);
        adj[program.output()] = 1.0;
        for (int i = pa.length - 1; i >= 0; i--) {
            double g = adj[n + i];
            switch (modeA[i]) {
                case Program.ACCUMULATE -> adj[opA[i]] += pa[i] * g;
                case Program.ASSIGN -> adj[opA[i]] = pa[i] * g;
                default -> {}
            }
            switch (modeB[i]) {
                case Program.ACCUMULATE -> adj[opB[i]] += pb[i] * g;
                case Program.ASSIGN -> adj[opB[i]] = pb[i] * g;
                default -> {}
            }
        }
    }
}
