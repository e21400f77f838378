package org.hearth.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Locale;

/**
 * The organisation's recovery key: 160 random bits written as 32 characters from an alphabet without look-alikes
 * (Crockford's base 32: no I, L, O or U), followed by four check characters, in nine groups of four, e.g.
 * {@code K7Q2-9XHM-...}. Typed back, the check characters catch a mistyped or swapped character before anything
 * is tried. O is read as 0 and I or L as 1, case and spaces do not matter.
 *
 * <p>{@link #toString()} never shows the key: only {@link #text()} does, for the one screen that shows it.
 */
public final class RecoveryKey {

    public static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    public static final int SECRET_BYTES = 20;
    static final int DATA_CHARACTERS = SECRET_BYTES * 8 / 5;
    static final int CHECK_CHARACTERS = 4;
    public static final int CHARACTERS = DATA_CHARACTERS + CHECK_CHARACTERS;
    public static final int GROUP = 4;

    private final byte[] secret;

    private RecoveryKey(byte[] secret) {
        this.secret = secret;
    }

    /** What is wrong with a typed recovery key. */
    public enum Problem { EMPTY, NOT_ALLOWED, WRONG_LENGTH, TYPO }

    /** A typed recovery key: either the key, or what is wrong with it (and, for a wrong length, how many). */
    public record Reading(RecoveryKey key, Problem problem, int characters) {
        public boolean ok() {
            return key != null;
        }
    }

    /** A new random recovery key. */
    public static RecoveryKey generate(SecureRandom random) {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        return new RecoveryKey(secret);
    }

    /** Reads a typed recovery key; groups, spaces, dashes and letter case do not matter. */
    public static Reading read(CharSequence typed) {
        StringBuilder clean = new StringBuilder(CHARACTERS);
        for (int i = 0; i < typed.length(); i++) {
            char c = Character.toUpperCase(typed.charAt(i));
            if (Character.isWhitespace(c) || c == '-') {
                continue;
            }
            if (c == 'O') {
                c = '0';
            } else if (c == 'I' || c == 'L') {
                c = '1';
            }
            if (ALPHABET.indexOf(c) < 0) {
                return new Reading(null, Problem.NOT_ALLOWED, 0);
            }
            clean.append(c);
        }
        if (clean.length() == 0) {
            return new Reading(null, Problem.EMPTY, 0);
        }
        if (clean.length() != CHARACTERS) {
            return new Reading(null, Problem.WRONG_LENGTH, clean.length());
        }
        byte[] secret = decode(clean.substring(0, DATA_CHARACTERS));
        if (!check(secret).contentEquals(clean.subSequence(DATA_CHARACTERS, CHARACTERS))) {
            Arrays.fill(secret, (byte) 0);
            return new Reading(null, Problem.TYPO, CHARACTERS);
        }
        return new Reading(new RecoveryKey(secret), null, CHARACTERS);
    }

    /** The key as the worker writes it down: nine groups of four characters joined by dashes. */
    public String text() {
        String plain = encode(secret) + check(secret);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < plain.length(); i += GROUP) {
            if (i > 0) {
                grouped.append('-');
            }
            grouped.append(plain, i, i + GROUP);
        }
        return grouped.toString();
    }

    /** The last group, which the worker may type to confirm they have the key. */
    public String lastGroup() {
        String text = text();
        return text.substring(text.length() - GROUP);
    }

    /** A copy of the 160 secret bits. */
    public byte[] secret() {
        return secret.clone();
    }

    /** Forgets the secret bits. */
    public void wipe() {
        Arrays.fill(secret, (byte) 0);
    }

    @Override
    public String toString() {
        return "RecoveryKey[hidden]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecoveryKey key && MessageDigest.isEqual(secret, key.secret);
    }

    @Override
    public int hashCode() {
        return 1;
    }

    private static String encode(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        return out.toString();
    }

    private static byte[] decode(String text) {
        byte[] out = new byte[text.length() * 5 / 8];
        int buffer = 0;
        int bits = 0;
        int index = 0;
        for (int i = 0; i < text.length(); i++) {
            buffer = (buffer << 5) | ALPHABET.indexOf(text.charAt(i));
            bits += 5;
            if (bits >= 8) {
                out[index++] = (byte) (buffer >> (bits - 8));
                bits -= 8;
            }
        }
        return out;
    }

    /** Four check characters: the first 20 bits of SHA-256 over a label and the secret. */
    private static String check(byte[] secret) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("hearth recovery key check".getBytes(StandardCharsets.US_ASCII));
            byte[] digest = sha.digest(secret);
            return encode(Arrays.copyOf(digest, 5)).substring(0, CHECK_CHARACTERS).toUpperCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
