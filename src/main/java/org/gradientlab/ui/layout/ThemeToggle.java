package org.gradientlab.ui.layout;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

/** Switches between Lumo's light and dark colour schemes; the choice is remembered in the browser. */
class ThemeToggle extends Button {

    ThemeToggle() {
        addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        addClassName("gl-theme-toggle");
        addClickListener(e -> getUI().ifPresent(ui -> {
            BrowserPreferences.setDark(ui, !BrowserPreferences.isDark(ui));
            refresh();
        }));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        refresh();
    }

    private void refresh() {
        boolean dark = getUI().map(BrowserPreferences::isDark).orElse(false);
        setIcon((dark ? VaadinIcon.SUN_O : VaadinIcon.MOON_O).create());
        String label = getTranslation(dark ? "theme.to-light" : "theme.to-dark");
        setAriaLabel(label);
        setTooltipText(label);
    }
}
