package org.carejournal.report;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.fortuna.ical4j.model.component.VEvent;
import org.carejournal.domain.JournalSettings;
import org.carejournal.domain.meds.MedicationPorts;

/**
 * The {@code .ics} calendar export: a person's planned doses, injections, open reminders and appointments
 * of the next months, each with an alarm, so a phone or calendar program can remind them while the journal
 * is closed. Exporting again gives every entry the same UID, so a calendar program updates what it already
 * has rather than adding copies.
 *
 * <p>Daily doses are one repeating entry per time of day; doses every N days, weeks or months and cycle
 * doses are one entry each (they are visits); one-off treatments are all-day entries over their days;
 * as-needed medicines are left out.
 */
public final class IcsExport {
    private final MedicationPorts ports;
    private final JournalSettings settings;
    private final Clock clock;

    /**
     * @param ports    where the journal keeps the plan, reminders and appointments
     * @param settings gives the journal's uid, from which the entries' UIDs are made
     * @param clock    the export time, written as each entry's DTSTAMP
     */
    public IcsExport(MedicationPorts ports, JournalSettings settings, Clock clock) {
        this.ports = ports;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The calendar of {@code months} months (1 to 24) from {@code from}, as RFC 5545 text, or "" when
     * nothing falls in those months (a calendar file must hold at least one entry).
     */
    public String write(long personId, LocalDate from, int months) {
        List<VEvent> events = events(personId, from, months);
        return events.isEmpty() ? "" : IcsText.write(IcsCalendar.of(events));
    }

    /**
     * Writes the calendar to {@code out}, replacing the file only once the whole text is written, so a
     * failed export never leaves half a file. Writes nothing when nothing falls in those months.
     *
     * @return the number of calendar entries written; 0 when nothing was written
     */
    public int write(long personId, LocalDate from, int months, Path out) throws IOException {
        List<VEvent> events = events(personId, from, months);
        if (events.isEmpty()) return 0;
        writeAtomically(IcsText.write(IcsCalendar.of(events)), out);
        return events.size();
    }

    private List<VEvent> events(long personId, LocalDate from, int months) {
        IcsWindow window = IcsWindow.months(from, months);
        IcsContent content = new IcsContent(ports.plan().medications(personId), ports.plan().schedules(personId),
                ports.reminders().all(personId), ports.appointments().all(personId));
        Instant stamp = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        return IcsCalendar.events(content, window, settings.journalUid(), stamp);
    }

    /** Writes a temporary file beside {@code out}, then moves it over {@code out}. */
    static void writeAtomically(String text, Path out) throws IOException {
        Path target = out.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.write(temp, IcsText.bytes(text));
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
