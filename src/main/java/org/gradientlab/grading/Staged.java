package org.gradientlab.grading;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * An answer read by its part's grader, with the grading still to do: {@link #preview()} shows it, {@link #grade()}
 * grades it (a format error grades as invalid).
 */
record Staged<T>(Reading<T> reading, BiFunction<T, Interpretation, PartFeedback> grader) {

    PartFeedback grade() {
        return switch (reading) {
            case Reading.Readable<T> r -> grader.apply(r.value(), r.interpretation());
            case Reading.Unreadable<T> u -> u.asInvalid();
        };
    }

    Preview preview() {
        return switch (reading) {
            case Reading.Readable<T> r -> new Preview(true, Optional.of(r.interpretation()), List.of(), List.of());
            case Reading.Unreadable<T> u ->
                new Preview(false, Optional.ofNullable(u.interpretation()), u.messages(), u.notes());
        };
    }

    /** A stage whose reading already failed. */
    static Staged<Object> failed(Message message) {
        return new Staged<>(Reading.unreadable(message), (v, s) -> {
            throw new IllegalStateException("nothing to grade");
        });
    }
}
