package org.gradientlab.ui.playground;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.gradientlab.charts.Axis;
import org.gradientlab.charts.Chart;
import org.gradientlab.charts.ChartConfig;
import org.gradientlab.ui.layout.MainLayout;
import org.gradientlab.ui.layout.PageTitles;

/**
 * The playground: type any f(x, y) (or pick a landscape), line up optimizers with their settings, and watch them
 * race on the contour plot, with loss curves and a results table, all recomputed live as any control moves. The
 * whole setup lives in the address (see {@link PlaygroundState}), so a link reproduces the race exactly; the
 * "copy link" button shares it. The work is done by {@link PlaygroundLogic}; this class lays the page out and
 * hands every change to it.
 */
@Route(value = "playground", layout = MainLayout.class)
@StyleSheet("playground/playground.css")
@AnonymousAllowed
public class PlaygroundView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    final SetupCard setup = new SetupCard();
    final Div racers = new Div();
    final Map<Integer, RacerEditor> editors = new LinkedHashMap<>();
    final Button addRacer = new Button(VaadinIcon.PLUS.create());
    final Button copyLink = new Button(VaadinIcon.LINK.create());
    final Button reset = new Button(VaadinIcon.REFRESH.create());
    final Div notices = new Div();
    final Chart contourChart;
    final Chart lossChart;
    final ResultsTable results = new ResultsTable();
    final PlaygroundLogic logic = new PlaygroundLogic(this);
    private String link = "";
    private boolean showing;

    public PlaygroundView() {
        addClassNames("gl-page", "gl-playground");
        contourChart = new Chart(
                ChartConfig.of(getTranslation("playground.contour.title"), Axis.linear("x"), Axis.linear("y")));
        contourChart.setChartHeight("clamp(24rem, 75vw, 36rem)");
        contourChart.addClassName("gl-contour-chart");
        contourChart.addPointPickListener(logic::startPicked);
        lossChart = new Chart(
                ChartConfig.of(getTranslation("playground.loss.summary"), Axis.linear("k"), Axis.linear("f")));
        lossChart.setChartHeight("15rem");
        add(header(), notices, body());
        wire();
    }

    private Div header() {
        copyLink.setText(getTranslation("playground.copy-link"));
        copyLink.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        copyLink.addClickListener(e -> copyLink());
        reset.setText(getTranslation("playground.reset"));
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        reset.addClickListener(e -> logic.reset());
        Div actions = new Div(copyLink, reset);
        actions.addClassName("gl-playground-actions");
        Paragraph lead = new Paragraph(getTranslation("playground.lead"));
        lead.addClassName("gl-lead");
        Div text = new Div(new H1(getTranslation("nav.playground")), lead);
        Div header = new Div(text, actions);
        header.addClassName("gl-playground-header");
        notices.addClassName("gl-link-notices");
        notices.setVisible(false);
        notices.getElement().setAttribute("role", "status");
        return header;
    }

    private Div body() {
        H2 racersTitle = new H2(getTranslation("playground.racers"));
        addRacer.setText(getTranslation("playground.add-racer"));
        addRacer.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Div racersHeader = new Div(racersTitle, addRacer);
        racersHeader.addClassName("gl-racers-header");
        racers.addClassName("gl-racer-list");
        Div racerColumn = new Div(racersHeader, racers);
        racerColumn.addClassName("gl-playground-racers");

        Div contourCard = new Div(contourChart);
        contourCard.addClassNames("gl-card", "gl-chart-card", "gl-contour-card");
        Div lossCard = new Div(lossChart);
        lossCard.addClassNames("gl-card", "gl-chart-card", "gl-loss-card");
        Span resultsTitle = new Span(getTranslation("playground.results.title"));
        resultsTitle.addClassName("gl-card-title");
        Paragraph conventions = new Paragraph(getTranslation("playground.conventions"));
        conventions.addClassName("gl-hint");
        Div resultsCard = new Div(resultsTitle, results, conventions);
        resultsCard.addClassNames("gl-card", "gl-results-card");
        Div output = new Div(contourCard, lossCard, resultsCard);
        output.addClassName("gl-playground-output");

        setup.addClassName("gl-playground-setup");
        Div body = new Div(setup, output, racerColumn);
        body.addClassName("gl-playground-body");
        return body;
    }

    private void wire() {
        setup.function.addValueChangeListener(
                e -> unlessShowing(() -> logic.functionChanged(e.getValue(), setup.function.getExpression())));
        setup.preset.addValueChangeListener(e -> unlessShowing(() -> {
            if (e.getValue() != null) {
                logic.presetChosen(e.getValue());
            }
        }));
        for (var field : List.of(setup.xMin, setup.xMax, setup.yMin, setup.yMax)) {
            field.addValueChangeListener(e -> unlessShowing(() ->
                    logic.windowChanged(value(setup.xMin), value(setup.xMax), value(setup.yMin), value(setup.yMax))));
        }
        for (var field : List.of(setup.startX, setup.startY)) {
            field.addValueChangeListener(
                    e -> unlessShowing(() -> logic.startChanged(value(setup.startX), value(setup.startY))));
        }
        setup.steps.addValueChangeListener(e -> unlessShowing(this::budgetChanged));
        setup.stopBelow.addValueChangeListener(e -> unlessShowing(this::budgetChanged));
        addRacer.addClickListener(e -> logic.racerAdded());
    }

    private void budgetChanged() {
        Double below = setup.stopBelow.getValue();
        logic.budgetChanged(
                setup.steps.getValue(),
                below == null || !Double.isFinite(below) ? OptionalDouble.empty() : OptionalDouble.of(below));
    }

    private static double value(com.vaadin.flow.component.textfield.NumberField field) {
        Double v = field.getValue();
        return v == null ? Double.NaN : v;
    }

    private void unlessShowing(Runnable action) {
        if (!showing) {
            action.run();
        }
    }

    private void showing(Runnable action) {
        showing = true;
        try {
            action.run();
        } finally {
            showing = false;
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        logic.enter(event.getLocation().getQueryParameters().getParameters());
    }

    // ---- What the logic shows ----

    void showSetup(PlaygroundState state, Optional<Preset> preset) {
        showing(() -> {
            setup.function.setValue(state.function());
            setup.showPreset(preset);
            setup.xMin.setValue(state.window().xMin());
            setup.xMax.setValue(state.window().xMax());
            setup.yMin.setValue(state.window().yMin());
            setup.yMax.setValue(state.window().yMax());
            setup.startX.setValue(state.startX());
            setup.startY.setValue(state.startY());
            setup.steps.setValue(state.steps());
            setup.stopBelow.setValue(
                    state.stopBelow().isPresent() ? state.stopBelow().getAsDouble() : null);
        });
    }

    void showPreset(Optional<Preset> preset) {
        showing(() -> setup.showPreset(preset));
    }

    void showStart(double x, double y) {
        showing(() -> {
            setup.startX.setValue(x);
            setup.startY.setValue(y);
        });
    }

    void showFunctionKept(boolean kept) {
        setup.functionKept.setVisible(kept);
    }

    void addEditor(int key, Racer racer) {
        RacerEditor editor = new RacerEditor(key, racer);
        editor.addChangeListener(e -> logic.racerChanged(key, e.racer()));
        editor.addRemoveListener(e -> logic.racerRemoved(key));
        editors.put(key, editor);
        racers.add(editor);
        renumber();
    }

    void removeEditor(int key) {
        RacerEditor editor = editors.remove(key);
        if (editor != null) {
            racers.remove(editor);
        }
        renumber();
    }

    void removeEditors() {
        editors.clear();
        racers.removeAll();
    }

    private void renumber() {
        int n = 1;
        for (RacerEditor editor : editors.values()) {
            editor.setNumber(n++);
        }
    }

    void setAddEnabled(boolean enabled) {
        addRacer.setEnabled(enabled);
    }

    void showResults(List<Lap> laps, PlaygroundState state) {
        results.show(laps, state);
    }

    void showNotices(List<LinkNotice> found) {
        notices.removeAll();
        notices.setVisible(!found.isEmpty());
        if (found.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        for (LinkNotice notice : found) {
            list.add(new ListItem(
                    getTranslation(notice.key().messageKey(), notice.arguments().toArray())));
        }
        Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> notices.setVisible(false));
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        close.setAriaLabel(getTranslation("playground.link.dismiss"));
        Div text = new Div(new Span(getTranslation("playground.link.title")), list);
        notices.add(VaadinIcon.WARNING.create(), text, close);
        Notification.show(getTranslation("playground.link.title"), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_WARNING);
    }

    /**
     * Puts the race's link in the address bar without a new history entry, in the link's own readable encoding (the
     * router would reorder and re-encode the parameters). On a first visit the router writes the address it was
     * opened with once more after this, which reproduces the same race; the copy button always has the full link.
     */
    void updateLink(String query) {
        link = "playground?" + query;
        getElement()
                .executeJs(
                        "setTimeout(() => history.replaceState(history.state, '', new URL($0, document.baseURI).href))",
                        link);
    }

    /** The address of the race now shown, relative to the site. */
    String link() {
        return link;
    }

    private void copyLink() {
        getElement().executeJs("""
                const url = new URL($0, document.baseURI).href;
                if (!navigator.clipboard) {
                  return url;
                }
                return navigator.clipboard.writeText(url).then(() => '', () => url);""", link).then(String.class, failed -> {
            if (failed == null || failed.isEmpty()) {
                Notification.show(getTranslation("playground.link-copied"), 2500, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } else {
                showLinkDialog(failed);
            }
        });
    }

    private void showLinkDialog(String url) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("playground.copy-link"));
        TextField field = new TextField();
        field.setValue(url);
        field.setReadOnly(true);
        field.setWidth("min(36rem, 80vw)");
        field.setHelperText(getTranslation("playground.copy-by-hand"));
        dialog.add(field);
        dialog.getFooter().add(new Button(getTranslation("playground.close"), e -> dialog.close()));
        dialog.open();
        field.getElement().executeJs("setTimeout(() => { this.focus(); this.inputElement.select(); })");
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "nav.playground");
    }
}
