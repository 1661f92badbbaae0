package org.gradientlab.ui.help;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.expr.ParseResult;
import org.gradientlab.engine.expr.Variables;
import org.gradientlab.ui.layout.MainLayout;
import org.gradientlab.ui.layout.PageTitles;
import org.gradientlab.ui.maths.ExpressionField;
import org.gradientlab.ui.maths.MathView;
import org.gradientlab.ui.maths.ParseMessages;

/**
 * "How to type maths": a field to try things in, then the expression language topic by topic. Every example is
 * read by the same parser that reads answers and rendered with KaTeX, so the page cannot drift from what the site
 * accepts.
 */
@Route(value = "help", layout = MainLayout.class)
@AnonymousAllowed
public class HelpView extends Main implements HasDynamicTitle {

    final ExpressionField tryIt = new ExpressionField("");

    public HelpView() {
        addClassNames("gl-page", "gl-help");
        Paragraph lead = new Paragraph(getTranslation("help.lead"));
        lead.addClassName("gl-lead");

        tryIt.setPlaceholder("2x cos(x^2)");
        tryIt.setHowToTypeVisible(false);
        tryIt.getElement().setAttribute("aria-label", getTranslation("help.try.title"));
        Div tryCard = new Div(
                new H2(getTranslation("help.try.title")), new Paragraph(getTranslation("help.try.intro")), tryIt);
        tryCard.addClassNames("gl-card", "gl-help-try");

        add(new H1(getTranslation("nav.help")), lead, tryCard);
        HelpTopics.TOPICS.forEach(topic -> add(topic(topic)));
        add(variables());
    }

    private Section topic(HelpTopics.Topic topic) {
        Section section = new Section(
                new H2(getTranslation("help." + topic.id() + ".title")),
                new Paragraph(getTranslation("help." + topic.id() + ".intro")));
        section.addClassName("gl-help-topic");
        Div examples = new Div(header());
        examples.addClassName("gl-help-examples");
        examples.getElement().setAttribute("role", "table");
        topic.examples().forEach(example -> examples.add(row(example)));
        section.add(examples);
        return section;
    }

    private Div header() {
        Div header = new Div(
                cell(new Span(getTranslation("help.column.typed")), "columnheader"),
                cell(new Span(getTranslation("help.column.read")), "columnheader"));
        header.addClassNames("gl-help-row", "gl-help-header");
        header.getElement().setAttribute("role", "row");
        return header;
    }

    private Div row(HelpTopics.Example example) {
        Div typed = cell(new Code(example.input()), "cell");
        typed.addClassName("gl-help-typed");
        Div read = cell(reading(example.input()), "cell");
        read.addClassName("gl-help-read");
        if (example.note() != null) {
            Span note = new Span(getTranslation("help.note." + example.note()));
            note.addClassName("gl-help-note");
            read.add(note);
        }
        Div row = new Div(typed, read);
        row.addClassName("gl-help-row");
        row.getElement().setAttribute("role", "row");
        return row;
    }

    private Component reading(String input) {
        return switch (Expression.tryParse(input, Variables.DEFAULT)) {
            case ParseResult.Success success ->
                new MathView(success.expression().toLatex());
            case ParseResult.Failure failure -> {
                Span problem = new Span(ParseMessages.describe(this, failure));
                problem.addClassName("gl-help-problem");
                yield problem;
            }
        };
    }

    private static Div cell(Component content, String role) {
        Div cell = new Div(content);
        cell.getElement().setAttribute("role", role);
        return cell;
    }

    private Section variables() {
        Section section = new Section(
                new H2(getTranslation("help.variables.title")),
                new Paragraph(getTranslation("help.variables.intro", String.join(", ", Variables.DEFAULT.names()))));
        section.addClassName("gl-help-topic");
        return section;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "nav.help");
    }
}
