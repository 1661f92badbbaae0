package org.gradientlab.courses;

/** What sign-in needs to know of a user: the stored password hash and the role. */
public record Login(String username, String passwordHash, Role role) {}
