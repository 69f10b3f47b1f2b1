package org.carejournal.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.carejournal.app.JournalSession;
import org.carejournal.domain.LabResult;
import org.carejournal.domain.LabTest;
import org.carejournal.domain.LabValue;
import org.carejournal.domain.Person;
import org.carejournal.report.export.ExportFormat;
import org.carejournal.report.export.JournalExport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export dialog's model, without a window: progress, Cancel, and what it says afterwards. */
class ExportViewModelTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T09:00:00Z"), ZoneId.of("UTC"));

    @TempDir
    Path dir;

    @Test
    void exportsTheChosenKindAndSaysWhereItWent() {
        try (JournalSession s = aJournal()) {
            Person p = s.people().all().get(0);
            JournalExport export = new JournalExport(s.exportSources(), CLOCK);
            List<Runnable> background = new ArrayList<>();
            ExportViewModel vm = new ExportViewModel((f, t, pr) -> export.write(f, p, t, pr), background::add, Runnable::run);
            vm.formatProperty().set(ExportFormat.JSON);
            Path target = dir.resolve("out.json");
            vm.start(target);
            assertThat(vm.runningProperty().get()).as("running until the background work is done").isTrue();
            assertThat(vm.messageProperty().get()).isEqualTo("Exporting…");
            background.forEach(Runnable::run);
            assertThat(vm.runningProperty().get()).isFalse();
            assertThat(vm.failedProperty().get()).isFalse();
            assertThat(vm.progressProperty().get()).isEqualTo(1.0);
            assertThat(vm.messageProperty().get()).startsWith("Saved " + target.toAbsolutePath());
            assertThat(target).exists();
        }
    }

    @Test
    void cancelStopsTheExportAndKeepsTheOldFile() throws IOException {
        try (JournalSession s = aJournal()) {
            Person p = s.people().all().get(0);
            JournalExport export = new JournalExport(s.exportSources(), CLOCK);
            List<Runnable> background = new ArrayList<>();
            ExportViewModel vm = new ExportViewModel((f, t, pr) -> export.write(f, p, t, pr), background::add, Runnable::run);
            vm.formatProperty().set(ExportFormat.FHIR);
            Path target = Files.writeString(dir.resolve("old.json"), "old");
            vm.start(target);
            vm.cancel();
            background.forEach(Runnable::run);
            assertThat(vm.messageProperty().get()).startsWith("Export cancelled");
            assertThat(Files.readString(target)).isEqualTo("old");
        }
    }

    @Test
    void aProblemSaysWhatHappenedAndWhatToDo() {
        Executor direct = Runnable::run;
        ExportViewModel vm = new ExportViewModel((f, t, pr) -> {
            throw new java.nio.file.AccessDeniedException(t.toString());
        }, direct, direct);
        vm.start(dir.resolve("locked"));
        assertThat(vm.failedProperty().get()).isTrue();
        assertThat(vm.messageProperty().get()).startsWith("The export could not be written: ")
                .contains("choose another place, then try again");
    }

    private JournalSession aJournal() {
        JournalSession s = JournalSession.open(dir.resolve("j.db"));
        Person p = s.people().create("John Smith");
        s.labs().add(p.id(), LabResult.of(LabTest.PSA, java.time.LocalDate.of(2026, 3, 2), LabValue.exact(4.2)));
        return s;
    }
}
