package org.carejournal.ui.today;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.carejournal.care.CheckInService;
import org.carejournal.domain.DateRange;
import org.carejournal.domain.checkin.CheckIn;
import org.carejournal.domain.checkin.CheckInCheck;
import org.carejournal.domain.checkin.CheckInField;
import org.carejournal.domain.checkin.CheckInPorts;
import org.carejournal.domain.checkin.PainEntry;
import org.carejournal.domain.checkin.RaisedFlag;
import org.carejournal.domain.checkin.Symptom;
import org.carejournal.domain.checkin.Temperature;
import org.carejournal.domain.checkin.WarningSign;
import org.carejournal.library.LearnSignal;
import org.carejournal.ui.Async;

/**
 * The Today screen: one day's check-in (symptom ratings, warning signs, temperature, note, a pain
 * entry), the day's pain entries, the calendar strip, and the red flags still to be read. Saving is
 * one command; red flags are judged by {@link CheckInService}.
 */
public final class TodayViewModel {
    /** How many days the calendar strip shows, ending today. */
    public static final int STRIP_DAYS = 14;

    private final CheckInPorts ports;
    private final CheckInService service;
    private final long personId;
    private final Async async;
    private final Clock clock;

    private final ReadOnlyObjectWrapper<LocalDate> day = new ReadOnlyObjectWrapper<>();
    private final ObservableList<RatingRowModel> rows = FXCollections.observableArrayList();
    private final ObservableSet<WarningSign> signs = FXCollections.observableSet();
    private final StringProperty temperature = new SimpleStringProperty("");
    private final ObjectProperty<Temperature.Unit> temperatureUnit = new SimpleObjectProperty<>(defaultUnit());
    private final StringProperty note = new SimpleStringProperty("");
    private final PainFormModel pain = new PainFormModel();
    private final ObservableList<PainEntry> painEntries = FXCollections.observableArrayList();
    private final ObservableList<RaisedFlag> openFlags = FXCollections.observableArrayList();
    private final ObservableList<LocalDate> daysWithCheckIns = FXCollections.observableArrayList();
    private final ObservableList<LearnSignal> signals = FXCollections.observableArrayList();
    private final ObservableList<LearnSignal> readOnlySignals = FXCollections.unmodifiableObservableList(signals);
    private final BooleanProperty saved = new SimpleBooleanProperty();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final StringProperty dateError = new SimpleStringProperty("");
    private final StringProperty ratingsError = new SimpleStringProperty("");
    private final StringProperty temperatureError = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final InvalidationListener markDirty = obs -> dirty.set(true);
    /** The day's saved check-in, so ratings of symptoms hidden since are kept on a re-save. */
    private CheckIn loaded;
    /** No check-in and no pain entry in the whole journal, as last read. */
    private boolean journalEmpty;

    public TodayViewModel(CheckInPorts ports, CheckInService service, long personId, Async async, Clock clock) {
        this.ports = ports;
        this.service = service;
        this.personId = personId;
        this.async = async;
        this.clock = clock;
        for (var p : List.of(temperature, temperatureUnit, note, pain.nowProperty(), pain.worstProperty(),
                pain.averageProperty(), pain.breakthroughProperty(), pain.rescueMedicineProperty(), pain.helpedProperty())) {
            p.addListener(markDirty);
        }
        signs.addListener(markDirty);
        pain.sites().addListener(markDirty);
    }

    /** Opens today, with the person's symptoms and open red flags. */
    public void load() {
        loadDay(today());
    }

    /**
     * Shows another day. Unsaved changes are saved first, so nothing typed is lost; when they cannot
     * be saved (a message shows beside the field) the day stays.
     */
    public void showDay(LocalDate other) {
        if (other == null || other.equals(day.get())) return;
        if (other.isAfter(today())) {
            dateError.set("That day has not come yet. Choose today or an earlier day.");
            return;
        }
        if (dirty.get()) {
            save(() -> loadDay(other), true);
        } else {
            loadDay(other);
        }
    }

    private void loadDay(LocalDate d) {
        LocalDate today = today();
        async.run(() -> new Loaded(d, ports.symptoms().list(personId), ports.checkIns().on(personId, d).orElse(null),
                        ports.painLog().between(personId, new DateRange(d, d)), ports.flags().open(personId),
                        ports.checkIns().datesWith(personId, new DateRange(today.minusDays(STRIP_DAYS - 1), today)),
                        !ports.checkIns().any(personId) && !ports.painLog().any(personId)),
                this::show, this::fail);
    }

    private record Loaded(LocalDate day, List<Symptom> symptoms, CheckIn checkIn, List<PainEntry> pain, List<RaisedFlag> flags,
                          List<LocalDate> recent, boolean journalEmpty) {}

    private void show(Loaded l) {
        day.set(l.day());
        loaded = l.checkIn();
        rows.clear();
        applySymptoms(l.symptoms());
        signs.clear();
        temperature.set("");
        note.set("");
        if (loaded != null) {
            signs.addAll(loaded.signs());
            Temperature t = loaded.temperature();
            if (t != null) {
                temperatureUnit.set(t.unit());
                temperature.set(org.carejournal.domain.Numbers.format(t.value()));
            }
            note.set(loaded.note());
        }
        pain.clear();
        painEntries.setAll(l.pain());
        journalEmpty = l.journalEmpty();
        showFlags(l.flags());
        daysWithCheckIns.setAll(l.recent());
        saved.set(loaded != null);
        clearErrors();
        dirty.set(false);
    }

    /**
     * Shows a changed symptom list (after the person added, hid or moved one), keeping every rating
     * already typed.
     */
    public void applySymptoms(List<Symptom> symptoms) {
        Map<Long, Integer> typed = new HashMap<>();
        rows.forEach(r -> typed.put(r.symptom().id(), r.ratingProperty().get()));
        boolean wasDirty = dirty.get();
        rows.setAll(symptoms.stream().filter(s -> !s.hidden()).map(RatingRowModel::new).toList());
        rows.forEach(r -> {
            Integer rating = typed.get(r.symptom().id());
            if (rating != null) r.ratingProperty().set(rating);
            else if (loaded != null && loaded.rating(r.symptom().id()) != null) r.ratingProperty().set(loaded.rating(r.symptom().id()));
            r.ratingProperty().addListener(markDirty);
        });
        dirty.set(wasDirty);
    }

    /** Sets every symptom to 0 and blank pain ratings to 0: a good day in one key press. */
    public void noSymptomsToday() {
        rows.forEach(r -> r.ratingProperty().set(0));
        pain.noPain();
    }

    /** Checks and saves the shown day. False (nothing saved) when a field shows a message. */
    public boolean save() {
        return save(() -> loadDay(day.get()), false);
    }

    /** @param leaving the person is going to another day: an empty form is then no reason to stay */
    private boolean save(Runnable then, boolean leaving) {
        LocalDate d = day.get();
        Map<Long, Integer> ratings = new HashMap<>();
        if (loaded != null) ratings.putAll(loaded.ratings());   // symptoms hidden since keep their rating
        rows.forEach(r -> {
            if (r.rated()) ratings.put(r.symptom().id(), r.ratingProperty().get());
            else ratings.remove(r.symptom().id());
        });
        Map<CheckInField, String> problems = CheckInCheck.problems(d, today(), ratings);
        dateError.set(problems.getOrDefault(CheckInField.DATE, ""));
        ratingsError.set(problems.getOrDefault(CheckInField.RATINGS, ""));
        CheckInCheck.Parsed<Temperature> temp = CheckInCheck.temperature(temperature.get(), temperatureUnit.get());
        temperatureError.set(temp.ok() ? "" : temp.problem());
        Optional<PainEntry> entry = pain.isBlank() ? Optional.empty() : pain.check(painTime(d));
        boolean painOk = pain.isBlank() || entry.isPresent();
        if (!problems.isEmpty() || !temp.ok() || !painOk) {
            status.set("Nothing was saved yet: please look at the message in red.");
            return false;
        }
        CheckIn checkIn = new CheckIn(loaded == null ? 0 : loaded.id(), d, ratings, Set.copyOf(signs),
                temp.value(), note.get());
        if (loaded == null && ratings.isEmpty() && checkIn.signs().isEmpty() && checkIn.temperature() == null
                && checkIn.note().isEmpty() && entry.isEmpty()) {
            if (leaving) then.run();
            else status.set("Nothing to save yet. Rate a symptom (type a number), or press \"No symptoms today\".");
            return leaving;
        }
        async.run(() -> service.save(personId, checkIn, entry.orElse(null)), result -> {
            dirty.set(false);
            status.set("Saved the check-in for " + DayNames.describe(d, today()) + "."
                    + (result.raised().isEmpty() ? "" : " Please read the warning at the top of the page."));
            then.run();
        }, this::fail);
        return true;
    }

    private LocalDateTime painTime(LocalDate d) {
        // An entry for today gets the time now; one added for an earlier day goes at midday.
        return d.equals(today()) ? LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES) : d.atTime(LocalTime.NOON);
    }

    /** Records that the person has read a red flag; it leaves the page. */
    public void acknowledge(RaisedFlag flag) {
        async.run(() -> {
            ports.flags().acknowledge(flag.id(), clock.instant());
            return ports.flags().open(personId);
        }, this::showFlags, this::fail);
    }

    /** The most urgent kind first (RedFlag lists them so), then the newest. */
    private void showFlags(List<RaisedFlag> flags) {
        openFlags.setAll(flags.stream().sorted(Comparator.comparing(RaisedFlag::flag)
                .thenComparing(RaisedFlag::date, Comparator.reverseOrder())).toList());
        showSignals();
    }

    private void showSignals() {
        List<LearnSignal> fresh = TodaySignals.of(openFlags, day.get(), painEntries, journalEmpty, today());
        if (!signals.equals(fresh)) signals.setAll(fresh);
    }

    /** Loads one of the day's pain entries into the form for changing. */
    public void editPain(PainEntry e) {
        pain.edit(e);
    }

    public void deletePain(PainEntry e) {
        async.run(() -> {
            ports.painLog().delete(e.id());
            return e;
        }, gone -> {
            painEntries.remove(gone);
            showSignals();
            if (pain.editingProperty().get() != null && pain.editingProperty().get().id() == gone.id()) pain.clear();
            status.set("Deleted the pain entry from " + DayNames.TIME.format(gone.takenAt()) + ".");
        }, this::fail);
    }

    private void clearErrors() {
        dateError.set("");
        ratingsError.set("");
        temperatureError.set("");
    }

    private void fail(Throwable e) {
        status.set("Could not reach the journal file: " + e.getMessage() + " Nothing was changed.");
    }

    private static Temperature.Unit defaultUnit() {
        // Thermometers in the United States usually read in °F.
        return "US".equals(Locale.getDefault().getCountry()) ? Temperature.Unit.FAHRENHEIT : Temperature.Unit.CELSIUS;
    }

    public ReadOnlyObjectProperty<LocalDate> dayProperty() { return day.getReadOnlyProperty(); }
    public ObservableList<RatingRowModel> rows() { return rows; }
    public ObservableSet<WarningSign> signs() { return signs; }
    public StringProperty temperatureProperty() { return temperature; }
    public ObjectProperty<Temperature.Unit> temperatureUnitProperty() { return temperatureUnit; }
    public StringProperty noteProperty() { return note; }
    public PainFormModel pain() { return pain; }
    public ObservableList<PainEntry> painEntries() { return painEntries; }
    public ObservableList<RaisedFlag> openFlags() { return openFlags; }
    public ObservableList<LocalDate> daysWithCheckIns() { return daysWithCheckIns; }
    /** What the "Learn more" panel should explain: the banners' warning signs, high pain, the check-in itself. Read-only. */
    public ObservableList<LearnSignal> learnSignals() { return readOnlySignals; }
    /** True when the shown day already has a saved check-in (the screen then says it is being changed). */
    public BooleanProperty savedProperty() { return saved; }
    public BooleanProperty dirtyProperty() { return dirty; }
    public StringProperty dateErrorProperty() { return dateError; }
    public StringProperty ratingsErrorProperty() { return ratingsError; }
    public StringProperty temperatureErrorProperty() { return temperatureError; }
    public StringProperty statusProperty() { return status; }
    /** Today's date by the journal's clock. */
    public LocalDate today() { return LocalDate.now(clock); }
}
