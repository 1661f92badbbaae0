package org.gradientlab.courses;

import java.security.SecureRandom;

/** Generated passwords and join codes: random, from an alphabet without look-alikes (no 0/O, 1/l/I). */
final class Passwords {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    static final int MIN_LENGTH = 8;

    private Passwords() {}

    static String temporary() {
        return random(ALPHABET, 14);
    }

    static String joinCode() {
        return random(CODE_ALPHABET, 8);
    }

    static long seed() {
        return RANDOM.nextLong();
    }

    private static String random(String alphabet, int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return s.toString();
    }
}
