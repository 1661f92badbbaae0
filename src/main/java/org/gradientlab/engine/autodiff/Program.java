package org.gradientlab.engine.autodiff;

/**
 * A compiled expression: a straight-line program for a register machine. Registers hold, in order, the n
 * variables, the result of each instruction, the constants, and one scratch register that unary
 * instructions name as their unused second operand (so the reverse sweep needs no branch). Immutable; the
 * tapes that run it belong to {@link CompiledFunction}.
 */
record Program(
        int variableCount,
        Opcode[] opcodes,
        int[] operandA,
        int[] operandB,
        double[] immediates,
        double[] initialRegisters,
        int output) {

    int instructionCount() {
        return opcodes.length;
    }

    int registerCount() {
        return initialRegisters.length;
    }

    /** The register instruction i writes. */
    int resultRegister(int i) {
        return variableCount + i;
    }

    /** Evaluates the program on {@code registers} (a copy of {@link #initialRegisters} holding x). */
    double value(double[] registers) {
        int n = variableCount;
        Opcode[] ops = opcodes;
        int[] a = operandA;
        int[] b = operandB;
        double[] imm = immediates;
        for (int i = 0; i < ops.length; i++) {
            registers[n + i] = Opcode.apply(ops[i], registers[a[i]], registers[b[i]], imm[i]);
        }
        return registers[output];
    }
}
