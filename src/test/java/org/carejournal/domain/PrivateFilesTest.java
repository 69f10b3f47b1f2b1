package org.carejournal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivateFilesTest {
    @TempDir
    Path dir;

    private Stream<String> names() throws IOException {
        return Files.list(dir).map(p -> p.getFileName().toString()).sorted();
    }

    @Test
    void writesBesideThenMovesAndAFailureLeavesTheOldFileAndNoTemp() throws Exception {
        Path target = dir.resolve("export.json");
        PrivateFiles.writeAtomically(target, out -> out.write("first".getBytes(StandardCharsets.UTF_8)));
        assertThat(target).hasContent("first");

        assertThatThrownBy(() -> PrivateFiles.writeAtomically(target, out -> {
            out.write("half of the sec".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(target).hasContent("first");
        assertThat(names()).containsExactly("export.json");
    }

    @Test
    void filesAndFoldersItMakesAreOwnerOnly() throws Exception {
        assumeThat(PrivateFiles.supportsPosix(dir)).as("POSIX permissions").isTrue();
        Path target = dir.resolve("a.db");
        Files.writeString(target, "made by someone else");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
        PrivateFiles.writeAtomically(target, out -> out.write(1));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-------");
        PrivateFiles.createEmpty(dir.resolve("b.db"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("b.db")))).isEqualTo("rw-------");
        PrivateFiles.createFolder(dir.resolve("backups"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("backups")))).isEqualTo("rwx------");
    }
}
