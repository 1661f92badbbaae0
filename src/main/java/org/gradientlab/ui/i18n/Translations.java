package org.gradientlab.ui.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The site's texts in English (the base bundle) and German. A key missing from German falls back to English; a
 * key missing everywhere shows as {@code !key} and is logged, so a typo is visible rather than silent. Texts with
 * arguments are {@link MessageFormat} patterns (write {@code ''} for an apostrophe there); texts without
 * arguments are used as written.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale GERMAN = Locale.GERMAN;
    public static final List<Locale> LOCALES = List.of(ENGLISH, GERMAN);

    static final String BUNDLE = "i18n.messages";

    private static final Logger LOG = LoggerFactory.getLogger(Translations.class);
    private static final ResourceBundle.Control NO_SYSTEM_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale effective = supported(locale);
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, effective, NO_SYSTEM_FALLBACK)
                    .getString(key);
        } catch (MissingResourceException e) {
            LOG.warn("No text for message key '{}' ({})", key, effective);
            return "!" + key;
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, effective).format(params);
    }

    /** The provided locale with the same language, or English. */
    public static Locale supported(Locale locale) {
        if (locale == null) {
            return ENGLISH;
        }
        return LOCALES.stream()
                .filter(l -> l.getLanguage().equals(locale.getLanguage()))
                .findFirst()
                .orElse(ENGLISH);
    }
}
