package org.gradientlab.ui.teach;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gradientlab.courses.AssignmentItem;
import org.gradientlab.courses.AssignmentService;
import org.gradientlab.courses.AssignmentSettings;
import org.gradientlab.courses.AssignmentSummary;
import org.gradientlab.courses.CourseService;
import org.gradientlab.courses.CourseSummary;
import org.gradientlab.courses.CoursesException;
import org.gradientlab.courses.CoursesMessage;
import org.gradientlab.courses.Membership;
import org.gradientlab.courses.TeachingRecords;
import org.gradientlab.exercises.Exercise;
import org.gradientlab.exercises.catalogue.Catalogue;
import org.gradientlab.ui.layout.MainLayout;
import org.gradientlab.ui.layout.PageTitles;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The assignment editor: title, the ordered catalogue exercises with their parameter overrides, attempts, penalty
 * per wrong attempt, hint cost and due date (entered in the viewer's time zone, stored in UTC); then, once saved,
 * per-student extensions, a preview of any enrolled student's variant, and publishing (after the self-test of
 * every variant). Teaching assistants see the settings read-only.
 */
@StyleSheet("styles/teach.css")
@Route(value = "teach/assignment/:assignmentId", layout = MainLayout.class)
@RouteAlias(value = "teach/course/:courseId/new-assignment", layout = MainLayout.class)
@RolesAllowed({"TA", "INSTRUCTOR", "ADMIN"})
public class AssignmentEditor extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AssignmentService assignments;
    private final CourseService courses;
    private final TeachingRecords records;
    private final Catalogue catalogue;
    private final String actor;
    private CourseSummary course;
    private AssignmentSummary saved;
    private ZoneId zone = ZoneOffset.UTC;

    final H1 heading = new H1();
    final Div state = new Div();
    final TextField title = new TextField();
    final Div items = new Div();
    final List<ItemEditor> itemEditors = new ArrayList<>();
    final ComboBox<Exercise> exercisePicker = new ComboBox<>();
    final Button addExercise = new Button(VaadinIcon.PLUS.create());
    final IntegerField maxAttempts = new IntegerField();
    final NumberField penalty = new NumberField();
    final NumberField hintCost = new NumberField();
    final DateTimePicker due = new DateTimePicker();
    final Button save = new Button(VaadinIcon.CHECK.create());
    final Button publish = new Button(VaadinIcon.GLOBE.create());
    final Button unpublish = new Button(VaadinIcon.EYE_SLASH.create());
    final Paragraph refusal = new Paragraph();
    final Div more = new Div();
    ExtensionsPanel extensions;
    VariantPreview preview;

    public AssignmentEditor(
            AssignmentService assignments,
            CourseService courses,
            TeachingRecords records,
            ObjectProvider<Catalogue> catalogue,
            AuthenticationContext authentication) {
        this.assignments = assignments;
        this.courses = courses;
        this.records = records;
        this.catalogue = catalogue.getIfAvailable(Catalogue::standard);
        this.actor = authentication.getPrincipalName().orElse("");
        addClassNames("gl-page", "gl-teach");
    }

    /** The route parameters of an assignment's editor. */
    static RouteParameters parameters(long assignmentId) {
        return new RouteParameters("assignmentId", Long.toString(assignmentId));
    }

    /** The address of a new assignment's editor in a course. */
    static String newPath(long courseId) {
        return "teach/course/" + courseId + "/new-assignment";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteParameters p = event.getRouteParameters();
        try {
            long courseId;
            if (p.get("assignmentId").isPresent()) {
                saved = assignments.get(actor, Ids.parse(p.get("assignmentId").get()));
                courseId = saved.courseId();
            } else {
                saved = null;
                courseId = Ids.parse(p.get("courseId").orElse(""));
            }
            Optional<CourseSummary> taught = Ids.taught(courses, actor, courseId);
            if (taught.isEmpty() || (saved == null && taught.get().membership() != Membership.INSTRUCTOR)) {
                Ids.reroute(event);
                return;
            }
            course = taught.get();
            build();
        } catch (CoursesException e) {
            Ids.reroute(event);
        }
    }

    boolean editable() {
        return course.membership() == Membership.INSTRUCTOR;
    }

    private void build() {
        removeAll();
        RouterLink back = new RouterLink(course.name(), CourseView.class, CourseView.parameters(course.id()));
        back.addClassName("gl-eyebrow");
        heading.setText(
                saved == null
                        ? getTranslation("teach.assignment.new")
                        : saved.settings().title());
        add(back, heading, state);

        title.setLabel(getTranslation("teach.assignment.title"));
        title.setMaxLength(200);
        title.setRequired(true);
        maxAttempts.setLabel(getTranslation("teach.assignment.attempts"));
        maxAttempts.setHelperText(getTranslation("teach.assignment.attempts-help"));
        maxAttempts.setMin(0);
        maxAttempts.setStepButtonsVisible(true);
        penalty.setLabel(getTranslation("teach.assignment.penalty"));
        penalty.setHelperText(getTranslation("teach.assignment.penalty-help"));
        hintCost.setLabel(getTranslation("teach.assignment.hint-cost"));
        hintCost.setHelperText(getTranslation("teach.assignment.hint-cost-help"));
        for (NumberField f : List.of(penalty, hintCost)) {
            f.setMin(0);
            f.setMax(100);
            f.setStep(5);
            f.setSuffixComponent(new Span("%"));
        }
        due.setLabel(getTranslation("teach.assignment.due-in", ViewerZone.name(zone, getLocale())));
        due.setHelperText(getTranslation("teach.assignment.due-help"));
        FormLayout form = new FormLayout(title, maxAttempts, penalty, hintCost, due);
        form.setColspan(title, 2);
        add(form);

        add(new H2(getTranslation("teach.assignment.exercises")));
        items.addClassName("gl-teach-items");
        add(items);
        exercisePicker.setLabel(getTranslation("teach.assignment.add-exercise"));
        exercisePicker.setItems(catalogue.all());
        exercisePicker.setItemLabelGenerator(e -> Titles.exercise(this, e));
        exercisePicker.setWidth("24em");
        addExercise.setText(getTranslation("teach.assignment.add"));
        addExercise.addClickListener(e -> {
            if (exercisePicker.getValue() != null) {
                addItem(exercisePicker.getValue(), Map.of());
                exercisePicker.clear();
            }
        });
        Div picker = new Div(exercisePicker, addExercise);
        picker.addClassName("gl-teach-form");
        add(picker);

        save.setText(getTranslation("teach.assignment.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        publish.setText(getTranslation("teach.assignment.publish"));
        publish.addClickListener(e -> publish());
        unpublish.setText(getTranslation("teach.assignment.unpublish"));
        unpublish.addClickListener(e -> unpublish());
        refusal.addClassName("gl-teach-refusal");
        refusal.setVisible(false);
        Div actions = new Div(save, publish, unpublish);
        actions.addClassName("gl-teach-actions");
        add(actions, refusal, more);

        show(saved == null ? new AssignmentSettings("", List.of(), 3, 0.1, 0, null) : saved.settings());
        ViewerZone.whenKnown(UI.getCurrent(), known -> {
            var local = due.getValue();
            var at = ViewerZone.instant(local, zone);
            zone = known;
            due.setLabel(getTranslation("teach.assignment.due-in", ViewerZone.name(zone, getLocale())));
            due.setValue(ViewerZone.local(at, zone));
            if (extensions != null) {
                extensions.setZone(zone);
            }
        });
    }

    private void show(AssignmentSettings s) {
        title.setValue(s.title());
        maxAttempts.setValue(s.maxAttempts());
        penalty.setValue(s.penalty() * 100);
        hintCost.setValue(s.hintCost() * 100);
        due.setValue(ViewerZone.local(s.dueAt(), zone));
        items.removeAll();
        itemEditors.clear();
        for (AssignmentItem item : s.items()) {
            catalogue.byId(item.exerciseId()).ifPresent(e -> addItem(e, item.overrides()));
        }
        boolean editable = editable();
        List<HasValue<?, ?>> fields = List.of(title, maxAttempts, penalty, hintCost, due);
        fields.forEach(f -> f.setReadOnly(!editable));
        exercisePicker.getParent().ifPresent(p -> p.setVisible(editable));
        save.setVisible(editable);
        publish.setVisible(editable && saved != null && !saved.published());
        unpublish.setVisible(editable && saved != null && saved.published());
        state.removeAll();
        if (saved != null) {
            state.add(State.badge(this, saved.published()));
        }
        if (!editable) {
            state.add(new Paragraph(getTranslation("teach.assignment.read-only")));
        }
        more.removeAll();
        if (saved != null) {
            extensions = new ExtensionsPanel(assignments, records, courses, actor, saved, course, editable, zone);
            preview = new VariantPreview(assignments, courses, catalogue, actor, saved, course.id());
            more.add(extensions, preview);
        }
    }

    private void addItem(Exercise exercise, Map<String, String> overrides) {
        if (itemEditors.stream().anyMatch(i -> i.exercise.id().equals(exercise.id()))) {
            exercisePicker.setErrorMessage(getTranslation("teach.assignment.already-added"));
            exercisePicker.setInvalid(true);
            return;
        }
        ItemEditor editor = new ItemEditor(exercise, overrides);
        editor.up.addClickListener(e -> move(editor, -1));
        editor.down.addClickListener(e -> move(editor, 1));
        editor.remove.addClickListener(e -> {
            itemEditors.remove(editor);
            items.remove(editor);
        });
        editor.setEditable(editable());
        itemEditors.add(editor);
        items.add(editor);
    }

    private void move(ItemEditor editor, int by) {
        int from = itemEditors.indexOf(editor);
        int to = from + by;
        if (to < 0 || to >= itemEditors.size()) {
            return;
        }
        itemEditors.remove(from);
        itemEditors.add(to, editor);
        items.removeAll();
        itemEditors.forEach(items::add);
    }

    AssignmentSettings settings() {
        return new AssignmentSettings(
                title.getValue(),
                itemEditors.stream()
                        .map(i -> new AssignmentItem(i.exercise.id(), i.overrides()))
                        .toList(),
                maxAttempts.getValue() == null ? 0 : maxAttempts.getValue(),
                penalty.getValue() == null ? 0 : penalty.getValue() / 100,
                hintCost.getValue() == null ? 0 : hintCost.getValue() / 100,
                ViewerZone.instant(due.getValue(), zone));
    }

    /** Saves the settings; returns whether they were stored. */
    boolean save() {
        refusal.setVisible(false);
        boolean usable = true;
        for (ItemEditor i : itemEditors) {
            usable &= i.check();
        }
        if (!usable) {
            showRefusal(getTranslation("teach.assignment.fix-parameters"));
            return false;
        }
        try {
            if (saved == null) {
                AssignmentSummary created = assignments.create(actor, course.id(), settings());
                Notices.done(this, "teach.assignment.saved");
                UI.getCurrent().navigate(AssignmentEditor.class, parameters(created.id()));
            } else {
                saved = assignments.update(actor, saved.id(), settings());
                heading.setText(saved.settings().title());
                Notices.done(this, "teach.assignment.saved");
            }
            return true;
        } catch (CoursesException e) {
            if (e.reason() == CoursesMessage.BAD_SETTINGS && title.getValue().isBlank()) {
                title.setErrorMessage(Notices.text(this, e));
                title.setInvalid(true);
            }
            showRefusal(Notices.text(this, e));
            return false;
        }
    }

    void publish() {
        if (!save()) {
            return;
        }
        try {
            saved = assignments.publish(actor, saved.id());
            Notices.done(this, "teach.assignment.published-now");
            show(saved.settings());
        } catch (CoursesException e) {
            showRefusal(Notices.text(this, e));
        }
    }

    /** Hides the assignment from the students again; their attempts stay stored. */
    void unpublish() {
        try {
            saved = assignments.unpublish(actor, saved.id());
            Notices.done(this, "teach.assignment.unpublished-now");
            show(saved.settings());
        } catch (CoursesException e) {
            showRefusal(Notices.text(this, e));
        }
    }

    private void showRefusal(String text) {
        refusal.setText(text);
        refusal.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return saved == null
                ? PageTitles.of(this, "teach.assignment.new")
                : PageTitles.ofText(this, saved.settings().title());
    }
}
