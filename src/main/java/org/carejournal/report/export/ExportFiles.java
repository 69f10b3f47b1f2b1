package org.carejournal.report.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes export files so that nothing half-written is ever left under the final name, and so that
 * only the person's own account can read them (they hold health data).
 */
final class ExportFiles {
    private ExportFiles() {}

    /** What goes into the file. */
    @FunctionalInterface
    interface Body {
        void write(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code body} into a temporary file beside {@code target}, then moves it over {@code target}.
     * When {@code body} fails or is cancelled the temporary file is removed and {@code target} is untouched.
     */
    static void writeAtomically(Path target, Body body) throws IOException {
        Path file = target.toAbsolutePath();
        Path temp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp", ownerOnly());
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                body.write(out);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** rw------- where the file system has POSIX permissions; elsewhere the folder's defaults. */
    private static FileAttribute<?>[] ownerOnly() {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) return new FileAttribute<?>[0];
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};
    }
}
