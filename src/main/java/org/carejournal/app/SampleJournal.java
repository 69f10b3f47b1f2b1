package org.carejournal.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.carejournal.domain.Person;
import org.carejournal.domain.sample.SampleStory;

/** Writes the sample journal: made-up data, marked as sample inside the file. */
public final class SampleJournal {
    private SampleJournal() {}

    /**
     * Writes the sample story into {@code file}. An older sample there is replaced; any other
     * journal with people in it is refused, so real data is never overwritten.
     */
    public static void write(Path file, LocalDate today) {
        if (Files.exists(file)) {
            boolean replaceable;
            try (JournalSession existing = JournalSession.open(file)) {
                replaceable = existing.settings().isSample() || existing.people().all().isEmpty();
            }
            if (!replaceable) {
                throw new IllegalStateException(file + " already holds a journal with real entries; "
                        + "the sample was not written. Choose another file.");
            }
            deleteWithSidecars(file);
        }
        try (JournalSession s = JournalSession.open(file)) {
            s.database().inTransactionDo(c -> {
                Person p = s.people().create(SampleStory.personName());
                s.labs().addAll(p.id(), SampleStory.labs(today));
                s.settings().setTreatmentStart(p.id(), SampleStory.abirateroneStart(today));
                s.settings().markSample();
            });
        }
    }

    private static void deleteWithSidecars(Path file) {
        try {
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
