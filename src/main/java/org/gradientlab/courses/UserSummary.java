package org.gradientlab.courses;

/** A user as others see them. */
public record UserSummary(long id, String username, String displayName, Role role) {

    static UserSummary of(UserEntity u) {
        return new UserSummary(u.id, u.username, u.displayName, u.role());
    }
}
