package org.gradientlab.ui.layout;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.Locale;
import org.gradientlab.ui.UiTest;
import org.gradientlab.ui.help.HelpView;
import org.junit.jupiter.api.Test;

class LanguageMenuTest extends UiTest {

    @Test
    void choosing_german_redraws_the_current_page_and_menu_in_german() {
        open(HelpView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("How to type maths");

        _get(LanguageMenu.class).setValue(Locale.GERMAN);

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.GERMAN);
        assertThat(UI.getCurrent().getSession().getLocale()).isEqualTo(Locale.GERMAN);
        assertThat(_get(H1.class).getText()).isEqualTo("Mathematik eingeben");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Spielwiese", "Kettenregel");
        assertThat(pageTitle()).isEqualTo("Mathematik eingeben · Gradient Lab");
        assertThat(_get(LanguageMenu.class).getValue()).isEqualTo(Locale.GERMAN);
    }

    @Test
    void languages_are_named_in_themselves() {
        assertThat(LanguageMenu.nameInItself(Locale.ENGLISH)).isEqualTo("English");
        assertThat(LanguageMenu.nameInItself(Locale.GERMAN)).isEqualTo("Deutsch");
    }
}
