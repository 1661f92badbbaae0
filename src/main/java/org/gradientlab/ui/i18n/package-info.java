/**
 * Translations of every visible string: message keys in {@code i18n/messages*.properties} (English, German),
 * served to Vaadin by {@link org.gradientlab.ui.i18n.Translations}. Views call {@code getTranslation(key, args)}.
 */
package org.gradientlab.ui.i18n;
