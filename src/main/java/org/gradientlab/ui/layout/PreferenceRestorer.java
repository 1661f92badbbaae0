package org.gradientlab.ui.layout;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Opens every new page in the language this browser chose before. */
@Component
class PreferenceRestorer implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> BrowserPreferences.rememberedLocale(VaadinRequest.getCurrent())
                .ifPresent(locale -> {
                    init.getUI().getSession().setLocale(locale);
                    init.getUI().setLocale(locale);
                }));
    }
}
