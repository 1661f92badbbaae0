package org.gradientlab.ui.maths;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.gradientlab.engine.expr.ErrorKey;
import org.gradientlab.engine.expr.ParseResult;
import org.gradientlab.ui.i18n.Translations;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ParseMessagesTest {

    private static final Translations TRANSLATIONS = new Translations();
    private static final int COLUMN = 1234;

    /** Each key once with a "did you mean" suggestion and once without; other keys ignore the difference. */
    private static List<ParseResult.Failure> failures(ErrorKey key) {
        return List.of(failure(key, List.of("q", "x*y", "x, y")), failure(key, List.of("q", "", "x, y")));
    }

    private static ParseResult.Failure failure(ErrorKey key, List<String> arguments) {
        return new ParseResult.Failure(key, COLUMN, arguments, key.english(COLUMN, arguments));
    }

    @ParameterizedTest
    @EnumSource(ErrorKey.class)
    void the_english_text_is_the_parsers_own_message(ErrorKey key) {
        for (ParseResult.Failure failure : failures(key)) {
            String text = TRANSLATIONS.getTranslation(
                    ParseMessages.key(failure), Locale.ENGLISH, ParseMessages.arguments(failure));
            assertThat(text).isEqualTo(failure.message());
        }
    }

    @ParameterizedTest
    @EnumSource(ErrorKey.class)
    void every_error_has_a_german_text_that_keeps_the_column_and_the_names(ErrorKey key) {
        for (ParseResult.Failure failure : failures(key)) {
            String text = TRANSLATIONS.getTranslation(
                    ParseMessages.key(failure), Locale.GERMAN, ParseMessages.arguments(failure));
            assertThat(text).doesNotStartWith("!").isNotEqualTo(failure.message());
            String english = failure.message();
            if (english.contains("column " + COLUMN)) {
                assertThat(text).contains("Spalte " + COLUMN);
            }
            if (english.contains("'q'")) {
                assertThat(text).contains("„q“");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = ErrorKey.class,
            names = {"UNKNOWN_VARIABLE", "UNKNOWN_FUNCTION"})
    void unknown_names_with_a_suggestion_use_the_suggestion_text(ErrorKey key) {
        assertThat(ParseMessages.key(failure(key, List.of("xy", "x*y", "x, y"))))
                .endsWith(".suggestion");
        assertThat(ParseMessages.key(failure(key, List.of("xy", "", "x, y")))).doesNotEndWith(".suggestion");
    }
}
