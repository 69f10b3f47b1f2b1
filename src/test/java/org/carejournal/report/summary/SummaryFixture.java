package org.carejournal.report.summary;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.carejournal.app.JournalSession;
import org.carejournal.app.SampleJournal;

/** The sample journal in a temp folder, with a question for the appointment, and a summary service over it. */
final class SummaryFixture implements AutoCloseable {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    static final String QUESTION = "Should my next PSA test be sooner than 3 months?";

    final JournalSession session;
    final long personId;
    final SummaryService service;

    private SummaryFixture(JournalSession session) {
        this.session = session;
        this.personId = session.people().all().get(0).id();
        ZoneId zone = ZoneId.systemDefault();
        this.service = new SummaryService(session.summaryPorts(), Clock.fixed(TODAY.atTime(18, 0).atZone(zone).toInstant(), zone));
    }

    static SummaryFixture sample(Path dir) {
        Path file = dir.resolve("sample.db");
        SampleJournal.write(file, TODAY);
        SummaryFixture f = new SummaryFixture(JournalSession.open(file));
        f.session.questions().add(f.personId, QUESTION, null, TODAY.minusDays(3));
        return f;
    }

    /** An empty journal with one person of the given name. */
    static SummaryFixture empty(Path dir, String name) {
        JournalSession s = JournalSession.open(dir.resolve("empty.db"));
        s.people().create(name);
        return new SummaryFixture(s);
    }

    SummaryRequest months(int months, Audience audience, boolean largePrint, Paper paper) {
        return SummaryRequest.of(personId, TODAY.minusMonths(months), TODAY, audience, largePrint, paper);
    }

    @Override
    public void close() {
        session.close();
    }
}
