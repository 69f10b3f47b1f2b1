package org.carejournal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carejournal.store.TestFiles.queryString;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.carejournal.domain.DateRange;
import org.carejournal.domain.LabResult;
import org.carejournal.domain.LabTest;
import org.carejournal.domain.LabValue;
import org.carejournal.domain.checkin.CheckIn;
import org.carejournal.domain.checkin.PainEntry;
import org.carejournal.domain.checkin.RedFlag;
import org.carejournal.domain.checkin.StandardSymptom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema 2 as a whole: the upgrade from schema 1, cascades, and the plans of the big range reads. */
class CheckInSchemaTest {

    @TempDir Path dir;

    private static final LocalDate MAY_1 = LocalDate.of(2024, 5, 1);

    @Test
    void aSchema1JournalIsUpgradedKeepingItsLabsAndACopyOfItAsItWas() throws Exception {
        Path file = dir.resolve("journal.db");
        long walter;
        LabResult psa;
        try (Database v1 = Database.open(file, Migrations.standard().upTo(1))) {
            walter = new PersonRepository(v1).create("Walter").id();
            psa = new LabResultRepository(v1).add(walter, new LabResult(0, LabTest.PSA, MAY_1, LabValue.below(0.1),
                    "<0,1", "ng/mL", "City Lab", "after cycle 3", false));
        }

        try (Database db = Database.open(file, Migrations.standard().upTo(2))) {
            assertThat(db.schemaVersion()).isEqualTo(2);
            assertThat(new LabResultRepository(db).all(walter)).containsExactly(psa);
            // The person from schema 1 can check in straight away.
            assertThat(new SymptomRepository(db).list(walter)).hasSize(StandardSymptom.values().length);
            assertThat(new CheckInRepository(db).save(walter, new CheckIn(0, MAY_1, Map.of(), Set.of(), null, "ok")).id())
                    .isPositive();
        }

        Path backup = dir.resolve("journal.db.before-v2.bak");
        assertThat(backup).exists();
        assertThat(queryString(backup, "PRAGMA user_version")).isEqualTo("1");
        assertThat(queryString(backup, "SELECT count(*) FROM sqlite_master WHERE name = 'check_in'")).isEqualTo("0");
        assertThat(queryString(backup, "SELECT entered_text FROM lab_result")).isEqualTo("<0,1");
    }

    @Test
    void removingAPersonRemovesTheirCheckInsPainFlagsAndSymptomsOnly() {
        try (Database db = Database.open(dir.resolve("journal.db"))) {
            PersonRepository people = new PersonRepository(db);
            long walter = people.create("Walter").id();
            long ann = people.create("Ann").id();
            for (long person : new long[] {walter, ann}) {
                long fatigue = new SymptomRepository(db).list(person).get(0).id();
                new CheckInRepository(db).save(person, new CheckIn(0, MAY_1, Map.of(fatigue, 4), Set.of(), null, ""));
                new PainLogRepository(db).add(person, new PainEntry(0, MAY_1.atTime(9, 0), 3, null, null, Set.of(),
                        false, "", null));
                new RaisedFlagRepository(db).raise(person, RedFlag.INFECTION, MAY_1, "fever");
            }
            // There is no "remove person" in the app yet; the schema must still not leave orphans.
            db.inTransactionDo(c -> {
                try (PreparedStatement s = c.prepareStatement("DELETE FROM person WHERE id = ?")) {
                    s.setLong(1, walter);
                    s.executeUpdate();
                }
            });

            for (String table : List.of("symptom", "check_in", "pain_entry", "raised_flag")) {
                assertThat(count(db, "SELECT count(*) FROM " + table + " WHERE person_id = " + walter)).as(table).isZero();
                assertThat(count(db, "SELECT count(*) FROM " + table + " WHERE person_id = " + ann)).as(table).isPositive();
            }
            assertThat(count(db, "SELECT count(*) FROM check_in_rating")).isEqualTo(1);
            assertThat(new CheckInRepository(db).between(ann, DateRange.ALL)).singleElement()
                    .satisfies(c -> assertThat(c.ratings()).hasSize(1));
        }
    }

    @Test
    void rangeReadsWalkIndexesWithoutScanningOrSorting() {
        try (Database db = Database.open(dir.resolve("journal.db"))) {
            // Ten years of check-ins are about 65,000 rating rows: a scan or a sort would grow with all of them.
            for (String sql : List.of(CheckInRepository.SELECT, PainLogRepository.SELECT)) {
                List<String> plan = plan(db, sql);
                assertThat(plan).as(sql).isNotEmpty()
                        .noneMatch(step -> step.startsWith("SCAN"))
                        .noneMatch(step -> step.contains("TEMP B-TREE"))
                        .noneMatch(step -> step.contains("MATERIALIZE"));
            }
        }
    }

    private static List<String> plan(Database db, String sql) {
        return db.read(c -> {
            List<String> steps = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("EXPLAIN QUERY PLAN " + sql)) {
                s.setLong(1, 1);
                s.setString(2, "2020-01-01");
                s.setString(3, "2020-12-31");
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) steps.add(rs.getString("detail"));
                }
            }
            return steps;
        });
    }

    private static int count(Database db, String sql) {
        return Integer.parseInt(TestFiles.queryString(db, sql));
    }
}
