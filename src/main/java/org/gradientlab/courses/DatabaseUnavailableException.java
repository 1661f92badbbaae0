package org.gradientlab.courses;

/**
 * The database could not be reached while signing someone in. Thrown instead of reporting a failed sign-in, so that
 * the request ends with "temporarily unavailable" rather than "wrong username or password".
 */
public class DatabaseUnavailableException extends RuntimeException {

    public DatabaseUnavailableException(Throwable cause) {
        super("The database is unavailable", cause);
    }
}
