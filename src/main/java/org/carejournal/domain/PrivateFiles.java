package org.carejournal.domain;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files that hold the person's health data (the journal, its backups, exports): readable by their owner
 * only where the file system knows POSIX permissions, and never left half-written under their final name.
 * Pure {@code java.nio}, so the store, the reports and the app can all use it. On file systems without
 * POSIX permissions (Windows' NTFS, FAT) the permission calls do nothing: a user's folders there are
 * already private to that user.
 */
public final class PrivateFiles {

    /** {@code rw-------}. */
    public static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    /** {@code rwx------}: a folder must stay listable by its owner. */
    public static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final String TEMP_SUFFIX = ".part";

    private PrivateFiles() {}

    /** What writes the content of a file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Makes {@code file} readable and writable by its owner only (a no-op without POSIX permissions). */
    public static void restrict(Path file) throws IOException {
        if (supportsPosix(file)) setPermissions(file, OWNER_ONLY_FILE);
    }

    private static void setPermissions(Path path, Set<PosixFilePermission> permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, permissions);
        } catch (NoSuchFileException e) {
            throw e;
        } catch (FileSystemException e) {
            // Linux reports every mount as POSIX, but a FAT or exFAT USB stick refuses chmod: it has no permissions
            // to set, so there is nothing to protect there and the backup must still be written.
        }
    }

    /** Creates {@code folder} (and its parents) when missing; a folder it creates is owner-only. */
    public static void createFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) return;
        Files.createDirectories(folder);
        if (supportsPosix(folder)) setPermissions(folder, OWNER_ONLY_FOLDER);
    }

    /**
     * Creates a new, empty, owner-only file at {@code file}. The permissions are given at creation, so
     * there is no moment when others could open it.
     *
     * @throws java.nio.file.FileAlreadyExistsException when something is already there
     */
    public static void createEmpty(Path file) throws IOException {
        if (supportsPosix(file)) Files.createFile(file, ownerOnly());
        else Files.createFile(file);
    }

    /**
     * A new, empty, owner-only file in the same folder as {@code target} (so a later move is a rename on
     * one file system), named after it so a leftover says what it was.
     */
    public static Path tempSibling(Path target) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        String prefix = "." + target.getFileName() + ".";
        return supportsPosix(folder)
                ? Files.createTempFile(folder, prefix, TEMP_SUFFIX, ownerOnly())
                : Files.createTempFile(folder, prefix, TEMP_SUFFIX);
    }

    /**
     * Puts the finished {@code temp} in place of {@code target} in one step, so a reader sees either the
     * old file or the whole new one; a power cut never leaves half a file under the final name.
     */
    public static void moveIntoPlace(Path temp, Path target) throws IOException {
        restrict(temp);
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Writes {@code content} to an owner-only temp file beside {@code target}, flushes it to the disk, then
     * moves it into place. When writing fails the temp file is deleted and {@code target} is untouched.
     */
    public static void writeAtomically(Path target, Content content) throws IOException {
        Path temp = tempSibling(target);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            moveIntoPlace(temp, target);
        } catch (IOException | RuntimeException | Error e) {
            deleteQuietly(temp, e);
            throw e;
        }
    }

    /** Deletes a temp file after a failure, keeping the failure as the reason. */
    public static void deleteQuietly(Path temp, Throwable cause) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }

    /** True where the file system of {@code path} has POSIX permissions (Linux, macOS). */
    public static boolean supportsPosix(Path path) {
        FileSystem fs = path.getFileSystem();
        return fs.supportedFileAttributeViews().contains("posix");
    }

    private static FileAttribute<Set<PosixFilePermission>> ownerOnly() {
        return PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE);
    }
}
