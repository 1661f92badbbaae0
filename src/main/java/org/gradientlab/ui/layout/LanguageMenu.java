package org.gradientlab.ui.layout;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.select.SelectVariant;
import java.util.Locale;
import org.gradientlab.ui.i18n.Translations;

/** Chooses the site's language; each language is named in itself, so anyone can find their own. */
class LanguageMenu extends Select<Locale> {

    LanguageMenu() {
        setItems(Translations.LOCALES);
        setItemLabelGenerator(LanguageMenu::nameInItself);
        addThemeVariants(SelectVariant.LUMO_SMALL);
        addClassName("gl-language-menu");
        addValueChangeListener(e -> {
            if (e.isFromClient() || !e.getValue().equals(getLocale())) {
                getUI().ifPresent(ui -> BrowserPreferences.setLocale(ui, e.getValue()));
            }
        });
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        setAriaLabel(getTranslation("language.label"));
        Locale current = Translations.supported(getLocale());
        if (!current.equals(getValue())) {
            setValue(current);
        }
    }

    static String nameInItself(Locale locale) {
        String name = locale.getDisplayLanguage(locale);
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
