package org.gradientlab.courses;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "app_user")
class UserEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, unique = true)
    String username;

    @Column(name = "display_name", nullable = false)
    String displayName;

    @Column(name = "password_hash", nullable = false)
    String passwordHash;

    @Column(name = "user_role", nullable = false)
    String role;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    /** Set with a temporary password; cleared when the owner chooses their own. */
    @Column(name = "must_change_password", nullable = false)
    boolean mustChangePassword;

    protected UserEntity() {}

    UserEntity(String username, String displayName, String passwordHash, Role role, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role.name();
        this.createdAt = createdAt;
    }

    Role role() {
        return Role.valueOf(role);
    }
}
