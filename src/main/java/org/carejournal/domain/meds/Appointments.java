package org.carejournal.domain.meds;

import java.util.List;

/** Where a journal keeps appointments. */
public interface Appointments {

    Appointment add(long personId, Appointment appointment);

    void update(Appointment appointment);

    void delete(long appointmentId);

    /** The person's appointments, soonest first. */
    List<Appointment> all(long personId);
}
