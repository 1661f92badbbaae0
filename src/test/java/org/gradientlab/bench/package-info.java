/**
 * Performance benchmarks (JMH) of the engine and the grading, and the long grading fuzz run. Run them with the
 * {@code bench} Maven profile; {@code docs/benchmarks.md} lists the commands, the targets and the recorded
 * results. Start from {@link org.gradientlab.bench.AdamStepBenchmark}.
 */
package org.gradientlab.bench;
