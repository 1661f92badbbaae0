package org.gradientlab.exercises;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One exercise as one student sees it: the numbers fixed by the variant number and the instructor's overrides.
 * Variant 0 uses the course material's own numbers.
 *
 * @param exerciseId  the exercise's id
 * @param number      the variant number (0 = the course material's numbers)
 * @param title       the title, possibly naming the variant's function
 * @param explanation the teaching text, Markdown with LaTeX ({@code $…$}, {@code $$…$$})
 * @param parameters  every parameter's value in this variant, as strings (defaults, overrides, or varied)
 * @param parts       the answer parts, in display order
 * @param hints       hints a student may reveal one by one, Markdown with LaTeX
 * @param solution    the worked solution, Markdown with LaTeX
 */
public record Variant(
        String exerciseId,
        int number,
        String title,
        String explanation,
        Map<String, String> parameters,
        List<Part> parts,
        List<String> hints,
        String solution) {

    public Variant {
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        parts = List.copyOf(parts);
        hints = List.copyOf(hints);
        Set<String> ids = new HashSet<>();
        for (Part p : parts) {
            if (!ids.add(p.id())) {
                throw new IllegalArgumentException("duplicate part id " + p.id());
            }
        }
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a variant needs at least one part");
        }
    }

    /** The part with this id. */
    public Optional<Part> part(String id) {
        return parts.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The model answers of all parts, by part id: a complete correct submission. */
    public Map<String, Answer> modelAnswers() {
        Map<String, Answer> answers = new LinkedHashMap<>();
        parts.forEach(p -> answers.put(p.id(), p.modelAnswer()));
        return answers;
    }
}
