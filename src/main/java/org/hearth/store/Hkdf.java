package org.hearth.store;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HKDF with HMAC-SHA256 (RFC 5869), from the JDK's HMAC. */
final class Hkdf {

    private static final int HASH_BYTES = 32;

    private Hkdf() {
    }

    /**
     * Extract, then expand to {@code length} bytes. A missing or empty salt is the RFC's default: 32 zero bytes
     * (which HMAC treats exactly as an empty key).
     */
    static byte[] sha256(byte[] secret, byte[] salt, byte[] info, int length) {
        if (length < 1 || length > 255 * HASH_BYTES) {
            throw new IllegalArgumentException("HKDF-SHA256 gives 1 to 8160 bytes, not " + length);
        }
        byte[] extractKey = salt == null || salt.length == 0 ? new byte[HASH_BYTES] : salt;
        byte[] pseudoRandomKey = null;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(extractKey, "HmacSHA256"));
            pseudoRandomKey = mac.doFinal(secret);
            mac.init(new SecretKeySpec(pseudoRandomKey, "HmacSHA256"));
            byte[] out = new byte[length];
            byte[] previous = new byte[0];
            for (int block = 1, done = 0; done < length; block++) {
                mac.update(previous);
                mac.update(info);
                mac.update((byte) block);
                byte[] next = mac.doFinal();
                Arrays.fill(previous, (byte) 0);
                previous = next;
                int n = Math.min(HASH_BYTES, length - done);
                System.arraycopy(next, 0, out, done, n);
                done += n;
            }
            Arrays.fill(previous, (byte) 0);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this Java runtime", e);
        } finally {
            if (pseudoRandomKey != null) {
                Arrays.fill(pseudoRandomKey, (byte) 0);
            }
        }
    }
}
