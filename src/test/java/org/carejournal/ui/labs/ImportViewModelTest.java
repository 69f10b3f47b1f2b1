package org.carejournal.ui.labs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.carejournal.app.JournalSession;
import org.carejournal.domain.LabResult;
import org.carejournal.domain.LabTest;
import org.carejournal.domain.Person;
import org.carejournal.report.DateOrder;
import org.carejournal.report.LabCsvImport;
import org.carejournal.ui.Async;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportViewModelTest {
    @TempDir
    Path dir;

    @Test
    void ambiguousDatesAskForTheOrderThenImportEverythingAndRefreshTheScreen() throws Exception {
        Path csv = dir.resolve("labs.csv");
        Files.writeString(csv, "Date;PSA (ng/mL)\n03/04/2026;2,5\n05/06/2026;3,1\n");
        try (JournalSession s = JournalSession.open(dir.resolve("j.db"))) {
            Person p = s.people().create("P");
            AtomicInteger refreshed = new AtomicInteger();
            ImportViewModel vm = new ImportViewModel(new LabCsvImport(s.labs(), LabsViewModelTest.CLOCK), p.id(),
                    Async.direct(), refreshed::incrementAndGet);

            vm.choose(csv);
            assertThat(vm.previewProperty().get().needsDateOrder()).isTrue();
            assertThat(vm.messageProperty().get()).contains("Choose how this file writes dates");

            vm.useDateOrder(DateOrder.DMY);
            assertThat(vm.previewProperty().get().canImport()).isTrue();
            vm.importRows();

            assertThat(vm.messageProperty().get()).isEqualTo("Imported 2 results. 0 duplicates skipped.");
            assertThat(refreshed).hasValue(1);
            assertThat(s.labs().forTest(p.id(), LabTest.PSA)).extracting(LabResult::date)
                    .containsExactly(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 6, 5));
        }
    }
}
