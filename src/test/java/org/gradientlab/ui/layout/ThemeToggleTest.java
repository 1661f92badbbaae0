package org.gradientlab.ui.layout;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ColorScheme;
import org.gradientlab.ui.UiTest;
import org.gradientlab.ui.home.HomeView;
import org.junit.jupiter.api.Test;

class ThemeToggleTest extends UiTest {

    @Test
    void toggle_switches_to_dark_and_back_and_says_what_it_will_do() {
        open(HomeView.class);
        ThemeToggle toggle = _get(ThemeToggle.class);
        assertThat(toggle.getAriaLabel()).contains("Switch to dark mode");

        _click(toggle);

        assertThat(UI.getCurrent().getPage().getColorScheme()).isEqualTo(ColorScheme.Value.DARK);
        assertThat(toggle.getAriaLabel()).contains("Switch to light mode");

        _click(toggle);

        assertThat(UI.getCurrent().getPage().getColorScheme()).isEqualTo(ColorScheme.Value.LIGHT);
        assertThat(toggle.getAriaLabel()).contains("Switch to dark mode");
    }

    @Test
    void dark_mode_survives_navigation_to_another_page() {
        open(HomeView.class);
        _click(_get(ThemeToggle.class));

        open("help");

        assertThat(BrowserPreferences.isDark(UI.getCurrent())).isTrue();
        assertThat(_get(ThemeToggle.class).getAriaLabel()).contains("Switch to light mode");
    }
}
