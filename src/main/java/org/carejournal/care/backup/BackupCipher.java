package org.carejournal.care.backup;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.function.Supplier;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Passphrase-protected backups, with the JDK's own crypto: AES-256-GCM under a key derived from the
 * passphrase by PBKDF2-HMAC-SHA256.
 *
 * <p>File layout (all integers big-endian):
 * <pre>
 *   offset  size  field
 *   0       8     magic "CJBACKUP"
 *   8       1     format version (1)
 *   9       4     PBKDF2 iterations (at least 600,000)
 *   13      16    salt, random per file
 *   29      12    GCM nonce, random per file
 *   41      ...   AES-256-GCM ciphertext of the plain journal file, then its 16-byte tag
 * </pre>
 * The 41 header bytes are the GCM's associated data, so a header changed on the disk (fewer
 * iterations, another salt) fails the tag check like a changed ciphertext does.
 */
public final class BackupCipher {

    /** The first bytes of every protected backup. */
    static final byte[] MAGIC = "CJBACKUP".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 1;
    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
    public static final int ITERATIONS = 600_000;
    /** A header asking for more is refused: it would only make opening a damaged file hang. */
    static final int MAX_ITERATIONS = 10_000_000;
    static final int SALT_BYTES = 16;
    static final int NONCE_BYTES = 12;
    static final int TAG_BITS = 128;
    static final int KEY_BITS = 256;
    static final int HEADER_BYTES = MAGIC.length + 1 + 4 + SALT_BYTES + NONCE_BYTES;
    private static final int CHUNK = 64 * 1024;

    private final Supplier<SecureRandom> randomSource;
    private SecureRandom random;

    /** @param random the source of salts and nonces */
    public BackupCipher(SecureRandom random) {
        this.randomSource = () -> random;
    }

    /**
     * With the platform's strong random source, made when first needed: the window builds a cipher at start,
     * and loading the security providers then would delay its first frame.
     */
    public BackupCipher() {
        this.randomSource = SecureRandom::new;
    }

    /** True when {@code firstBytes} (the start of a file) are those of a protected backup. */
    public static boolean isProtected(byte[] firstBytes) {
        return firstBytes.length >= MAGIC.length && Arrays.equals(Arrays.copyOf(firstBytes, MAGIC.length), MAGIC);
    }

    /** How many bytes {@link #isProtected} needs to see. */
    public static int magicLength() {
        return MAGIC.length;
    }

    /** Encrypts all of {@code plain} into {@code out}, header first. Neither stream is closed. */
    public void encrypt(InputStream plain, OutputStream out, char[] passphrase) throws IOException {
        byte[] salt = new byte[SALT_BYTES];
        byte[] nonce = new byte[NONCE_BYTES];
        random().nextBytes(salt);
        random().nextBytes(nonce);
        byte[] header = header(ITERATIONS, salt, nonce);
        Cipher cipher = cipher(Cipher.ENCRYPT_MODE, passphrase, ITERATIONS, salt, nonce, header);
        out.write(header);
        byte[] buffer = new byte[CHUNK];
        try {
            for (int n; (n = plain.read(buffer)) > 0; ) {
                byte[] part = cipher.update(buffer, 0, n);
                if (part != null) out.write(part);
            }
            out.write(cipher.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK: " + e.getMessage(), e);
        }
    }

    /**
     * Decrypts a protected backup from {@code in} into {@code plain}. Nothing reaches {@code plain} until
     * the whole file has passed the tag check, so a wrong passphrase or a damaged file writes nothing.
     *
     * @throws WrongPassphraseException when the passphrase does not match or the file is damaged
     */
    public void decrypt(InputStream in, OutputStream plain, char[] passphrase) throws IOException, WrongPassphraseException {
        DataInputStream data = new DataInputStream(in);
        byte[] magic = new byte[MAGIC.length];
        byte[] salt = new byte[SALT_BYTES];
        byte[] nonce = new byte[NONCE_BYTES];
        int version;
        int iterations;
        try {
            data.readFully(magic);
            version = data.readUnsignedByte();
            iterations = data.readInt();
            data.readFully(salt);
            data.readFully(nonce);
        } catch (EOFException e) {
            throw new WrongPassphraseException();
        }
        if (!Arrays.equals(magic, MAGIC)) throw new WrongPassphraseException();
        if (version != VERSION) {
            throw new IOException("This backup was protected by a newer version of Care Journal (format " + version
                    + "). Update the app to restore it.");
        }
        if (iterations < ITERATIONS || iterations > MAX_ITERATIONS) throw new WrongPassphraseException();
        Cipher cipher = cipher(Cipher.DECRYPT_MODE, passphrase, iterations, salt, nonce, header(iterations, salt, nonce));
        byte[] buffer = new byte[CHUNK];
        try {
            // The JDK's GCM keeps the plain text back until doFinal has checked the tag; update() returns nothing here.
            long read = 0;
            for (int n; (n = data.read(buffer)) > 0; read += n) {
                byte[] part = cipher.update(buffer, 0, n);
                if (part != null && part.length > 0) plain.write(part);
            }
            // Cut short before the tag: the JDK would report this as a provider fault, not as a bad tag.
            if (read < TAG_BITS / 8) throw new WrongPassphraseException();
            plain.write(cipher.doFinal());
        } catch (AEADBadTagException e) {
            throw new WrongPassphraseException();
        } catch (GeneralSecurityException e) {
            throw new WrongPassphraseException();
        }
    }

    private synchronized SecureRandom random() {
        if (random == null) random = randomSource.get();
        return random;
    }

    private static byte[] header(int iterations, byte[] salt, byte[] nonce) {
        return ByteBuffer.allocate(HEADER_BYTES).put(MAGIC).put((byte) VERSION).putInt(iterations).put(salt).put(nonce).array();
    }

    private static Cipher cipher(int mode, char[] passphrase, int iterations, byte[] salt, byte[] nonce, byte[] header) {
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, KEY_BITS);
        try {
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            try {
                Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
                cipher.updateAAD(header);
                return cipher;
            } finally {
                Arrays.fill(key, (byte) 0);
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 and AES-GCM are part of every JDK: " + e.getMessage(), e);
        } finally {
            spec.clearPassword();
        }
    }
}
