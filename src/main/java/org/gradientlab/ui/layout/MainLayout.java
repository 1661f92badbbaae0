package org.gradientlab.ui.layout;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.ArrayList;
import java.util.List;
import org.gradientlab.courses.AccountService;
import org.gradientlab.ui.exercises.CourseOutline;
import org.gradientlab.ui.exercises.ExerciseView;
import org.gradientlab.ui.help.HelpView;
import org.gradientlab.ui.home.HomeView;
import org.gradientlab.ui.playground.PlaygroundView;

/**
 * The frame of every page: a header with the site's name, the account corner (sign in and join a course, or the
 * signed-in user's menu), the language menu and the dark-mode toggle, and a drawer with the course (one collapsible
 * group per unit), the playground and the help page, plus the signed-in user's course pages by role. On a phone
 * the drawer becomes an overlay that the header's toggle opens and that closes after navigating.
 */
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    final DrawerToggle drawerToggle = new DrawerToggle();
    final ThemeToggle themeToggle = new ThemeToggle();
    final LanguageMenu languageMenu = new LanguageMenu();
    final List<SideNav> navigation = new ArrayList<>();
    final AccountMenu account;
    /** The signed-in user's course pages by role; empty for anonymous visitors. */
    final SideNav courseNavigation = new SideNav();

    private static final String DISPLAY_NAME = MainLayout.class.getName() + ".displayName.";

    public MainLayout(AuthenticationContext auth, AccountService accounts) {
        setPrimarySection(Section.DRAWER);
        drawerToggle.setAriaLabel(getTranslation("nav.toggle"));
        account = new AccountMenu(auth, username -> displayName(accounts, username));
        addToNavbar(drawerToggle, brand(), spacer(), account, languageMenu, themeToggle);
        courseNavigation.getElement().setAttribute("aria-label", getTranslation("layout.courses-nav"));
        if (auth.hasRole("STUDENT")) {
            courseNavigation.addItem(
                    new SideNavItem(getTranslation("layout.my-courses"), "courses", VaadinIcon.ACADEMY_CAP.create()));
        }
        if (auth.hasAnyRole("INSTRUCTOR", "TA")) {
            courseNavigation.addItem(
                    new SideNavItem(getTranslation("layout.teaching"), "teach", VaadinIcon.USERS.create()));
        }
        if (auth.hasRole("ADMIN")) {
            courseNavigation.addItem(
                    new SideNavItem(getTranslation("layout.admin"), "admin", VaadinIcon.COG_O.create()));
        }
        courseNavigation.setVisible(!courseNavigation.getItems().isEmpty());
        addToDrawer(drawer());
    }

    /**
     * The name to greet the user by, read once per session (the frame is built on every page). The frame is on
     * practice pages too, so a database that is down must not break it: the username stands in.
     */
    private static String displayName(AccountService accounts, String username) {
        VaadinSession session = VaadinSession.getCurrent();
        String key = DISPLAY_NAME + username;
        if (session != null && session.getAttribute(key) instanceof String known) {
            return known;
        }
        try {
            String name = accounts.user(username).displayName();
            if (session != null) {
                session.setAttribute(key, name);
            }
            return name;
        } catch (RuntimeException e) {
            return username;
        }
    }

    private Div brand() {
        Image logo = new Image("icons/favicon.svg", "");
        logo.addClassName("gl-brand-logo");
        Span name = new Span(getTranslation("app.name"));
        name.addClassName("gl-brand-name");
        RouterLink home = new RouterLink(HomeView.class);
        home.add(logo, name);
        home.addClassName("gl-brand");
        home.getElement().setAttribute("aria-label", getTranslation("nav.home"));
        return new Div(home);
    }

    private static Div spacer() {
        Div spacer = new Div();
        spacer.addClassName("gl-navbar-spacer");
        return spacer;
    }

    private Scroller drawer() {
        Div content = new Div();
        content.addClassName("gl-drawer");

        SideNav main = new SideNav();
        main.addItem(
                new SideNavItem(getTranslation("nav.home"), HomeView.class, VaadinIcon.HOME_O.create()),
                new SideNavItem(getTranslation("nav.playground"), PlaygroundView.class, VaadinIcon.CHART_LINE.create()),
                new SideNavItem(getTranslation("nav.help"), HelpView.class, VaadinIcon.QUESTION_CIRCLE_O.create()));
        main.getElement().setAttribute("aria-label", getTranslation("nav.main"));
        navigation.add(main);
        content.add(courseNavigation, main);

        for (CourseOutline.Unit unit : CourseOutline.UNITS) {
            SideNav group = new SideNav(getTranslation("unit." + unit.id()));
            group.setCollapsible(true);
            for (String exercise : unit.exercises()) {
                group.addItem(new SideNavItem(
                        getTranslation("exercise." + exercise + ".title"), ExerciseView.path(exercise)));
            }
            navigation.add(group);
            content.add(group);
        }

        Footer footer = new Footer(new Span(getTranslation("footer.tagline")));
        footer.addClassName("gl-drawer-footer");
        content.add(footer);
        return new Scroller(content);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (isOverlay()) {
            setDrawerOpened(false);
        }
    }
}
