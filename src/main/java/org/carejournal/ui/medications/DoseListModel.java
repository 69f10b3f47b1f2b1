package org.carejournal.ui.medications;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.carejournal.care.meds.DoseChecklist;
import org.carejournal.care.meds.DoseItem;
import org.carejournal.care.meds.PlanItem;
import org.carejournal.domain.meds.DoseEvent;
import org.carejournal.domain.meds.Schedule;
import org.carejournal.domain.meds.ScheduleKind;
import org.carejournal.ui.Async;

/**
 * Today's doses, the missed doses of the last 14 days and the medicines taken when needed, with the
 * commands that record them. Every change is saved through {@link DoseChecklist}, then the screen reloads.
 */
public final class DoseListModel {
    private static final Comparator<DoseItem> BY_TIME = Comparator.comparing(DoseItem::dueAt)
            .thenComparing(i -> i.medication().name());

    private final DoseChecklist doses;
    private final Async async;
    private final Clock clock;
    private final Runnable reload;
    private final Consumer<String> status;
    private final Consumer<Throwable> fail;

    private final ObservableList<DoseRowModel> today = FXCollections.observableArrayList();
    private final ObservableList<DoseRowModel> missed = FXCollections.observableArrayList();
    private final ObservableList<AsNeededModel> asNeeded = FXCollections.observableArrayList();
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    /** The last dose recorded (with its event), for the status bar's Undo. */
    private DoseItem lastRecorded;
    /** Or the last as-needed dose logged, with its medicine's name; at most one of the two is set. */
    private DoseEvent lastLogged;
    private String lastLoggedName;

    DoseListModel(DoseChecklist doses, Async async, Clock clock, Runnable reload, Consumer<String> status,
                  Consumer<Throwable> fail) {
        this.doses = doses;
        this.async = async;
        this.clock = clock;
        this.reload = reload;
        this.status = status;
        this.fail = fail;
    }

    /** Shows freshly read doses, keeping the row models (and so the focus) of doses already shown. */
    void show(List<DoseItem> dueToday, List<DoseItem> missedDoses, List<PlanItem> plan, List<DoseEvent> asNeededToday) {
        LocalDateTime now = now();
        // In time order, then by name, whatever order the checklist gives.
        replace(today, dueToday.stream().sorted(BY_TIME).toList(), false, now);
        replace(missed, missedDoses.stream().sorted(BY_TIME).toList(), true, now);
        showAsNeeded(plan, asNeededToday, now.toLocalDate());
    }

    private static void replace(ObservableList<DoseRowModel> rows, List<DoseItem> items, boolean missed, LocalDateTime now) {
        Map<String, DoseRowModel> old = new HashMap<>();
        rows.forEach(r -> old.put(r.key(), r));
        List<DoseRowModel> fresh = items.stream().map(i -> {
            DoseRowModel r = old.get(DoseRowModel.key(i));
            if (r == null) return new DoseRowModel(i, missed, now);
            r.update(i, now);
            return r;
        }).toList();
        // Unchanged rows are not set again: the list view would rebuild and the focus would be lost.
        if (!fresh.equals(rows)) rows.setAll(fresh);
    }

    private void showAsNeeded(List<PlanItem> plan, List<DoseEvent> events, LocalDate day) {
        Map<Long, List<DoseEvent>> byMedicine = events.stream().collect(Collectors.groupingBy(DoseEvent::medicationId));
        Map<Long, AsNeededModel> old = new HashMap<>();
        asNeeded.forEach(a -> old.put(a.medicationId(), a));
        List<AsNeededModel> fresh = plan.stream()
                .filter(p -> !p.medication().removed())
                .filter(p -> p.current(day).filter(s -> s.kind() == ScheduleKind.AS_NEEDED && s.covers(day)).isPresent())
                .map(p -> {
                    AsNeededModel a = old.get(p.medication().id());
                    Schedule s = p.current(day).orElseThrow();
                    return a != null && a.item().equals(p) ? a : new AsNeededModel(p, s);
                })
                .toList();
        fresh.forEach(a -> a.showLogged(byMedicine.getOrDefault(a.medicationId(), List.of())));
        if (!fresh.equals(asNeeded)) asNeeded.setAll(fresh);
    }

    /**
     * Records a dose as taken in one step: at its planned time, or now when that time is still to come
     * (a dose taken early).
     */
    public void markTaken(DoseRowModel row) {
        LocalDateTime now = now();
        LocalDateTime due = row.item().dueAt();
        record(row, () -> doses.markTaken(row.item(), due.isAfter(now) ? now : due), "taken");
    }

    public void openSkip(DoseRowModel row) {
        row.closeForm();
        row.modeProperty().set(DoseRowModel.Mode.SKIPPING);
    }

    /** Records the dose as skipped, with the reason typed (which may be empty). */
    public void confirmSkip(DoseRowModel row) {
        String reason = row.reasonProperty().get();
        record(row, () -> doses.markSkipped(row.item(), reason), "skipped");
    }

    public void openOtherTime(DoseRowModel row) {
        row.closeForm();
        LocalDateTime now = now();
        LocalDateTime due = row.item().dueAt();
        row.timeProperty().set(DoseWords.TIME.format(due.isAfter(now) ? now : due));
        row.modeProperty().set(DoseRowModel.Mode.OTHER_TIME);
    }

    /** Records the dose as taken at the time typed on its due day. False (nothing saved) when the time is wrong. */
    public boolean confirmOtherTime(DoseRowModel row) {
        String problem = DoseWords.timeProblem(row.timeProperty().get());
        LocalDateTime at = problem.isEmpty()
                ? row.item().dueAt().toLocalDate().atTime(DoseWords.parseTime(row.timeProperty().get())) : null;
        if (at != null && at.isAfter(now())) problem = DoseWords.TIME_TO_COME;
        row.timeErrorProperty().set(problem);
        if (!problem.isEmpty()) return false;
        record(row, () -> doses.markTaken(row.item(), at), "taken");
        return true;
    }

    private void record(DoseRowModel row, Supplier<DoseEvent> work, String what) {
        DoseItem item = row.item();
        async.run(work::get, event -> {
            row.closeForm();
            lastRecorded = new DoseItem(item.medication(), item.schedule(), item.dueAt(), event);
            lastLogged = null;
            canUndo.set(true);
            status.accept(describe(item) + ": recorded as " + what
                    + (event.takenAt() != null ? " at " + DoseWords.TIME.format(event.takenAt()) : "") + ".");
            reload.run();
        }, fail);
    }

    /** Takes back the answer given for a dose: it is not recorded any more. */
    public void undo(DoseRowModel row) {
        if (row.recorded()) undo(row.item());
    }

    /** Takes back the last dose recorded or logged on this screen. */
    public void undoLast() {
        if (lastRecorded != null) undo(lastRecorded);
        else if (lastLogged != null) takeBack(lastLogged, lastLoggedName);
    }

    private void takeBack(DoseEvent logged, String name) {
        async.run(() -> {
            doses.deleteAsNeeded(logged);
            return logged;
        }, done -> {
            lastLogged = null;
            canUndo.set(false);
            status.accept(name + ": the dose logged at " + DoseWords.TIME.format(done.takenAt()) + " is taken back.");
            reload.run();
        }, fail);
    }

    private void undo(DoseItem item) {
        async.run(() -> {
            doses.undo(item);
            return item;
        }, done -> {
            if (lastRecorded != null && DoseRowModel.key(lastRecorded).equals(DoseRowModel.key(done))) {
                lastRecorded = null;
                canUndo.set(false);
            }
            status.accept(describe(done) + ": not recorded any more.");
            reload.run();
        }, fail);
    }

    public void openLog(AsNeededModel a) {
        a.openForm(DoseWords.TIME.format(now()));
    }

    /** Logs a dose of a medicine taken when needed, today at the time typed. False when the time is wrong. */
    public boolean logAsNeeded(AsNeededModel a) {
        String problem = DoseWords.timeProblem(a.timeProperty().get());
        LocalDateTime at = problem.isEmpty() ? now().toLocalDate().atTime(DoseWords.parseTime(a.timeProperty().get())) : null;
        if (at != null && at.isAfter(now())) problem = DoseWords.TIME_TO_COME;
        a.timeErrorProperty().set(problem);
        if (!problem.isEmpty()) return false;
        String amount = a.amountProperty().get();
        String reason = a.reasonProperty().get();
        async.run(() -> doses.logAsNeeded(a.medicationId(), at, amount, reason), e -> {
            a.closeForm();
            lastLogged = e;
            lastLoggedName = a.name();
            lastRecorded = null;
            canUndo.set(true);
            status.accept(a.name() + ": a dose logged at " + DoseWords.TIME.format(at) + ".");
            reload.run();
        }, fail);
        return true;
    }

    private static String describe(DoseItem item) {
        return DoseWords.what(item) + " due " + DoseWords.missedWhen(item.dueAt());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
    }

    /** Today's planned doses in time order. */
    public ObservableList<DoseRowModel> today() { return today; }
    /** Planned doses of the last 14 days with nothing recorded, oldest first. */
    public ObservableList<DoseRowModel> missed() { return missed; }
    /** The medicines taken when needed, with today's logged doses. */
    public ObservableList<AsNeededModel> asNeeded() { return asNeeded; }
    /** Whether the status bar's Undo has a dose to take back. */
    public BooleanProperty canUndoProperty() { return canUndo; }
}
