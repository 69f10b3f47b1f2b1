package org.carejournal.care.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each encryption costs a 600,000-round key derivation (about half a second here), so the tests share one file. */
class BackupCipherTest {

    private static final char[] PASSPHRASE = "correct horse battery staple".toCharArray();
    private static byte[] plain;
    private static byte[] sealed;

    @BeforeAll
    static void encryptOnce() throws Exception {
        plain = new byte[300_000];
        new Random(7).nextBytes(plain);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BackupCipher(new SecureRandom()).encrypt(new ByteArrayInputStream(plain), out, PASSPHRASE.clone());
        sealed = out.toByteArray();
    }

    private static byte[] decrypt(byte[] file, String passphrase) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BackupCipher().decrypt(new ByteArrayInputStream(file), out, passphrase.toCharArray());
        return out.toByteArray();
    }

    @Test
    void theHeaderSaysMagicVersionIterationsSaltAndNonceAndTheRestIsCiphertextAndTag() {
        ByteBuffer header = ByteBuffer.wrap(sealed);
        byte[] magic = new byte[8];
        header.get(magic);
        assertThat(new String(magic)).isEqualTo("CJBACKUP");
        assertThat(header.get()).isEqualTo((byte) 1);
        assertThat(header.getInt()).isEqualTo(600_000);
        assertThat(sealed).hasSize(BackupCipher.HEADER_BYTES + plain.length + 16);
        assertThat(BackupCipher.isProtected(sealed)).isTrue();
        assertThat(BackupCipher.isProtected("SQLite format 3\0".getBytes())).isFalse();
        // the plain text does not show through
        assertThat(indexOf(sealed, Arrays.copyOfRange(plain, 1000, 1032))).isNegative();
    }

    @Test
    void roundTripGivesBackTheSameBytes() throws Exception {
        assertThat(decrypt(sealed, new String(PASSPHRASE))).isEqualTo(plain);
    }

    @Test
    void aWrongPassphraseIsRefusedWithThePlainMessageAndWritesNothing() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> new BackupCipher().decrypt(new ByteArrayInputStream(sealed), out, "correct horse".toCharArray()))
                .isInstanceOf(WrongPassphraseException.class)
                .hasMessage("The passphrase does not match this backup, or the file is damaged.");
        assertThat(out.size()).isZero();
    }

    @Test
    void aDamagedFileIsRefusedAlike() {
        byte[] flipped = sealed.clone();
        flipped[flipped.length / 2] ^= 1;
        byte[] lowered = sealed.clone();
        ByteBuffer.wrap(lowered).putInt(9, 600_001);   // a header changed on the disk fails the tag, too
        for (byte[] bad : new byte[][] {flipped, lowered, Arrays.copyOf(sealed, sealed.length - 1), Arrays.copyOf(sealed, 20),
                Arrays.copyOf(sealed, BackupCipher.HEADER_BYTES + 3)}) {
            assertThatThrownBy(() -> decrypt(bad, new String(PASSPHRASE))).isInstanceOf(WrongPassphraseException.class);
        }
    }

    @Test
    void tooFewIterationsInTheHeaderAreRefusedBeforeAnyWork() {
        byte[] weak = sealed.clone();
        ByteBuffer.wrap(weak).putInt(9, 1000);
        assertThatThrownBy(() -> decrypt(weak, new String(PASSPHRASE))).isInstanceOf(WrongPassphraseException.class);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) if (haystack[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }
}
