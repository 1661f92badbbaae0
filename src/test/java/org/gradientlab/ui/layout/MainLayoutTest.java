package org.gradientlab.ui.layout;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.gradientlab.ui.UiTest;
import org.gradientlab.ui.exercises.CourseOutline;
import org.gradientlab.ui.help.HelpView;
import org.gradientlab.ui.home.HomeView;
import org.gradientlab.ui.playground.PlaygroundView;
import org.junit.jupiter.api.Test;

class MainLayoutTest extends UiTest {

    @Test
    void home_page_is_shown_inside_the_main_layout() {
        open(HomeView.class);

        MainLayout layout = _get(MainLayout.class);
        assertThat(layout.getContent()).isInstanceOf(HomeView.class);
        assertThat(pageTitle()).isEqualTo("Learn gradients by doing · Gradient Lab");
    }

    @Test
    void drawer_lists_main_pages_then_one_group_per_unit_with_every_exercise() {
        open(HomeView.class);

        MainLayout layout = _get(MainLayout.class);
        List<SideNav> navigation = layout.navigation;
        assertThat(navigation).hasSize(1 + CourseOutline.UNITS.size());
        assertThat(navigation.getFirst().getItems())
                .extracting(SideNavItem::getLabel)
                .containsExactly("Home", "Playground", "How to type maths");
        assertThat(navigation.subList(1, navigation.size()))
                .extracting(SideNav::getLabel)
                .containsExactly(
                        "Derivatives",
                        "Gradients and Jacobians",
                        "Gradient descent",
                        "Momentum and adaptive methods",
                        "Learning from data",
                        "Constrained optimisation");
        List<String> exercisePaths = navigation.subList(1, navigation.size()).stream()
                .flatMap(nav -> nav.getItems().stream())
                .map(SideNavItem::getPath)
                .toList();
        assertThat(exercisePaths).hasSize(20).contains("exercises/chain-rule", "exercises/lagrange");
        assertThat(exercisePaths).doesNotHaveDuplicates();
    }

    @Test
    void every_menu_entry_leads_to_a_page_with_a_heading_and_its_own_title() {
        open(HomeView.class);
        List<String> paths =
                _find(SideNavItem.class).stream().map(SideNavItem::getPath).toList();

        for (String path : paths) {
            open(path);
            assertThat(_find(H1.class)).as(path).isNotEmpty();
            assertThat(pageTitle()).as(path).endsWith(" · Gradient Lab").doesNotContain("!");
        }
    }

    @Test
    void main_pages_have_their_titles() {
        open(PlaygroundView.class);
        assertThat(pageTitle()).isEqualTo("Playground · Gradient Lab");
        open(HelpView.class);
        assertThat(pageTitle()).isEqualTo("How to type maths · Gradient Lab");
        open("exercises/jacobian");
        assertThat(_get(H1.class).getText()).startsWith("Jacobian");
        assertThat(pageTitle()).isEqualTo("Jacobian · Gradient Lab");
    }
}
