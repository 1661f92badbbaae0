package org.gradientlab.courses;

/** A generated password, shown once to whoever created or reset the account (there is no mail server). */
public record TemporaryPassword(String username, String password) {}
