package org.gradientlab.exercises;

/**
 * The number of steps a run needed, checked against the engine's own run with the learning rate the student
 * gave in another part ({@code settingsPart}, a {@link RunCheck}): the first update count k with f(x_k) below the
 * target, accepted within {@code slack} steps.
 *
 * @param settingsPart the id of the settings part whose run is meant
 * @param slack        how many steps off is still right (1 allows for counting the loss before or after an
 *                     update)
 */
public record StepsCheck(String settingsPart, int slack) implements Check {

    @Override
    public AnswerType answerType() {
        return AnswerType.NUMBER;
    }
}
