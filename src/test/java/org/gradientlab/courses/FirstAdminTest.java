package org.gradientlab.courses;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A site without demo content gets one admin on its first start, and only then. */
@SpringBootTest(properties = "gradientlab.test.context=first-admin")
class FirstAdminTest {

    @Autowired
    FirstAdmin firstAdmin;

    @Autowired
    AccountService accounts;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void the_first_admin_is_created_once_with_a_generated_password_that_signs_in() {
        TemporaryPassword created = firstAdmin.createIfNoAccounts(" ").orElseThrow();

        assertThat(created.username()).isEqualTo("admin");
        assertThat(created.password()).hasSizeGreaterThanOrEqualTo(10).isNotBlank();
        Login login = accounts.login("admin").orElseThrow();
        assertThat(login.role()).isEqualTo(Role.ADMIN);
        assertThat(encoder.matches(created.password(), login.passwordHash())).isTrue();
        // The generated password was printed on the console: the admin replaces it at the first sign-in.
        assertThat(accounts.mustChangePassword("admin")).isTrue();
        assertThat(firstAdmin.createIfNoAccounts("another-password")).isEmpty();
        assertThat(encoder.matches(
                        "another-password",
                        accounts.login("admin").orElseThrow().passwordHash()))
                .isFalse();
    }
}
