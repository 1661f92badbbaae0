package org.gradientlab.exercises;

/**
 * One option of a choice part.
 *
 * @param id    stable kebab-case id, the answer's encoding
 * @param label what the student reads (Markdown with LaTeX)
 */
public record Choice(String id, String label) {}
