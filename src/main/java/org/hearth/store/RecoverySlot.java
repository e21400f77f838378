package org.hearth.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.hearth.domain.RecoveryKey;

/**
 * The recovery slot of a {@link KeyFile}: a sealed box to the X25519 public key derived from the organisation's
 * recovery key (ephemeral X25519, HKDF-SHA256 bound to both public keys, AES-256-GCM). Any new data key can be sealed
 * to it without the recovery key at hand; only the recovery key opens it. See docs/decisions/0011-recovery-key.md.
 */
final class RecoverySlot {

    private RecoverySlot() {
    }

    private static final String SCHEME = "x25519-hkdf-sha256-aes256gcm";

    /** The recovery slot of a key file, or null when it has none. */
    static JsonNode find(JsonNode root) {
        for (JsonNode slot : root.path("slots")) {
            if ("recovery".equals(slot.path("kind").asText())) {
                return slot;
            }
        }
        return null;
    }

    /** The X25519 private key of a recovery key: HKDF-SHA256 over its 160 secret bits. */
    private static byte[] privateKey(RecoveryKey recovery) {
        byte[] secret = recovery.secret();
        try {
            return hkdf(secret, null, "hearth recovery key x25519 v1");
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    /** The X25519 public key of a recovery key, which its slots are sealed to. */
    static byte[] publicKey(RecoveryKey recovery) {
        byte[] privateKey = privateKey(recovery);
        try {
            return X25519.publicKey(privateKey);
        } finally {
            Arrays.fill(privateKey, (byte) 0);
        }
    }

    /** A new recovery slot: the data key sealed to the public key, with a fresh ephemeral key. */
    static ObjectNode seal(byte[] dataKey, byte[] publicKey) {
        byte[] ephemeral = new byte[X25519.KEY_BYTES];
        KeyFile.RANDOM.nextBytes(ephemeral);
        byte[] ephemeralPublic = X25519.publicKey(ephemeral);
        byte[] nonce = new byte[KeyFile.NONCE_BYTES];
        KeyFile.RANDOM.nextBytes(nonce);
        ObjectNode slot = KeyFile.JSON.createObjectNode();
        slot.put("kind", "recovery");
        slot.put("scheme", SCHEME);
        slot.put("publicKey", KeyFile.b64(publicKey));
        slot.put("ephemeralKey", KeyFile.b64(ephemeralPublic));
        slot.put("nonce", KeyFile.b64(nonce));
        byte[] wrappingKey = sealingKey(ephemeral, publicKey, ephemeralPublic, publicKey);
        Arrays.fill(ephemeral, (byte) 0);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(wrappingKey, "AES"),
                    new GCMParameterSpec(KeyFile.TAG_BITS, nonce));
            cipher.updateAAD(associatedData(slot));
            slot.put("wrappedKey", KeyFile.b64(cipher.doFinal(dataKey)));
            return slot;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this Java runtime", e);
        } finally {
            Arrays.fill(wrappingKey, (byte) 0);
        }
    }

    /** The data key, unsealed with the recovery key. */
    static byte[] open(JsonNode root, RecoveryKey recovery)
            throws IOException, WrongPassphraseException {
        JsonNode slot = find(root);
        if (slot == null) {
            throw new WrongPassphraseException();
        }
        if (!SCHEME.equals(slot.path("scheme").asText())) {
            throw KeyFile.damaged(null);
        }
        byte[] publicKey = KeyFile.decode(slot, "publicKey", 32);
        byte[] ephemeralPublic = KeyFile.decode(slot, "ephemeralKey", 32);
        byte[] nonce = KeyFile.decode(slot, "nonce", KeyFile.NONCE_BYTES);
        byte[] wrapped = KeyFile.decode(slot, "wrappedKey", -1);
        byte[] mine = privateKey(recovery);
        byte[] wrappingKey;
        try {
            if (!java.security.MessageDigest.isEqual(X25519.publicKey(mine), publicKey)) {
                throw new WrongPassphraseException();
            }
            wrappingKey = sealingKey(mine, ephemeralPublic, ephemeralPublic, publicKey);
        } catch (IllegalStateException weakPoint) {
            throw KeyFile.damaged(weakPoint);
        } finally {
            Arrays.fill(mine, (byte) 0);
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(wrappingKey, "AES"),
                    new GCMParameterSpec(KeyFile.TAG_BITS, nonce));
            cipher.updateAAD(associatedData(slot));
            byte[] key = cipher.doFinal(wrapped);
            if (key.length != KeyFile.KEY_BYTES) {
                throw KeyFile.damaged(null);
            }
            return key;
        } catch (AEADBadTagException altered) {
            // the public key matched, so the recovery key is right: the slot itself was changed
            throw KeyFile.damaged(altered);
        } catch (GeneralSecurityException e) {
            throw KeyFile.damaged(e);
        } finally {
            Arrays.fill(wrappingKey, (byte) 0);
        }
    }

    /** X25519 between one side's private key and the other's public key, then HKDF bound to both public keys. */
    private static byte[] sealingKey(byte[] privateKey, byte[] otherPublic, byte[] ephemeralPublic,
                                     byte[] recipientPublic) {
        byte[] shared = X25519.agree(privateKey, otherPublic);
        byte[] salt = new byte[64];
        System.arraycopy(ephemeralPublic, 0, salt, 0, 32);
        System.arraycopy(recipientPublic, 0, salt, 32, 32);
        try {
            return hkdf(shared, salt, "hearth recovery slot v1");
        } finally {
            Arrays.fill(shared, (byte) 0);
        }
    }

    private static byte[] hkdf(byte[] secret, byte[] salt, String info) {
        return Hkdf.sha256(secret, salt, info.getBytes(StandardCharsets.US_ASCII), KeyFile.KEY_BYTES);
    }

    private static byte[] associatedData(JsonNode slot) {
        String text = KeyFile.FORMAT + "|" + KeyFile.VERSION + "|recovery|" + slot.path("scheme").asText() + "|"
                + slot.path("publicKey").asText() + "|" + slot.path("ephemeralKey").asText();
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
