package org.gradientlab.exercises;

/**
 * A specific wrong number an exercise anticipates for a number part, with the note it earns (e.g. 1/λmax where
 * 2/λmax is meant → {@link Note#ONE_OVER_LAMBDA}). A typed answer within the part's tolerance of {@code value}
 * gets the note.
 *
 * @param value the wrong value
 * @param note  the note it earns
 * @param how   how the wrong value comes about, in plain text (e.g. {@code 1/λmax = 1/20 = 0.05}); shown in the
 *              message "Your answer matches …"
 */
public record KnownMistake(double value, Note note, String how) {}
