package org.gradientlab.courses;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first account of a site without demo content: an admin named {@code admin}, so that someone can sign in
 * and create the instructors. Its password is the configured one, or a generated one that is shown once.
 */
@Service
public class FirstAdmin {

    /** The first admin's user name. */
    public static final String USERNAME = "admin";

    private final AccountService accounts;

    FirstAdmin(AccountService accounts) {
        this.accounts = accounts;
    }

    /**
     * Creates the admin when the database has no account at all; {@code configuredPassword} may be null or blank
     * for a generated one. Returns the account and its password when it was created now.
     */
    @Transactional
    public Optional<TemporaryPassword> createIfNoAccounts(String configuredPassword) {
        if (accounts.anyUsers()) {
            return Optional.empty();
        }
        if (configuredPassword == null || configuredPassword.isBlank()) {
            // Printed on the console, so it is replaced at the first sign-in like any temporary password.
            return Optional.of(accounts.createWithTemporaryPassword(USERNAME, "Site administrator", Role.ADMIN));
        }
        accounts.createUser(USERNAME, "Site administrator", configuredPassword, Role.ADMIN);
        return Optional.of(new TemporaryPassword(USERNAME, configuredPassword));
    }
}
