package org.gradientlab.ui.teach;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.gradientlab.courses.AssignmentItem;
import org.gradientlab.courses.AssignmentSettings;
import org.gradientlab.courses.AssignmentSummary;
import org.gradientlab.courses.Role;
import org.gradientlab.courses.RosterEntry;
import org.gradientlab.courses.TeachingRecords;
import org.gradientlab.exercises.Variant;
import org.gradientlab.exercises.catalogue.Catalogue;
import org.gradientlab.ui.error.NotFoundView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AssignmentEditorTest extends TeachUiTest {

    private static final Catalogue CATALOGUE = Catalogue.standard();

    @Autowired
    TeachingRecords records;

    private static void addExercise(AssignmentEditor editor, String id) {
        editor.exercisePicker.setValue(CATALOGUE.byId(id).orElseThrow());
        _click(editor.addExercise);
    }

    @Test
    void an_instructor_builds_saves_and_publishes_an_assignment() {
        Course c = course();
        signIn(c.instructor(), Role.INSTRUCTOR);
        open(AssignmentEditor.newPath(c.id()));
        AssignmentEditor editor = _get(AssignmentEditor.class);

        editor.title.setValue("Derivatives");
        addExercise(editor, "chain-rule");
        addExercise(editor, "jacobian");
        _click(editor.itemEditors.get(1).up);
        editor.maxAttempts.setValue(2);
        editor.penalty.setValue(25.0);
        _click(editor.save);

        List<AssignmentSummary> stored = assignments.forCourse(c.instructor(), c.id());
        assertThat(stored).hasSize(1);
        AssignmentSettings s = stored.getFirst().settings();
        assertThat(s.title()).isEqualTo("Derivatives");
        assertThat(s.items()).extracting(AssignmentItem::exerciseId).containsExactly("jacobian", "chain-rule");
        assertThat(s.maxAttempts()).isEqualTo(2);
        assertThat(s.penalty()).isEqualTo(0.25);
        assertThat(stored.getFirst().published()).isFalse();

        AssignmentEditor saved = _get(AssignmentEditor.class);
        assertThat(saved.publish.isVisible()).isTrue();
        _click(saved.publish);

        assertThat(assignments.get(c.instructor(), stored.getFirst().id()).published())
                .isTrue();
        assertThat(saved.refusal.isVisible()).isFalse();
        assertThat(saved.publish.isVisible()).isFalse();
    }

    @Test
    void an_instructor_hides_a_published_assignment_from_the_students_again() {
        Course c = course();
        AssignmentSummary a = published(c);
        signIn(c.instructor(), Role.INSTRUCTOR);
        open("teach/assignment/" + a.id());
        AssignmentEditor editor = _get(AssignmentEditor.class);
        assertThat(editor.publish.isVisible()).isFalse();
        assertThat(editor.unpublish.isVisible()).isTrue();

        _click(editor.unpublish);

        assertThat(assignments.get(c.instructor(), a.id()).published()).isFalse();
        assertThat(assignments.forCourse(c.student(), c.id())).isEmpty();
        assertThat(editor.unpublish.isVisible()).isFalse();
        assertThat(editor.publish.isVisible()).isTrue();
    }

    @Test
    void an_unusable_parameter_is_refused_on_its_field_and_nothing_is_stored() {
        Course c = course();
        signIn(c.instructor(), Role.INSTRUCTOR);
        open(AssignmentEditor.newPath(c.id()));
        AssignmentEditor editor = _get(AssignmentEditor.class);
        editor.title.setValue("Broken");
        addExercise(editor, "chain-rule");
        TextField field =
                editor.itemEditors.getFirst().fields.values().iterator().next();

        field.setValue("@@@");
        _click(editor.save);

        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).doesNotStartWith("!").contains("@@@");
        assertThat(editor.refusal.isVisible()).isTrue();
        assertThat(assignments.forCourse(c.instructor(), c.id())).isEmpty();
    }

    @Test
    void the_preview_shows_the_students_own_variant() {
        Course c = course();
        AssignmentSummary a = published(c);
        signIn(c.instructor(), Role.INSTRUCTOR);
        open("teach/assignment/" + a.id());
        AssignmentEditor editor = _get(AssignmentEditor.class);

        RosterEntry student = courses.roster(c.instructor(), c.id()).stream()
                .filter(r -> r.username().equals(c.student()))
                .findFirst()
                .orElseThrow();
        editor.preview.student.setValue(student);
        editor.preview.exercise.setValue("chain-rule");
        _click(editor.preview.show);

        int number = assignments.variantOf(c.student(), a.id(), c.student(), "chain-rule");
        Variant expected = CATALOGUE.byId("chain-rule").orElseThrow().variant(number, Map.of());
        assertThat(editor.preview.variant).isEqualTo(expected);
        assertThat(editor.preview.shown.getChildren().count()).isGreaterThan(3);
    }

    @Test
    void a_teaching_assistant_sees_the_settings_read_only_and_is_refused_a_new_assignment() {
        Course c = course();
        AssignmentSummary a = published(c);
        String ta = user("ta", Role.TA);
        courses.addTeachingAssistant(c.instructor(), c.id(), ta);
        signIn(ta, Role.TA);

        open("teach/assignment/" + a.id());
        AssignmentEditor editor = _get(AssignmentEditor.class);
        assertThat(editor.save.isVisible()).isFalse();
        assertThat(editor.publish.isVisible()).isFalse();
        assertThat(editor.unpublish.isVisible()).isFalse();
        assertThat(editor.title.isReadOnly()).isTrue();
        assertThat(editor.itemEditors.getFirst().remove.isVisible()).isFalse();

        open(AssignmentEditor.newPath(c.id()));
        _assertNone(AssignmentEditor.class);
        _get(NotFoundView.class);
    }

    @Test
    void an_extension_entered_in_the_browsers_zone_is_stored_as_that_instant() {
        Course c = course();
        AssignmentSummary a = published(c);
        signIn(c.instructor(), Role.INSTRUCTOR);
        open("teach/assignment/" + a.id());
        AssignmentEditor editor = _get(AssignmentEditor.class);
        RosterEntry student = editor.extensions
                .student
                .getListDataView()
                .getItems()
                .filter(r -> r.username().equals(c.student()))
                .findFirst()
                .orElseThrow();

        // The page works in the zone the (mocked) browser reports.
        ZoneId browser = ViewerZone.of(
                UI.getCurrent().getPage().getExtendedClientDetails().getTimeZoneId());
        editor.extensions.student.setValue(student);
        editor.extensions.until.setValue(LocalDateTime.parse("2031-05-04T12:15"));
        _click(editor.extensions.grant);

        Instant expected =
                LocalDateTime.parse("2031-05-04T12:15").atZone(browser).toInstant();
        assertThat(records.extensions(c.instructor(), a.id()))
                .containsExactly(new TeachingRecords.Extension(c.student(), expected));
        assertThat(GridKt._size(editor.extensions.grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(editor.extensions.grid, 0).get(1)).contains("12:15");
    }
}
