package org.gradientlab.courses;

import java.util.List;
import java.util.Map;
import org.gradientlab.exercises.Exercise;
import org.gradientlab.exercises.Parameter;
import org.gradientlab.exercises.Part;
import org.gradientlab.exercises.Variant;
import org.gradientlab.exercises.catalogue.Catalogue;

/**
 * An exercise with a fault, as an exercise author might make: the chain-rule exercise whose model answer is one of
 * its own canned wrong answers in every variant but 0, so variant 0 looks fine and students' variants fail their
 * self-test.
 */
public final class BrokenExercise implements Exercise {

    public static final String ID = "broken-chain-rule";

    private final Exercise delegate = Catalogue.standard().byId("chain-rule").orElseThrow();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Broken chain rule";
    }

    @Override
    public String unit() {
        return delegate.unit();
    }

    @Override
    public String summary() {
        return delegate.summary();
    }

    @Override
    public List<Parameter> parameters() {
        return delegate.parameters();
    }

    @Override
    public Variant variant(int number, Map<String, String> overrides) {
        Variant v = delegate.variant(number, overrides);
        if (number == 0) {
            return new Variant(ID, 0, v.title(), v.explanation(), v.parameters(), v.parts(), v.hints(), v.solution());
        }
        List<Part> parts = v.parts().stream()
                .map(p -> p.canned().isEmpty()
                        ? p
                        : new Part(
                                p.id(),
                                p.type(),
                                p.prompt(),
                                p.weight(),
                                p.canned().getFirst().answer(),
                                p.check(),
                                List.of()))
                .toList();
        return new Variant(ID, number, v.title(), v.explanation(), v.parameters(), parts, v.hints(), v.solution());
    }
}
