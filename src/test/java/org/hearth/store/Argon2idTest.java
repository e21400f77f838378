package org.hearth.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.bouncycastle.crypto.digests.Blake2bDigest;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.junit.jupiter.api.Test;

/**
 * Hearth's Argon2id and BLAKE2b give what the RFCs say and what BouncyCastle (which made the key files before
 * them) gives, for Hearth's own parameters and for many others.
 */
class Argon2idTest {

    private static final HexFormat HEX = HexFormat.of();

    @Test
    void theTestVectorOfRfc9106() {
        byte[] password = filled(32, 0x01);
        byte[] salt = filled(16, 0x02);
        byte[] secret = filled(8, 0x03);
        byte[] associated = filled(12, 0x04);
        byte[] tag = Argon2id.hash(password, salt, secret, associated, 32, 3, 4, 32);
        assertThat(HEX.formatHex(tag))
                .isEqualTo("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659");
    }

    @Test
    void hearthsParametersGiveWhatBouncyCastleGave() {
        Random random = new Random(9106);
        for (String passphrase : new String[] {"blue kettle on the stove", "", "ü", "correct horse ★ 🐎 battery"}) {
            byte[] password = passphrase.getBytes(StandardCharsets.UTF_8);
            byte[] salt = new byte[16];
            random.nextBytes(salt);
            assertThat(Argon2id.hash(password, salt, KeyFile.MEMORY_KIB, KeyFile.ITERATIONS, KeyFile.PARALLELISM, 32))
                    .as(passphrase)
                    .isEqualTo(bouncyCastle(password, salt, new byte[0], new byte[0], KeyFile.MEMORY_KIB,
                            KeyFile.ITERATIONS, KeyFile.PARALLELISM, 32));
        }
    }

    @Test
    void twoHundredRandomParameterSetsGiveWhatBouncyCastleGives() {
        Random random = new Random(20260101);
        for (int i = 0; i < 200; i++) {
            int lanes = 1 + random.nextInt(4);
            int memory = 8 * lanes + random.nextInt(300);   // also sizes that are not a multiple of 4 lanes
            int passes = 1 + random.nextInt(4);
            int length = 4 + random.nextInt(i % 10 == 0 ? 1100 : 130);   // H' below, at and above 64 bytes
            byte[] password = bytes(random, random.nextInt(200));
            byte[] salt = bytes(random, 8 + random.nextInt(40));
            byte[] secret = bytes(random, random.nextInt(3) == 0 ? 0 : random.nextInt(40));
            byte[] associated = bytes(random, random.nextInt(3) == 0 ? 0 : random.nextInt(40));
            assertThat(Argon2id.hash(password, salt, secret, associated, memory, passes, lanes, length))
                    .as("m=%d t=%d p=%d length=%d", memory, passes, lanes, length)
                    .isEqualTo(bouncyCastle(password, salt, secret, associated, memory, passes, lanes, length));
        }
    }

    @Test
    void oneChangedByteOfPasswordOrSaltChangesTheTag() {
        byte[] password = "blue kettle".getBytes(StandardCharsets.UTF_8);
        byte[] salt = filled(16, 7);
        byte[] tag = Argon2id.hash(password, salt, 64, 2, 1, 32);
        byte[] otherPassword = password.clone();
        otherPassword[0] ^= 1;
        byte[] otherSalt = salt.clone();
        otherSalt[15] ^= 1;
        assertThat(Argon2id.hash(otherPassword, salt, 64, 2, 1, 32)).isNotEqualTo(tag);
        assertThat(Argon2id.hash(password, otherSalt, 64, 2, 1, 32)).isNotEqualTo(tag);
        assertThat(Argon2id.hash(password, salt, 64, 3, 1, 32)).isNotEqualTo(tag);
    }

    @Test
    void blake2bGivesTheRfc7693ValueAndBouncyCastlesAtEveryBlockEdge() {
        assertThat(HEX.formatHex(Blake2b.hash(64, "abc".getBytes(StandardCharsets.US_ASCII)))).isEqualTo(
                "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1"
                        + "7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923");
        Random random = new Random(7693);
        for (int length : new int[] {0, 1, 127, 128, 129, 255, 256, 257, 1024, 1025, 5000}) {
            for (int out = 1; out <= 64; out += 21) {
                byte[] message = bytes(random, length);
                Blake2bDigest reference = new Blake2bDigest(out * 8);
                reference.update(message, 0, message.length);
                byte[] expected = new byte[out];
                reference.doFinal(expected, 0);
                // fed in uneven pieces: the buffering must not matter
                Blake2b mine = new Blake2b(out);
                int at = 0;
                while (at < length) {
                    int piece = Math.min(length - at, 1 + random.nextInt(200));
                    mine.update(message, at, piece);
                    at += piece;
                }
                assertThat(mine.digest()).as("%d bytes to %d", length, out).isEqualTo(expected);
            }
        }
    }

    static byte[] bouncyCastle(byte[] password, byte[] salt, byte[] secret, byte[] associated,
                               int memory, int passes, int lanes, int length) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt).withSecret(secret).withAdditional(associated)
                .withMemoryAsKB(memory).withIterations(passes).withParallelism(lanes)
                .build());
        byte[] out = new byte[length];
        generator.generateBytes(password, out);
        return out;
    }

    private static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }

    private static byte[] bytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }
}
