package org.hearth.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.hearth.domain.RecoveryKey;

/**
 * The small file beside the database that holds the database's random 256-bit data key, wrapped (AES-GCM)
 * by a key derived from the worker's passphrase with Argon2id. A wrong passphrase fails here, before the
 * database is touched. The file is versioned and holds a list of slots: passphrase slots, and at most one
 * recovery slot. The recovery slot is a sealed box to an X25519 public key derived from the organisation's
 * recovery key (ephemeral X25519, HKDF-SHA256, AES-256-GCM): any new data key can be sealed to it without the
 * recovery key at hand, and only the recovery key opens it. See docs/decisions/0011-recovery-key.md.
 */
public final class KeyFile {

    static final String FORMAT = "hearth-key";
    static final int VERSION = 1;
    static final int KEY_BYTES = 32;
    static final int NONCE_BYTES = 12;
    private static final int SALT_BYTES = 16;
    static final int TAG_BITS = 128;

    /** Argon2id cost: 64 MiB of memory, 2 passes, one lane (well above the 19 MiB / 2 passes minimum). */
    static final int MEMORY_KIB = 64 * 1024;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;

    static final ObjectMapper JSON = new ObjectMapper();
    static final SecureRandom RANDOM = new SecureRandom();

    private KeyFile() {
    }

    /** Makes a new random data key, wraps it with the passphrase and writes the key file. */
    public static byte[] create(Path file, char[] passphrase) throws IOException {
        byte[] dataKey = new byte[KEY_BYTES];
        RANDOM.nextBytes(dataKey);
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.putArray("slots").add(passphraseSlot(dataKey, passphrase));
        write(file, root);
        return dataKey;
    }

    /** Like {@link #create(Path, char[])}, with a recovery slot sealed to the recovery key's public key. */
    public static byte[] create(Path file, char[] passphrase, RecoveryKey recovery) throws IOException {
        byte[] dataKey = new byte[KEY_BYTES];
        RANDOM.nextBytes(dataKey);
        write(file, generation(dataKey, passphrase, RecoverySlot.publicKey(recovery)));
        return dataKey;
    }

    /**
     * The key file for a new data key: a passphrase slot, and a recovery slot sealed to the given public key
     * (none when it is null).
     */
    static ObjectNode generation(byte[] dataKey, char[] passphrase, byte[] recoveryPublicKey) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        ArrayNode slots = root.putArray("slots");
        slots.add(passphraseSlot(dataKey, passphrase));
        if (recoveryPublicKey != null) {
            slots.add(RecoverySlot.seal(dataKey, recoveryPublicKey));
        }
        return root;
    }

    /**
     * Unwraps the data key from a key file's bytes (the file beside the database, or a copy kept in a backup) with
     * either a passphrase or the recovery key. Text that reads as a valid recovery key is tried on the recovery
     * slot first; then every passphrase slot is tried.
     */
    public static byte[] unlock(byte[] keyFileBytes, char[] secret) throws IOException, WrongPassphraseException {
        JsonNode root = parse(keyFileBytes);
        RecoveryKey.Reading reading = RecoveryKey.read(java.nio.CharBuffer.wrap(secret));
        if (reading.ok()) {
            try {
                return RecoverySlot.open(root, reading.key());
            } catch (WrongPassphraseException notThisOne) {
                // perhaps a passphrase that happens to look like a recovery key
            } finally {
                reading.key().wipe();
            }
        }
        return unwrapPassphrase(root, secret);
    }

    /** Unwraps the data key with the recovery key alone. */
    public static byte[] unlock(Path file, RecoveryKey recovery) throws IOException, WrongPassphraseException {
        return RecoverySlot.open(read(file), recovery);
    }

    /** Whether this key file has a recovery slot. */
    public static boolean hasRecoverySlot(Path file) throws IOException {
        return RecoverySlot.find(read(file)) != null;
    }

    /** The public key the recovery slot is sealed to, or null when the key file has no recovery slot. */
    static byte[] recoveryPublicKey(JsonNode root) throws IOException {
        JsonNode slot = RecoverySlot.find(root);
        return slot == null ? null : decode(slot, "publicKey", 32);
    }

    /**
     * Forgotten passphrase: the recovery key unwraps the data key, and the passphrase slots are replaced by one
     * for the new passphrase. The recovery slot stays; the file is replaced atomically.
     */
    public static void resetPassphrase(Path file, RecoveryKey recovery, char[] newPassphrase)
            throws IOException, WrongPassphraseException {
        JsonNode root = read(file);
        byte[] dataKey = RecoverySlot.open(root, recovery);
        try {
            ArrayNode slots = JSON.createArrayNode();
            slots.add(passphraseSlot(dataKey, newPassphrase));
            slots.add(RecoverySlot.find(root));
            ((ObjectNode) root).set("slots", slots);
            write(file, root);
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    /**
     * Replaces the recovery slot (or adds one) for a new recovery key; the passphrase proves the worker may.
     * The old recovery key no longer opens this key file (copies of the old file in backups keep the old slot).
     */
    public static void replaceRecoveryKey(Path file, char[] passphrase, RecoveryKey recovery)
            throws IOException, WrongPassphraseException {
        JsonNode root = read(file);
        byte[] dataKey = unwrapPassphrase(root, passphrase);
        try {
            ArrayNode slots = JSON.createArrayNode();
            for (JsonNode slot : root.path("slots")) {
                if ("passphrase".equals(slot.path("kind").asText())) {
                    slots.add(slot);
                }
            }
            slots.add(RecoverySlot.seal(dataKey, RecoverySlot.publicKey(recovery)));
            ((ObjectNode) root).set("slots", slots);
            write(file, root);
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    /** Unwraps the data key with the passphrase. */
    public static byte[] unlock(Path file, char[] passphrase) throws IOException, WrongPassphraseException {
        return unwrapPassphrase(read(file), passphrase);
    }

    private static byte[] unwrapPassphrase(JsonNode root, char[] passphrase)
            throws IOException, WrongPassphraseException {
        for (JsonNode slot : root.path("slots")) {
            if ("passphrase".equals(slot.path("kind").asText())) {
                try {
                    return unwrap(slot, passphrase);
                } catch (AEADBadTagException wrong) {
                    // try the next passphrase slot, if any
                }
            }
        }
        throw new WrongPassphraseException();
    }

    private static ObjectNode passphraseSlot(byte[] dataKey, char[] passphrase) {
        byte[] salt = new byte[SALT_BYTES];
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(salt);
        RANDOM.nextBytes(nonce);
        ObjectNode slot = JSON.createObjectNode();
        slot.put("kind", "passphrase");
        slot.put("kdf", "argon2id");
        slot.put("memoryKiB", MEMORY_KIB);
        slot.put("iterations", ITERATIONS);
        slot.put("parallelism", PARALLELISM);
        slot.put("salt", b64(salt));
        slot.put("nonce", b64(nonce));
        byte[] wrappingKey = derive(passphrase, salt, MEMORY_KIB, ITERATIONS, PARALLELISM);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(wrappingKey, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(slot));
            slot.put("wrappedKey", b64(cipher.doFinal(dataKey)));
            return slot;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this Java runtime", e);
        } finally {
            Arrays.fill(wrappingKey, (byte) 0);
        }
    }

    private static byte[] unwrap(JsonNode slot, char[] passphrase) throws IOException, AEADBadTagException {
        if (!"argon2id".equals(slot.path("kdf").asText())) {
            throw damaged(null);
        }
        int memory = slot.path("memoryKiB").asInt(-1);
        int iterations = slot.path("iterations").asInt(-1);
        int parallelism = slot.path("parallelism").asInt(-1);
        if (memory < 19 * 1024 || memory > 4 * 1024 * 1024 || iterations < 1 || iterations > 100
                || parallelism < 1 || parallelism > 16) {
            throw damaged(null);
        }
        byte[] salt;
        byte[] nonce;
        byte[] wrapped;
        try {
            salt = Base64.getDecoder().decode(slot.path("salt").asText());
            nonce = Base64.getDecoder().decode(slot.path("nonce").asText());
            wrapped = Base64.getDecoder().decode(slot.path("wrappedKey").asText());
        } catch (IllegalArgumentException e) {
            throw damaged(e);
        }
        if (nonce.length != NONCE_BYTES || salt.length < SALT_BYTES) {
            throw damaged(null);
        }
        byte[] wrappingKey = derive(passphrase, salt, memory, iterations, parallelism);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(wrappingKey, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(slot));
            byte[] key = cipher.doFinal(wrapped);
            if (key.length != KEY_BYTES) {
                throw damaged(null);
            }
            return key;
        } catch (AEADBadTagException wrong) {
            throw wrong;
        } catch (GeneralSecurityException e) {
            throw damaged(e);
        } finally {
            Arrays.fill(wrappingKey, (byte) 0);
        }
    }

    /** The slot's parameters are bound to the wrapped key, so they cannot be altered unnoticed. */
    private static byte[] associatedData(JsonNode slot) {
        String text = FORMAT + "|" + VERSION + "|" + slot.path("kind").asText() + "|" + slot.path("kdf").asText()
                + "|" + slot.path("memoryKiB").asInt() + "|" + slot.path("iterations").asInt()
                + "|" + slot.path("parallelism").asInt() + "|" + slot.path("salt").asText();
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] derive(char[] passphrase, byte[] salt, int memoryKiB, int iterations, int parallelism) {
        byte[] secret = normalised(passphrase);
        try {
            return Argon2id.hash(secret, salt, memoryKiB, iterations, parallelism, KEY_BYTES);
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    /** The same passphrase typed on a Mac or on Windows gives the same bytes (Unicode NFC, UTF-8). */
    private static byte[] normalised(char[] passphrase) {
        String nfc = Normalizer.normalize(java.nio.CharBuffer.wrap(passphrase), Normalizer.Form.NFC);
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(nfc);
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        if (encoded.hasArray()) {
            Arrays.fill(encoded.array(), (byte) 0);
        }
        return bytes;
    }

    static byte[] decode(JsonNode slot, String field, int length) throws IOException {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(slot.path(field).asText());
        } catch (IllegalArgumentException e) {
            throw damaged(e);
        }
        if ((length >= 0 && bytes.length != length) || bytes.length == 0) {
            throw damaged(null);
        }
        return bytes;
    }

    static JsonNode read(Path file) throws IOException {
        return parse(Files.readAllBytes(file));
    }

    private static JsonNode parse(byte[] bytes) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw damaged(e);
        }
        if (root == null || !FORMAT.equals(root.path("format").asText()) || root.path("version").asInt() != VERSION
                || !root.path("slots").isArray()) {
            throw damaged(null);
        }
        return root;
    }

    static byte[] bytes(JsonNode root) throws IOException {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    }

    static void write(Path file, JsonNode root) throws IOException {
        Files.createDirectories(file.getParent());
        AtomicFile.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
    }

    static StoreException damaged(Throwable cause) {
        return new StoreException(StoreException.Reason.DAMAGED_KEY_FILE,
                "The key file beside the database is damaged or not a Hearth key file", cause);
    }

    static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** The data key as the hexadecimal password H2 takes. */
    static char[] hex(byte[] key) {
        char[] digits = "0123456789abcdef".toCharArray();
        char[] out = new char[key.length * 2];
        for (int i = 0; i < key.length; i++) {
            out[2 * i] = digits[(key[i] >> 4) & 0xf];
            out[2 * i + 1] = digits[key[i] & 0xf];
        }
        return out;
    }
}
