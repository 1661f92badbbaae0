package org.gradientlab.grading;

import java.util.HashMap;
import java.util.Map;
import org.gradientlab.engine.optim.RunResult;
import org.gradientlab.exercises.RunCheck;

/**
 * The engine runs made while grading, remembered by (check, learning rate): a settings part and the steps part
 * that refers to it need the same run, and the self-test grades the same settings many times. Each run goes to
 * the check's full budget (stopping early at the target or on divergence), which answers every shorter question
 * too. Not thread-safe: one per grading call.
 */
final class Runs {

    private record Key(RunCheck check, double lr) {}

    private final Map<Key, RunResult> runs = new HashMap<>();

    RunResult get(RunCheck check, double lr) {
        return runs.computeIfAbsent(new Key(check, lr), k -> RunSettings.run(check, lr, check.budget()));
    }
}
