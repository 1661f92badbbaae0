package org.gradientlab.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class TranslationsTest {

    private final Translations translations = new Translations();

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/i18n/messages" + suffix + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void german_translates_every_english_text_except_the_site_name() throws IOException {
        Set<String> english = new TreeSet<>(bundle("").stringPropertyNames());
        Set<String> german = new TreeSet<>(bundle("_de").stringPropertyNames());

        assertThat(german).isSubsetOf(english);
        Set<String> untranslated = new TreeSet<>(english);
        untranslated.removeAll(german);
        assertThat(untranslated).containsExactly("app.name");
    }

    @Test
    void every_text_with_arguments_is_a_valid_message_pattern() throws IOException {
        for (String suffix : new String[] {"", "_de"}) {
            Properties texts = bundle(suffix);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                if (text.contains("{0}") || key.startsWith("expr.error.")) {
                    assertThatCode(() -> new MessageFormat(text))
                            .as(key + suffix)
                            .doesNotThrowAnyException();
                }
            }
        }
    }

    @Test
    void texts_come_in_the_requested_language_with_english_as_fallback() {
        assertThat(translations.getTranslation("nav.playground", Locale.GERMAN)).isEqualTo("Spielwiese");
        assertThat(translations.getTranslation("nav.playground", Locale.forLanguageTag("de-AT")))
                .isEqualTo("Spielwiese");
        assertThat(translations.getTranslation("nav.playground", Locale.FRENCH)).isEqualTo("Playground");
        assertThat(translations.getTranslation("app.name", Locale.GERMAN)).isEqualTo("Gradient Lab");
    }

    @Test
    void arguments_are_formatted_into_the_text() {
        assertThat(translations.getTranslation("app.page-title", Locale.ENGLISH, "Jacobian"))
                .isEqualTo("Jacobian · Gradient Lab");
    }

    @Test
    void a_missing_key_shows_itself_marked_instead_of_failing() {
        assertThat(translations.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key");
    }

    @Test
    void english_and_german_are_provided() {
        assertThat(translations.getProvidedLocales()).containsExactly(Locale.ENGLISH, Locale.GERMAN);
    }
}
