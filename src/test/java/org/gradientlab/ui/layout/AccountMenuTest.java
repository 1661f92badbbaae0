package org.gradientlab.ui.layout;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.sidenav.SideNavItem;
import org.gradientlab.ui.SignedInUiTest;
import org.gradientlab.ui.home.HomeView;
import org.junit.jupiter.api.Test;

class AccountMenuTest extends SignedInUiTest {

    @Test
    void anonymous_visitors_get_sign_in_and_join_links_and_no_course_pages() {
        open(HomeView.class);
        MainLayout layout = _get(MainLayout.class);

        assertThat(layout.account.signIn.getHref()).isEqualTo("login");
        assertThat(layout.account.signIn.getText()).isEqualTo("Sign in");
        assertThat(layout.account.join.getHref()).isEqualTo("signup");
        assertThat(layout.account.join.getText()).isEqualTo("Join a course");
        assertThat(layout.account.signOut).isNull();
        assertThat(layout.courseNavigation.isVisible()).isFalse();
    }

    @Test
    void a_signed_in_student_sees_their_name_with_sign_out_and_my_courses() {
        signIn("student1");
        open(HomeView.class);
        MainLayout layout = _get(MainLayout.class);

        assertThat(layout.account.user.getItems().getFirst().getElement().getAttribute("aria-label"))
                .isEqualTo("Account of Demo Student 1");
        assertThat(layout.account.signOut.getText()).isEqualTo("Sign out");
        assertThat(layout.account.signIn.isAttached()).isFalse();
        assertThat(layout.courseNavigation.getItems())
                .extracting(SideNavItem::getPath)
                .containsExactly("courses");
    }

    @Test
    void instructors_get_teaching() {
        signIn("instructor");
        open(HomeView.class);
        assertThat(_get(MainLayout.class).courseNavigation.getItems())
                .extracting(SideNavItem::getPath)
                .containsExactly("teach");
    }

    @Test
    void the_admin_gets_admin() {
        signIn("admin");
        open(HomeView.class);
        assertThat(_get(MainLayout.class).courseNavigation.getItems())
                .extracting(SideNavItem::getPath)
                .containsExactly("admin");
    }
}
