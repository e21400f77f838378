package org.hearth.store;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.XECPrivateKeySpec;
import java.security.spec.XECPublicKeySpec;
import javax.crypto.KeyAgreement;

/**
 * X25519 (RFC 7748) from the JDK's XDH, on keys as RFC 7748 writes them: a private key is 32 random bytes (the
 * scalar, clamped when used), a public key is the u-coordinate in 32 bytes, little-endian.
 */
final class X25519 {

    static final int KEY_BYTES = 32;
    private static final byte[] BASE_POINT = new byte[KEY_BYTES];

    static {
        BASE_POINT[0] = 9;
    }

    private X25519() {
    }

    /** The public key of a private key: the scalar times the base point u = 9. */
    static byte[] publicKey(byte[] privateKey) {
        return agree(privateKey, BASE_POINT);
    }

    /**
     * The shared secret of one side's private key and the other's public key. A public key of small order (which
     * gives the all-zero secret) is refused with an IllegalStateException.
     */
    static byte[] agree(byte[] privateKey, byte[] otherPublicKey) {
        if (privateKey.length != KEY_BYTES || otherPublicKey.length != KEY_BYTES) {
            throw new IllegalArgumentException("X25519 keys have 32 bytes");
        }
        try {
            KeyFactory factory = KeyFactory.getInstance("XDH");
            PrivateKey mine = factory.generatePrivate(new XECPrivateKeySpec(NamedParameterSpec.X25519, privateKey));
            PublicKey theirs = factory.generatePublic(new XECPublicKeySpec(NamedParameterSpec.X25519,
                    uCoordinate(otherPublicKey)));
            KeyAgreement agreement = KeyAgreement.getInstance("XDH");
            agreement.init(mine);
            agreement.doPhase(theirs, true);
            return agreement.generateSecret();
        } catch (InvalidKeyException smallOrder) {
            throw new IllegalStateException("X25519 with a public key of small order", smallOrder);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("X25519 is not available in this Java runtime", e);
        }
    }

    /** Little-endian bytes to the number; the top bit is ignored, as RFC 7748 says. */
    private static BigInteger uCoordinate(byte[] littleEndian) {
        byte[] bigEndian = new byte[KEY_BYTES];
        for (int i = 0; i < KEY_BYTES; i++) {
            bigEndian[i] = littleEndian[KEY_BYTES - 1 - i];
        }
        bigEndian[0] &= 0x7f;
        return new BigInteger(1, bigEndian);
    }
}
