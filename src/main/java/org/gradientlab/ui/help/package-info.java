/**
 * The help page "How to type maths": the expression language by example, every example read by the real
 * parser and rendered with KaTeX. Start from {@link org.gradientlab.ui.help.HelpView}.
 */
package org.gradientlab.ui.help;
