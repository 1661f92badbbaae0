package org.gradientlab.ui.help;

import java.util.List;

/**
 * What the help page teaches, in order: each topic has a heading and an introduction (message keys
 * {@code help.<id>.title} and {@code help.<id>.intro}) and examples of what to type, each with an optional
 * note (key {@code help.note.<note>}).
 */
final class HelpTopics {

    record Example(String input, String note) {
        Example(String input) {
            this(input, null);
        }
    }

    record Topic(String id, List<Example> examples) {}

    static final List<Topic> TOPICS = List.of(
            new Topic(
                    "basics",
                    List.of(
                            new Example("x^2 + 3x - 1"),
                            new Example("x**2", "double-star"),
                            new Example("2^-1", "negative-power"),
                            new Example("-x^2", "minus-power"),
                            new Example("2^3^2", "right-assoc"),
                            new Example("1e-3", "scientific"),
                            new Example("(x + 1) / (x - 1)"))),
            new Topic(
                    "implicit",
                    List.of(
                            new Example("2x"),
                            new Example("2(x + 1)"),
                            new Example("(x + 1)(x - 1)"),
                            new Example("x sin(x)"),
                            new Example("2 pi x"),
                            new Example("x1 x2", "indexed"))),
            new Topic(
                    "functions",
                    List.of(
                            new Example("sin(x^2)"),
                            new Example("exp(-x^2 / 2)"),
                            new Example("log(1 + x^2)", "natural-log"),
                            new Example("ln x", "no-parentheses"),
                            new Example("sqrt(x^2 + y^2)"),
                            new Example("abs(x)"),
                            new Example("tanh(x)"),
                            new Example("sigmoid(a x + b)"),
                            new Example("relu(x)"))),
            new Topic("unicode", List.of(new Example("x² + y²"), new Example("3·x − 1"), new Example("2 × π × x"))),
            new Topic(
                    "mistakes",
                    List.of(
                            new Example("xy", "xy"),
                            new Example("x1x2", "x1x2"),
                            new Example("2,5", "comma"),
                            new Example("y = x^2", "equals"),
                            new Example("sin^-1 x", "inverse"),
                            new Example("|x - 1|", "bars"),
                            new Example("(x + 1", "paren"))));

    private HelpTopics() {}
}
