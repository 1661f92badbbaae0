package org.gradientlab.ui.layout;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

/** Switches between Lumo's light and dark colour schemes; the choice is remembered in the browser. */
class ThemeToggle extends Button {

    private boolean dark;

    ThemeToggle() {
        addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        addClassName("gl-theme-toggle");
        addClickListener(e -> getUI().ifPresent(ui -> {
            dark = !dark;
            BrowserPreferences.setDark(ui, dark);
            refresh();
        }));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        dark = BrowserPreferences.isDark(ui);
        refresh();
        // The page may have been opened dark before the server heard of it (a remembered choice, or the system's
        // preference), so the browser has the last word.
        ui.getPage()
                .executeJs("return document.documentElement.getAttribute('theme') === 'dark'")
                .then(Boolean.class, isDark -> {
                    dark = isDark;
                    refresh();
                });
    }

    private void refresh() {
        setIcon((dark ? VaadinIcon.SUN_O : VaadinIcon.MOON_O).create());
        String label = getTranslation(dark ? "theme.to-light" : "theme.to-dark");
        setAriaLabel(label);
        setTooltipText(label);
    }
}
