package org.carejournal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.carejournal.domain.meds.Appointment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppointmentRepositoryTest {

    @TempDir Path dir;
    private Database db;
    private AppointmentRepository appointments;
    private long walter;
    private long ann;

    private static final LocalDate JUN_1 = LocalDate.of(2024, 6, 1);

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("journal.db"));
        appointments = new AppointmentRepository(db);
        PersonRepository people = new PersonRepository(db);
        walter = people.create("Walter").id();
        ann = people.create("Ann").id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Appointment at(LocalDateTime when, String with) {
        return new Appointment(0, when, with, "", "");
    }

    @Test
    void everyFieldComesBackAsSavedToTheMinute() {
        Appointment full = new Appointment(0, JUN_1.atTime(9, 30), " Oncology clinic ", " Ward 4 ", " bring the PSA list ");
        Appointment sparse = new Appointment(0, LocalDateTime.of(2024, 6, 2, 14, 0, 45), "Dr Patel", null, null);

        Appointment a = appointments.add(walter, full);
        Appointment b = appointments.add(walter, sparse);

        assertThat(a.id()).isPositive();
        assertThat(b.at()).isEqualTo(LocalDateTime.of(2024, 6, 2, 14, 0));
        assertThat(appointments.all(walter)).containsExactly(full.withId(a.id()), b);
        Appointment back = appointments.all(walter).get(0);
        assertThat(back.with()).isEqualTo("Oncology clinic");
        assertThat(back.place()).isEqualTo("Ward 4");
        assertThat(back.note()).isEqualTo("bring the PSA list");
        assertThat(appointments.all(walter).get(1).place()).isEmpty();
    }

    @Test
    void appointmentsComeSoonestFirstAndOnlyThePersonsOwn() {
        Appointment afternoon = appointments.add(walter, at(JUN_1.atTime(15, 0), "Nurse"));
        Appointment nextMonth = appointments.add(walter, at(JUN_1.plusMonths(1).atTime(8, 0), "Dentist"));
        Appointment lastYear = appointments.add(walter, at(JUN_1.minusYears(1).atTime(10, 0), "GP"));
        Appointment morning = appointments.add(walter, at(JUN_1.atTime(9, 5), "Bloods"));
        appointments.add(ann, at(JUN_1.atTime(9, 0), "Ann's visit"));

        assertThat(appointments.all(walter)).containsExactly(lastYear, morning, afternoon, nextMonth);
        assertThat(appointments.all(ann)).extracting(Appointment::with).containsExactly("Ann's visit");
    }

    @Test
    void updateMovesAnAppointmentAndDeleteRemovesIt() {
        Appointment a = appointments.add(walter, at(JUN_1.atTime(9, 0), "Oncology"));
        Appointment b = appointments.add(walter, at(JUN_1.atTime(12, 0), "Scan"));

        Appointment moved = new Appointment(a.id(), JUN_1.plusDays(7).atTime(16, 20), "Oncology clinic", "Room 2", "moved");
        appointments.update(moved);
        assertThat(appointments.all(walter)).containsExactly(b, moved);

        appointments.delete(b.id());
        appointments.delete(b.id());   // deleting what is not there does nothing
        assertThat(appointments.all(walter)).containsExactly(moved);
        assertThatThrownBy(() -> appointments.update(moved.withId(987654)))
                .isInstanceOf(JournalException.class).hasMessageContaining("no longer in the journal");
    }
}
