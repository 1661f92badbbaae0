package org.gradientlab.exercises;

/**
 * A setting of an exercise that an instructor may override, as a string (a function, a point, a list of
 * learning rates …). Parameters left at their default may be varied per student; overridden ones are the same
 * in every variant.
 *
 * @param name         stable kebab-case name, the key of an override
 * @param defaultValue the value in variant 0, as a string
 * @param description  what the parameter is and what form it takes, for the instructor's form
 */
public record Parameter(String name, String defaultValue, String description) {}
