package org.gradientlab.ui.teach;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.gradientlab.courses.TemporaryPassword;

/**
 * Shows a temporary password once: there is no mail server, so whoever created or reset the account passes it on.
 * Nothing keeps it after the dialog closes.
 */
final class PasswordDialog extends Dialog {

    final Code password = new Code();
    final Button copy = new Button(VaadinIcon.COPY_O.create());
    final Button close = new Button();

    PasswordDialog(TemporaryPassword temporary) {
        setHeaderTitle(getTranslation("teach.password.title", temporary.username()));
        password.setText(temporary.password());
        password.addClassName("gl-temporary-password");
        copy.setText(getTranslation("teach.copy"));
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        copy.addClickListener(e -> Clipboard.copy(copy, temporary.password()));
        add(new Paragraph(getTranslation("teach.password.once", temporary.username())), password, copy);
        close.setText(getTranslation("teach.close"));
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        close.addClickListener(e -> close());
        getFooter().add(close);
        setCloseOnOutsideClick(false);
    }
}
