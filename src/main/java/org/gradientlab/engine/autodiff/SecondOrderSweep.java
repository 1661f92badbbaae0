package org.gradientlab.engine.autodiff;

import java.util.Arrays;

/**
 * Exact second derivatives by forward-over-reverse differentiation of a {@link Program}. Along a direction
 * v, every register r gets a tangent ṙ = ∂r/∂x·v (forward), and every adjoint r̄ a tangent (r̄)˙ (reverse):
 * for an instruction r = op(a, b) the reverse step ā += ∂r/∂a·r̄ differentiates to
 * {@code (ā)˙ += ∂r/∂a·(r̄)˙ + (∂²r/∂a²·ȧ + ∂²r/∂a∂b·ḃ)·r̄}, and the variables' (x̄)˙ is ∇²f·v. The local
 * second derivatives are computed once per point; the first-order tapes are borrowed from
 * {@link CompiledFunction}, which owns this sweep.
 */
final class SecondOrderSweep {

    private final Program program;
    private final double[] secondAA;
    private final double[] secondAB;
    private final double[] secondBB;
    private final double[] tangents;
    private final double[] adjointTangents;
    private final double[] unitVector;
    private final double[] registers;
    private final double[] partialA;
    private final double[] partialB;
    private final double[] adjoints;

    /** Reads the first-order tapes of the owning {@link CompiledFunction}: values, partials, adjoints. */
    SecondOrderSweep(Program program, double[] registers, double[] partialA, double[] partialB, double[] adjoints) {
        this.program = program;
        this.registers = registers;
        this.partialA = partialA;
        this.partialB = partialB;
        this.adjoints = adjoints;
        int m = program.instructionCount();
        this.secondAA = new double[m];
        this.secondAB = new double[m];
        this.secondBB = new double[m];
        this.tangents = new double[program.registerCount()];
        this.adjointTangents = new double[program.registerCount()];
        this.unitVector = new double[program.variableCount()];
    }

    /** Computes each instruction's local Hessian at the point now on the first-order tapes. */
    void prepare() {
        Opcode[] ops = program.opcodes();
        int[] opA = program.operandA();
        int[] opB = program.operandB();
        double[] imm = program.immediates();
        int n = program.variableCount();
        for (int i = 0; i < ops.length; i++) {
            double a = registers[opA[i]];
            double b = registers[opB[i]];
            double r = registers[n + i];
            double pa = partialA[i];
            double aa = 0.0;
            double ab = 0.0;
            double bb = 0.0;
            switch (ops[i]) {
                case ADD, SUB, NEG, ABS, RELU, SIGN, STEP -> {}
                case MUL -> ab = 1.0;
                case DIV -> {
                    ab = -1.0 / (b * b);
                    bb = 2.0 * r / (b * b);
                }
                case SQUARE -> aa = 2.0;
                case POW_INT -> {
                    int k = (int) imm[i];
                    aa = k * (k - 1.0) * Opcode.powInt(a, k - 2);
                }
                case POW_REAL -> aa = imm[i] * (imm[i] - 1.0) * Math.pow(a, imm[i] - 2.0);
                case POW_BASE -> bb = a == 0.0 && b >= 0.0 ? 0.0 : r * imm[i] * imm[i];
                case POW -> {
                    double log = Math.log(a);
                    aa = b == 0.0 || b == 1.0 ? 0.0 : b * (b - 1.0) * Math.pow(a, b - 2.0);
                    ab = Math.pow(a, b - 1.0) * (1.0 + b * log);
                    bb = a == 0.0 && b >= 0.0 ? 0.0 : r * log * log;
                }
                case EXP -> aa = r;
                case LOG -> aa = -1.0 / (a * a);
                case SIN, COS -> aa = -r;
                case TAN -> aa = 2.0 * r * pa;
                case SQRT -> aa = -0.25 / (a * r);
                case TANH -> aa = -2.0 * r * pa;
                case SIGMOID -> aa = pa * (1.0 - 2.0 * r);
            }
            secondAA[i] = aa;
            secondAB[i] = ab;
            secondBB[i] = bb;
        }
    }

    /** Writes column j of the Hessian, ∂(∇f)/∂xj, into {@code hessian[i][j]} for every i. */
    void column(int j, double[][] hessian) {
        Arrays.fill(unitVector, 0.0);
        unitVector[j] = 1.0;
        sweep(unitVector);
        for (int i = 0; i < hessian.length; i++) {
            hessian[i][j] = adjointTangents[i];
        }
    }

    /** Writes ∇²f·v into {@code out}. */
    void directional(double[] v, double[] out) {
        sweep(v);
        System.arraycopy(adjointTangents, 0, out, 0, out.length);
    }

    private void sweep(double[] v) {
        double[] t = tangents;
        double[] w = adjointTangents;
        double[] pa = partialA;
        double[] pb = partialB;
        double[] u = adjoints;
        int[] opA = program.operandA();
        int[] opB = program.operandB();
        int n = program.variableCount();
        int m = program.instructionCount();
        Arrays.fill(t, 0.0);
        System.arraycopy(v, 0, t, 0, n);
        for (int i = 0; i < m; i++) {
            t[n + i] = pa[i] * t[opA[i]] + pb[i] * t[opB[i]];
        }
        Arrays.fill(w, 0.0);
        for (int i = m - 1; i >= 0; i--) {
            int a = opA[i];
            int b = opB[i];
            double ur = u[n + i];
            double wr = w[n + i];
            double ta = t[a];
            double tb = t[b];
            w[a] += pa[i] * wr + (secondAA[i] * ta + secondAB[i] * tb) * ur;
            w[b] += pb[i] * wr + (secondAB[i] * ta + secondBB[i] * tb) * ur;
        }
    }
}
