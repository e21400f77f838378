package org.hearth.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code .hearthbackup} format (decision 0012): authenticated encryption of its own, not H2's unauthenticated
 * {@code SCRIPT ... CIPHER}. All integers are big-endian.
 *
 * <pre>
 *   "HEARTHBK" | format version (u16) | key file length (u32) | the key file, verbatim | salt (32 bytes)
 *   | chunk size (u32) | header length (u32) | header: AES-256-GCM of a small JSON object (when, how many cases)
 *   | payload: AES-256-GCM in chunks of {@value #CHUNK} bytes, each with its own 16-byte tag
 * </pre>
 *
 * The backup's keys come from the database's data key (HKDF-SHA256, first to a backup secret, then with the
 * backup's random salt to a header key and a payload key), so a backup opens with whatever opened the key file it
 * carries: the passphrase, or the recovery key, valid when it was made. The header is authenticated together
 * with every byte before it; each chunk with a digest of everything before the chunks, its index and whether it
 * is the last, so a flipped, reordered, cut-off or lengthened file is refused. Plaintext of a chunk is handed on
 * only after its tag has been checked; callers that must not act on a partial payload read the file twice (once to
 * verify, once to use), as {@link BackupRestore} does.
 */
public final class BackupFile {

    static final byte[] MAGIC = "HEARTHBK".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 1;
    static final int CHUNK = 64 * 1024;
    static final int TAG_BYTES = 16;
    static final int SALT_BYTES = 32;
    static final int MAX_KEY_FILE = 64 * 1024;
    static final int MAX_HEADER = 16 * 1024;
    public static final String ENDING = ".hearthbackup";

    private static final byte[] SECRET_INFO = "hearth backup secret v1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HEADER_INFO = "hearth backup header v1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PAYLOAD_INFO = "hearth backup payload v1".getBytes(StandardCharsets.US_ASCII);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    private BackupFile() {
    }

    /** What a backup says about itself, without a name or any other detail of a family. */
    public record Header(Instant made, int cases, int openCases, String hearthVersion, int schemaVersion) {
    }

    /** Gives the backup secret for the key file a backup carries (by unwrapping it with a passphrase). */
    public interface KeyOpener {
        byte[] backupSecret(byte[] keyFileBytes) throws WrongPassphraseException;
    }

    /** The secret backups are encrypted with, derived from the database's data key; it opens nothing else. */
    public static byte[] backupSecret(byte[] dataKey) {
        return hkdf(dataKey, new byte[0], SECRET_INFO);
    }

    /** Writes a backup: the key file verbatim, the header, and the payload (the database file) in chunks. */
    public static void write(OutputStream out, byte[] keyFileBytes, byte[] backupSecret, Header header,
                             InputStream payload) throws IOException {
        if (keyFileBytes.length == 0 || keyFileBytes.length > MAX_KEY_FILE) {
            throw new IllegalArgumentException("A key file has between 1 byte and 64 KiB");
        }
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] headerKey = hkdf(backupSecret, salt, HEADER_INFO);
        byte[] payloadKey = hkdf(backupSecret, salt, PAYLOAD_INFO);
        try {
            byte[] headerPlain = headerJson(header);
            int headerLength = headerPlain.length + TAG_BYTES;
            if (headerLength > MAX_HEADER) {
                throw new IllegalArgumentException("The header is too long");
            }
            ByteBuffer preamble = ByteBuffer.allocate(MAGIC.length + 2 + 4 + keyFileBytes.length + SALT_BYTES + 4 + 4);
            preamble.put(MAGIC).putShort((short) VERSION).putInt(keyFileBytes.length).put(keyFileBytes).put(salt)
                    .putInt(CHUNK).putInt(headerLength);
            byte[] preambleBytes = preamble.array();
            byte[] headerSealed = seal(headerKey, nonce(0), preambleBytes, headerPlain);
            out.write(preambleBytes);
            out.write(headerSealed);
            byte[] context = context(preambleBytes, headerSealed);
            PushbackInputStream source = new PushbackInputStream(payload, 1);
            byte[] chunk = new byte[CHUNK];
            long index = 0;
            while (true) {
                int filled = source.readNBytes(chunk, 0, CHUNK);
                int next = filled < CHUNK ? -1 : source.read();
                boolean last = next < 0;
                if (!last) {
                    source.unread(next);
                }
                out.write(seal(payloadKey, nonce(index), chunkData(context, index, last),
                        Arrays.copyOf(chunk, filled)));
                index++;
                if (last) {
                    break;
                }
            }
            Arrays.fill(chunk, (byte) 0);
            out.flush();
        } finally {
            Arrays.fill(headerKey, (byte) 0);
            Arrays.fill(payloadKey, (byte) 0);
        }
    }

    /**
     * Reads and checks a whole backup, handing each chunk of the payload to the sink once its tag is checked.
     * Anything that is not an intact Hearth backup is refused with a {@link StoreException} of reason
     * {@code NOT_A_BACKUP}, {@code DAMAGED_BACKUP} or {@code NEWER_BACKUP}; a passphrase that does not open the
     * key file inside with {@link WrongPassphraseException}; a file that cannot be read with an IOException.
     */
    public static Header read(InputStream in, KeyOpener opener, OutputStream sink)
            throws IOException, WrongPassphraseException {
        DataInputStream data = new DataInputStream(in);
        byte[] magic = new byte[MAGIC.length];
        int got = data.readNBytes(magic, 0, magic.length);
        if (got < magic.length || !MessageDigest.isEqual(magic, MAGIC)) {
            throw notABackup();
        }
        try {
            int version = data.readUnsignedShort();
            if (version > VERSION) {
                throw new StoreException(StoreException.Reason.NEWER_BACKUP,
                        "This backup was made by a newer version of Hearth");
            }
            if (version != VERSION) {
                throw damaged(null);
            }
            int keyFileLength = data.readInt();
            if (keyFileLength <= 0 || keyFileLength > MAX_KEY_FILE) {
                throw damaged(null);
            }
            byte[] keyFile = data.readNBytes(keyFileLength);
            byte[] salt = data.readNBytes(SALT_BYTES);
            if (keyFile.length != keyFileLength || salt.length != SALT_BYTES) {
                throw damaged(null);
            }
            int chunkSize = data.readInt();
            int headerLength = data.readInt();
            if (chunkSize != CHUNK || headerLength <= TAG_BYTES || headerLength > MAX_HEADER) {
                throw damaged(null);
            }
            ByteBuffer preamble = ByteBuffer.allocate(MAGIC.length + 2 + 4 + keyFileLength + SALT_BYTES + 4 + 4);
            preamble.put(MAGIC).putShort((short) version).putInt(keyFileLength).put(keyFile).put(salt)
                    .putInt(chunkSize).putInt(headerLength);
            byte[] preambleBytes = preamble.array();
            byte[] headerSealed = data.readNBytes(headerLength);
            if (headerSealed.length != headerLength) {
                throw damaged(null);
            }
            byte[] secret;
            try {
                secret = opener.backupSecret(keyFile);
            } catch (StoreException e) {
                if (e.reason() == StoreException.Reason.DAMAGED_KEY_FILE) {
                    throw damaged(e);
                }
                throw e;
            }
            byte[] headerKey = hkdf(secret, salt, HEADER_INFO);
            byte[] payloadKey = hkdf(secret, salt, PAYLOAD_INFO);
            Arrays.fill(secret, (byte) 0);
            try {
                Header header = parseHeader(open(headerKey, nonce(0), preambleBytes, headerSealed));
                readPayload(data, payloadKey, context(preambleBytes, headerSealed), sink);
                return header;
            } finally {
                Arrays.fill(headerKey, (byte) 0);
                Arrays.fill(payloadKey, (byte) 0);
            }
        } catch (EOFException e) {
            throw damaged(e);
        }
    }

    private static void readPayload(InputStream in, byte[] key, byte[] context, OutputStream sink)
            throws IOException {
        PushbackInputStream source = new PushbackInputStream(in, 1);
        byte[] sealed = new byte[CHUNK + TAG_BYTES];
        long index = 0;
        while (true) {
            int filled = source.readNBytes(sealed, 0, sealed.length);
            int next = filled < sealed.length ? -1 : source.read();
            boolean last = next < 0;
            if (!last) {
                source.unread(next);
            }
            if (filled < TAG_BYTES) {
                throw damaged(null);
            }
            byte[] plain = open(key, nonce(index), chunkData(context, index, last), Arrays.copyOf(sealed, filled));
            if (!last && plain.length != CHUNK) {
                throw damaged(null);
            }
            sink.write(plain);
            Arrays.fill(plain, (byte) 0);
            index++;
            if (last) {
                sink.flush();
                return;
            }
        }
    }

    private static byte[] headerJson(Header header) throws IOException {
        ObjectNode node = JSON.createObjectNode();
        node.put("made", header.made().toString());
        node.put("cases", header.cases());
        node.put("openCases", header.openCases());
        node.put("hearthVersion", header.hearthVersion());
        node.put("schemaVersion", header.schemaVersion());
        return JSON.writeValueAsBytes(node);
    }

    private static Header parseHeader(byte[] json) {
        try {
            JsonNode node = JSON.readTree(json);
            int cases = node.path("cases").asInt(-1);
            int open = node.path("openCases").asInt(-1);
            if (cases < 0 || open < 0 || open > cases) {
                throw damaged(null);
            }
            return new Header(Instant.parse(node.path("made").asText()), cases, open,
                    node.path("hearthVersion").asText(""), node.path("schemaVersion").asInt(0));
        } catch (IOException | DateTimeParseException e) {
            throw damaged(e);
        }
    }

    /** A digest of every byte before the payload, bound to each chunk. */
    private static byte[] context(byte[] preamble, byte[] headerSealed) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(preamble);
            return digest.digest(headerSealed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available in this Java runtime", e);
        }
    }

    private static byte[] chunkData(byte[] context, long index, boolean last) {
        return ByteBuffer.allocate(context.length + 9).put(context).putLong(index).put((byte) (last ? 1 : 0)).array();
    }

    /** Each key encrypts under a fresh salt, so a counter is a safe nonce. */
    private static byte[] nonce(long index) {
        return ByteBuffer.allocate(12).putInt(0).putLong(index).array();
    }

    private static byte[] seal(byte[] key, byte[] nonce, byte[] associated, byte[] plain) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BYTES * 8, nonce));
            cipher.updateAAD(associated);
            return cipher.doFinal(plain);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this Java runtime", e);
        }
    }

    private static byte[] open(byte[] key, byte[] nonce, byte[] associated, byte[] sealed) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BYTES * 8, nonce));
            cipher.updateAAD(associated);
            return cipher.doFinal(sealed);
        } catch (AEADBadTagException e) {
            throw damaged(e);
        } catch (GeneralSecurityException e) {
            throw damaged(e);
        }
    }

    private static byte[] hkdf(byte[] secret, byte[] salt, byte[] info) {
        return Hkdf.sha256(secret, salt, info, 32);
    }

    static StoreException notABackup() {
        return new StoreException(StoreException.Reason.NOT_A_BACKUP, "This file is not a Hearth backup");
    }

    static StoreException damaged(Throwable cause) {
        return new StoreException(StoreException.Reason.DAMAGED_BACKUP,
                "This backup is damaged or incomplete; nothing was restored from it", cause);
    }
}
