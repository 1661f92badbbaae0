package org.gradientlab.ui.maths;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gradientlab.ui.maths.MiniMarkdown.BulletList;
import org.gradientlab.ui.maths.MiniMarkdown.Code;
import org.gradientlab.ui.maths.MiniMarkdown.CodeBlock;
import org.gradientlab.ui.maths.MiniMarkdown.DisplayMath;
import org.gradientlab.ui.maths.MiniMarkdown.Emphasis;
import org.gradientlab.ui.maths.MiniMarkdown.Math;
import org.gradientlab.ui.maths.MiniMarkdown.NumberedList;
import org.gradientlab.ui.maths.MiniMarkdown.Paragraph;
import org.gradientlab.ui.maths.MiniMarkdown.Strong;
import org.gradientlab.ui.maths.MiniMarkdown.Text;
import org.junit.jupiter.api.Test;

class MiniMarkdownTest {

    @Test
    void blank_lines_separate_paragraphs_and_lines_within_one_are_joined() {
        assertThat(MiniMarkdown.parse("The chain rule\nsays this.\n\nSecond."))
                .containsExactly(
                        new Paragraph(List.of(new Text("The chain rule says this."))),
                        new Paragraph(List.of(new Text("Second."))));
    }

    @Test
    void dollars_delimit_inline_and_display_maths() {
        assertThat(MiniMarkdown.parse("Let $f(x) = x^2$. Then\n\n$$f'(x) = 2x$$\n\nholds."))
                .containsExactly(
                        new Paragraph(List.of(new Text("Let "), new Math("f(x) = x^2", false), new Text(". Then"))),
                        new DisplayMath("f'(x) = 2x"),
                        new Paragraph(List.of(new Text("holds."))));
    }

    @Test
    void display_maths_may_span_lines() {
        assertThat(MiniMarkdown.parse("$$\nJ = \\begin{pmatrix} a \\\\ b \\end{pmatrix}\n$$"))
                .containsExactly(new DisplayMath("J = \\begin{pmatrix} a \\\\ b \\end{pmatrix}"));
    }

    @Test
    void emphasis_strong_and_code_nest_inside_text() {
        assertThat(MiniMarkdown.inline("a *slow* and **very $\\alpha$** step, see `lr`"))
                .containsExactly(
                        new Text("a "),
                        new Emphasis(List.of(new Text("slow"))),
                        new Text(" and "),
                        new Strong(List.of(new Text("very "), new Math("\\alpha", false))),
                        new Text(" step, see "),
                        new Code("lr"));
    }

    @Test
    void lists_collect_their_items_and_continuation_lines() {
        assertThat(MiniMarkdown.parse("- first\n  continued\n- second $x$\n\n1. one\n2. two"))
                .containsExactly(
                        new BulletList(List.of(
                                List.of(new Text("first continued")),
                                List.of(new Text("second "), new Math("x", false)))),
                        new NumberedList(List.of(List.of(new Text("one")), List.of(new Text("two")))));
    }

    @Test
    void fenced_code_is_kept_verbatim() {
        assertThat(MiniMarkdown.parse("```\nv = beta * v + g\nx -= lr * v\n```"))
                .containsExactly(new CodeBlock("v = beta * v + g\nx -= lr * v"));
    }

    @Test
    void html_is_only_text_and_unclosed_delimiters_stay_literal() {
        assertThat(MiniMarkdown.parse("<script>alert(1)</script> costs $5 and 2*3"))
                .containsExactly(new Paragraph(List.of(new Text("<script>alert(1)</script> costs $5 and 2*3"))));
    }

    @Test
    void backslash_escapes_a_dollar() {
        assertThat(MiniMarkdown.inline("\\$5 and \\$6")).containsExactly(new Text("$5 and $6"));
    }
}
