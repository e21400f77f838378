package org.hearth.store;

import java.util.Arrays;

/**
 * Argon2id, version 0x13 (RFC 9106), as the passphrase slots of a key file use it. Checked against the RFC's test
 * vector and against BouncyCastle's implementation, which made the key files before this class did.
 */
final class Argon2id {

    private static final int VERSION = 0x13;
    private static final int TYPE = 2;             // Argon2id
    private static final int BLOCK_WORDS = 128;    // a 1 KiB block of 64-bit words
    private static final int SYNC_POINTS = 4;      // slices per pass
    private static final long LOW = 0xFFFFFFFFL;

    private final int lanes;
    private final int passes;
    private final int laneLength;
    private final int segmentLength;
    private final long[] memory;

    private Argon2id(int memoryKiB, int passes, int lanes) {
        this.lanes = lanes;
        this.passes = passes;
        int blocks = Math.max(memoryKiB, 2 * SYNC_POINTS * lanes);
        this.segmentLength = blocks / (lanes * SYNC_POINTS);
        this.laneLength = segmentLength * SYNC_POINTS;
        this.memory = new long[lanes * laneLength * BLOCK_WORDS];
    }

    /**
     * The tag of {@code length} bytes for a password and salt, with {@code memoryKiB} KiB of memory, {@code passes}
     * passes and {@code lanes} lanes (computed one after the other), and optionally a secret and associated data.
     */
    static byte[] hash(byte[] password, byte[] salt, byte[] secret, byte[] associated,
                       int memoryKiB, int passes, int lanes, int length) {
        if (lanes < 1 || lanes > 0xFFFFFF || passes < 1 || length < 4 || memoryKiB < 8 * lanes
                || salt.length < 8) {
            throw new IllegalArgumentException("Argon2id parameters out of range");
        }
        Argon2id argon = new Argon2id(memoryKiB, passes, lanes);
        byte[] h0 = new Blake2b(64).updateInt(lanes).updateInt(length).updateInt(memoryKiB).updateInt(passes)
                .updateInt(VERSION).updateInt(TYPE)
                .updateInt(password.length).update(password)
                .updateInt(salt.length).update(salt)
                .updateInt(secret.length).update(secret)
                .updateInt(associated.length).update(associated)
                .digest();
        try {
            argon.fillFirstBlocks(h0);
            argon.fillMemory();
            return argon.finish(length);
        } finally {
            Arrays.fill(h0, (byte) 0);
            Arrays.fill(argon.memory, 0);
        }
    }

    /** The password hash with no secret and no associated data, as Hearth uses it. */
    static byte[] hash(byte[] password, byte[] salt, int memoryKiB, int passes, int lanes, int length) {
        return hash(password, salt, new byte[0], new byte[0], memoryKiB, passes, lanes, length);
    }

    private void fillFirstBlocks(byte[] h0) {
        byte[] input = Arrays.copyOf(h0, 72);
        for (int lane = 0; lane < lanes; lane++) {
            for (int column = 0; column < 2; column++) {
                writeInt(input, 64, column);
                writeInt(input, 68, lane);
                byte[] block = variableHash(input, BLOCK_WORDS * 8);
                int offset = (lane * laneLength + column) * BLOCK_WORDS;
                for (int w = 0; w < BLOCK_WORDS; w++) {
                    memory[offset + w] = Blake2b.littleEndianLong(block, 8 * w);
                }
                Arrays.fill(block, (byte) 0);
            }
        }
        Arrays.fill(input, (byte) 0);
    }

    private void fillMemory() {
        long[] scratch = new long[BLOCK_WORDS];
        long[] sum = new long[BLOCK_WORDS];
        for (int pass = 0; pass < passes; pass++) {
            for (int slice = 0; slice < SYNC_POINTS; slice++) {
                for (int lane = 0; lane < lanes; lane++) {
                    fillSegment(pass, slice, lane, scratch, sum);
                }
            }
        }
        Arrays.fill(scratch, 0);
        Arrays.fill(sum, 0);
    }

    private void fillSegment(int pass, int slice, int lane, long[] scratch, long[] sum) {
        boolean independent = pass == 0 && slice < 2;   // Argon2id: data-independent addressing in the first half
        long[] addresses = null;
        long[] addressInput = null;
        long[] zero = null;
        if (independent) {
            addresses = new long[BLOCK_WORDS];
            addressInput = new long[BLOCK_WORDS];
            zero = new long[BLOCK_WORDS];
            addressInput[0] = pass;
            addressInput[1] = lane;
            addressInput[2] = slice;
            addressInput[3] = (long) lanes * laneLength;
            addressInput[4] = passes;
            addressInput[5] = TYPE;
        }
        int start = 0;
        if (pass == 0 && slice == 0) {
            start = 2;   // the first two blocks of each lane are made from H0
            if (independent) {
                nextAddresses(addresses, addressInput, zero, scratch, sum);
            }
        }
        int current = lane * laneLength + slice * segmentLength + start;
        int previous = current % laneLength == 0 ? current + laneLength - 1 : current - 1;
        for (int index = start; index < segmentLength; index++, current++, previous++) {
            if (current % laneLength == 1) {
                previous = current - 1;
            }
            long pseudoRandom;
            if (independent) {
                if (index % BLOCK_WORDS == 0) {
                    nextAddresses(addresses, addressInput, zero, scratch, sum);
                }
                pseudoRandom = addresses[index % BLOCK_WORDS];
            } else {
                pseudoRandom = memory[previous * BLOCK_WORDS];
            }
            int referenceLane = (int) ((pseudoRandom >>> 32) % lanes);
            if (pass == 0 && slice == 0) {
                referenceLane = lane;
            }
            int referenceIndex = referenceIndex(pass, slice, index, pseudoRandom & LOW, referenceLane == lane);
            int reference = referenceLane * laneLength + referenceIndex;
            compress(memory, previous * BLOCK_WORDS, memory, reference * BLOCK_WORDS, memory, current * BLOCK_WORDS,
                    pass > 0, scratch, sum);
        }
    }

    /** RFC 9106 section 3.4.1.2: which earlier block of the reference lane this block mixes in. */
    private int referenceIndex(int pass, int slice, int index, long pseudoRandom, boolean sameLane) {
        long areaSize;
        if (pass == 0) {
            if (slice == 0) {
                areaSize = index - 1;
            } else if (sameLane) {
                areaSize = (long) slice * segmentLength + index - 1;
            } else {
                areaSize = (long) slice * segmentLength + (index == 0 ? -1 : 0);
            }
        } else {
            areaSize = sameLane ? laneLength - segmentLength + index - 1
                    : laneLength - segmentLength + (index == 0 ? -1 : 0);
        }
        long x = (pseudoRandom * pseudoRandom) >>> 32;
        long y = (areaSize * x) >>> 32;
        long relative = areaSize - 1 - y;
        long startPosition = pass != 0 && slice != SYNC_POINTS - 1 ? (long) (slice + 1) * segmentLength : 0;
        return (int) ((startPosition + relative) % laneLength);
    }

    private void nextAddresses(long[] addresses, long[] input, long[] zero, long[] scratch, long[] sum) {
        input[6]++;
        compress(zero, 0, input, 0, addresses, 0, false, scratch, sum);
        compress(zero, 0, addresses, 0, addresses, 0, false, scratch, sum);
    }

    /**
     * The compression function G of RFC 9106 section 3.5: out = P(x ^ y) ^ (x ^ y), xored into out's old value
     * when {@code xor} (passes after the first, version 0x13).
     */
    private static void compress(long[] x, int xOffset, long[] y, int yOffset, long[] out, int outOffset,
                                 boolean xor, long[] r, long[] q) {
        for (int i = 0; i < BLOCK_WORDS; i++) {
            r[i] = x[xOffset + i] ^ y[yOffset + i];
            q[i] = xor ? r[i] ^ out[outOffset + i] : r[i];
        }
        for (int row = 0; row < 8; row++) {
            int b = 16 * row;
            permute(r, b, b + 1, b + 2, b + 3, b + 4, b + 5, b + 6, b + 7,
                    b + 8, b + 9, b + 10, b + 11, b + 12, b + 13, b + 14, b + 15);
        }
        for (int column = 0; column < 8; column++) {
            int b = 2 * column;
            permute(r, b, b + 1, b + 16, b + 17, b + 32, b + 33, b + 48, b + 49,
                    b + 64, b + 65, b + 80, b + 81, b + 96, b + 97, b + 112, b + 113);
        }
        for (int i = 0; i < BLOCK_WORDS; i++) {
            out[outOffset + i] = q[i] ^ r[i];
        }
    }

    /** The permutation P: one BLAKE2b round without message words, with multiplications (section 3.6). */
    private static void permute(long[] v, int v0, int v1, int v2, int v3, int v4, int v5, int v6, int v7,
                                int v8, int v9, int v10, int v11, int v12, int v13, int v14, int v15) {
        mix(v, v0, v4, v8, v12);
        mix(v, v1, v5, v9, v13);
        mix(v, v2, v6, v10, v14);
        mix(v, v3, v7, v11, v15);
        mix(v, v0, v5, v10, v15);
        mix(v, v1, v6, v11, v12);
        mix(v, v2, v7, v8, v13);
        mix(v, v3, v4, v9, v14);
    }

    private static void mix(long[] v, int a, int b, int c, int d) {
        v[a] = v[a] + v[b] + 2 * (v[a] & LOW) * (v[b] & LOW);
        v[d] = Long.rotateRight(v[d] ^ v[a], 32);
        v[c] = v[c] + v[d] + 2 * (v[c] & LOW) * (v[d] & LOW);
        v[b] = Long.rotateRight(v[b] ^ v[c], 24);
        v[a] = v[a] + v[b] + 2 * (v[a] & LOW) * (v[b] & LOW);
        v[d] = Long.rotateRight(v[d] ^ v[a], 16);
        v[c] = v[c] + v[d] + 2 * (v[c] & LOW) * (v[d] & LOW);
        v[b] = Long.rotateRight(v[b] ^ v[c], 63);
    }

    private byte[] finish(int length) {
        long[] last = new long[BLOCK_WORDS];
        for (int lane = 0; lane < lanes; lane++) {
            int offset = (lane * laneLength + laneLength - 1) * BLOCK_WORDS;
            for (int w = 0; w < BLOCK_WORDS; w++) {
                last[w] ^= memory[offset + w];
            }
        }
        byte[] bytes = new byte[BLOCK_WORDS * 8];
        for (int w = 0; w < BLOCK_WORDS; w++) {
            for (int i = 0; i < 8; i++) {
                bytes[8 * w + i] = (byte) (last[w] >>> (8 * i));
            }
        }
        Arrays.fill(last, 0);
        try {
            return variableHash(bytes, length);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** H' of RFC 9106 section 3.3: BLAKE2b stretched to any length. */
    static byte[] variableHash(byte[] input, int length) {
        if (length <= Blake2b.MAX_OUTPUT) {
            return new Blake2b(length).updateInt(length).update(input).digest();
        }
        byte[] out = new byte[length];
        byte[] v = new Blake2b(64).updateInt(length).update(input).digest();
        int done = 0;
        while (length - done > 64) {
            System.arraycopy(v, 0, out, done, 32);
            done += 32;
            byte[] next = Blake2b.hash(Math.min(64, length - done), v);
            Arrays.fill(v, (byte) 0);
            v = next;
        }
        System.arraycopy(v, 0, out, done, length - done);
        Arrays.fill(v, (byte) 0);
        return out;
    }

    private static void writeInt(byte[] bytes, int offset, int value) {
        for (int i = 0; i < 4; i++) {
            bytes[offset + i] = (byte) (value >>> (8 * i));
        }
    }
}
