package org.carejournal.app.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads a passphrase from a file (UTF-8; one trailing line break, as an editor or {@code echo} adds, is not
 * part of it). A file rather than an option, so the passphrase never shows in the shell history or the
 * process list.
 */
final class PassphraseFile {
    private PassphraseFile() {}

    /** The passphrase in {@code file}, or null when no file was given. */
    static char[] read(Path file) {
        if (file == null) return null;
        if (!Files.isRegularFile(file)) {
            throw new CliFailure("There is no passphrase file " + file + ". Nothing was changed.");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CliFailure("The passphrase file " + file + " could not be read (" + e.getMessage() + "). Nothing was changed.");
        }
        int end = bytes.length;
        if (end > 0 && bytes[end - 1] == '\n') end--;
        if (end > 0 && bytes[end - 1] == '\r') end--;
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, end));
            char[] passphrase = Arrays.copyOfRange(chars.array(), chars.position(), chars.limit());
            Arrays.fill(chars.array(), '\0');
            if (passphrase.length == 0) throw new CliFailure("The passphrase file " + file + " is empty. Nothing was changed.");
            return passphrase;
        } catch (CharacterCodingException e) {
            throw new CliFailure("The passphrase file " + file + " is not UTF-8 text. Nothing was changed.");
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }
}
