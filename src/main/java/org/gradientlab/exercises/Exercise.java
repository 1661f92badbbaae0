package org.gradientlab.exercises;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An exercise of the catalogue: a recipe that makes a {@link Variant} from a variant number and the
 * instructor's parameter overrides. The same number and overrides always give the same variant; variant 0 uses
 * the course material's own numbers, other numbers vary the function, the point and so on deterministically
 * (through the engine's seeded random numbers).
 *
 * <p>To add an exercise: implement this interface in the {@code catalogue} package (see {@code ChainRuleExercise}
 * for the worked example), give every part a check, a model answer and canned wrong answers, and register it in
 * {@code Catalogue}. The catalogue's self-test then grades the model and canned answers of many variants.
 */
public interface Exercise {

    /** Stable kebab-case id, used in URLs, the API and stored assignments. */
    String id();

    /** The title shown in lists. */
    String title();

    /** The unit of the course the exercise belongs to (e.g. "Derivatives"). */
    String unit();

    /** One sentence of what the student does, for lists. */
    String summary();

    /** The parameters an instructor may override, with their defaults. */
    List<Parameter> parameters();

    /**
     * The variant with this number, applying {@code overrides} (parameter name → value).
     *
     * @throws ParameterException       if an override is unknown or unusable
     * @throws IllegalArgumentException if {@code number} is negative
     */
    Variant variant(int number, Map<String, String> overrides);

    /** The variant with this number and the default parameters. */
    default Variant variant(int number) {
        return variant(number, Map.of());
    }

    /** The problems with {@code overrides}, empty when they are usable. */
    default List<ParameterProblem> validate(Map<String, String> overrides) {
        List<ParameterProblem> problems = new ArrayList<>();
        List<String> names = parameters().stream().map(Parameter::name).toList();
        overrides.keySet().stream()
                .filter(k -> !names.contains(k))
                .forEach(k -> problems.add(ParameterProblem.of(k, ParameterProblem.Key.UNKNOWN_PARAMETER, k)));
        if (!problems.isEmpty()) {
            return problems;
        }
        try {
            variant(0, overrides);
        } catch (ParameterException e) {
            problems.addAll(e.problems());
        }
        return problems;
    }
}
