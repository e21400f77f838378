package org.hearth.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.Random;
import org.bouncycastle.crypto.agreement.X25519Agreement;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.X25519PublicKeyParameters;
import org.junit.jupiter.api.Test;

/**
 * X25519 and HKDF-SHA256 from the JDK give what the RFCs say and what BouncyCastle (which made the recovery slots
 * and backups before them) gives.
 */
class JdkCryptoTest {

    private static final HexFormat HEX = HexFormat.of();

    @Test
    void x25519GivesTheKeysAndSecretOfRfc7748() {
        byte[] alice = HEX.parseHex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a");
        byte[] bob = HEX.parseHex("5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb");
        byte[] alicePublic = X25519.publicKey(alice);
        byte[] bobPublic = X25519.publicKey(bob);
        assertThat(HEX.formatHex(alicePublic))
                .isEqualTo("8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a");
        assertThat(HEX.formatHex(X25519.agree(alice, bobPublic)))
                .isEqualTo("4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742");
        assertThat(X25519.agree(bob, alicePublic)).isEqualTo(X25519.agree(alice, bobPublic));
    }

    @Test
    void x25519GivesWhatBouncyCastleGivesForRandomKeys() {
        Random random = new Random(7748);
        for (int i = 0; i < 200; i++) {
            byte[] mine = bytes(random, 32);
            byte[] theirs = bytes(random, 32);
            if (i % 2 == 0) {
                theirs[31] |= (byte) 0x80;   // the top bit of a public key is ignored, by both
            }
            X25519PrivateKeyParameters reference = new X25519PrivateKeyParameters(mine, 0);
            assertThat(X25519.publicKey(mine)).isEqualTo(reference.generatePublicKey().getEncoded());
            X25519Agreement agreement = new X25519Agreement();
            agreement.init(reference);
            byte[] expected = new byte[32];
            agreement.calculateAgreement(new X25519PublicKeyParameters(theirs, 0), expected, 0);
            assertThat(X25519.agree(mine, theirs)).isEqualTo(expected);
        }
    }

    @Test
    void aPublicKeyOfSmallOrderIsRefusedAsBouncyCastleRefusedIt() {
        byte[] mine = bytes(new Random(1), 32);
        byte[] zero = new byte[32];
        byte[] one = new byte[32];
        one[0] = 1;
        assertThatThrownBy(() -> X25519.agree(mine, zero)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> X25519.agree(mine, one)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void hkdfGivesTheOutputsOfRfc5869() {
        byte[] okm = Hkdf.sha256(HEX.parseHex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b"),
                HEX.parseHex("000102030405060708090a0b0c"), HEX.parseHex("f0f1f2f3f4f5f6f7f8f9"), 42);
        assertThat(HEX.formatHex(okm)).isEqualTo(
                "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865");
        byte[] noSalt = Hkdf.sha256(HEX.parseHex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b"), new byte[0],
                new byte[0], 42);
        assertThat(HEX.formatHex(noSalt)).isEqualTo(
                "8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8");
    }

    @Test
    void hkdfGivesWhatBouncyCastleGivesWithNoSaltAnEmptySaltOrARandomOne() {
        Random random = new Random(5869);
        for (int i = 0; i < 100; i++) {
            byte[] secret = bytes(random, 1 + random.nextInt(64));
            byte[] salt = switch (i % 3) {
                case 0 -> null;
                case 1 -> new byte[0];
                default -> bytes(random, 1 + random.nextInt(80));
            };
            byte[] info = bytes(random, random.nextInt(40));
            int length = 1 + random.nextInt(100);
            HKDFBytesGenerator reference = new HKDFBytesGenerator(new SHA256Digest());
            reference.init(new HKDFParameters(secret, salt, info));
            byte[] expected = new byte[length];
            reference.generateBytes(expected, 0, length);
            assertThat(Hkdf.sha256(secret, salt, info, length)).isEqualTo(expected);
        }
    }

    private static byte[] bytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }
}
