package org.carejournal.ui.summary;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.carejournal.domain.DateRange;
import org.carejournal.domain.meds.Appointment;
import org.carejournal.domain.meds.Appointments;
import org.carejournal.library.LearnSignal;
import org.carejournal.library.LearnTags;
import org.carejournal.report.summary.Audience;
import org.carejournal.report.summary.Paper;
import org.carejournal.report.summary.Period;
import org.carejournal.report.summary.Section;
import org.carejournal.report.summary.SummaryRequest;
import org.carejournal.report.summary.SummaryService;
import org.carejournal.ui.Async;

/**
 * The Summary screen: choose the period, who it is for (which picks the sections), large print and paper;
 * see the pages as they will print; save them as a PDF or print them. Making the pages runs off the FX
 * thread; saving shows progress and can be cancelled.
 */
public final class SummaryViewModel {
    /** Preview resolution: sharp enough to read on screen, light enough to make in a moment. */
    static final float PREVIEW_SCALE = 1.25f;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

    private final SummaryService service;
    private final Appointments appointments;
    private final SummaryPrinter printer;
    private final long personId;
    private final Async async;
    private final Clock clock;

    private final ObjectProperty<Period> period = new SimpleObjectProperty<>(Period.SINCE_LAST_APPOINTMENT);
    private final ObjectProperty<LocalDate> customFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> customTo = new SimpleObjectProperty<>();
    private final ObjectProperty<Audience> audience = new SimpleObjectProperty<>(Audience.ONCOLOGIST);
    private final ObservableSet<Section> sections = FXCollections.observableSet(EnumSet.allOf(Section.class));
    private final BooleanProperty largePrint = new SimpleBooleanProperty();
    private final ObjectProperty<Paper> paper = new SimpleObjectProperty<>();
    private final StringProperty periodText = new SimpleStringProperty("");
    private final ObservableList<Image> pages = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty status = new SimpleStringProperty("");
    private final ObservableList<LearnSignal> signals = FXCollections.observableArrayList(
            new LearnSignal(LearnTags.APPOINTMENTS, LearnSignal.SHOWN, "You are getting a summary ready for an appointment."));
    private List<Appointment> known = List.of();
    private AtomicBoolean cancel = new AtomicBoolean();
    /** Counts previews asked for, so a slow one finishing after a newer one is dropped. */
    private int previewGeneration;
    private boolean settingPreset;

    public SummaryViewModel(SummaryService service, Appointments appointments, SummaryPrinter printer, long personId,
                            Async async, Clock clock) {
        this.service = service;
        this.appointments = appointments;
        this.printer = printer;
        this.personId = personId;
        this.async = async;
        this.clock = clock;
        paper.set(Paper.forLocale(Locale.getDefault()));
        audience.addListener((o, was, now) -> {
            if (now != Audience.CUSTOM) {
                settingPreset = true;
                sections.clear();
                sections.addAll(now.sections());
                settingPreset = false;
            }
        });
        // Ticking a section by hand makes the choice the person's own.
        sections.addListener((SetChangeListener<Section>) c -> {
            if (!settingPreset) audience.set(Audience.CUSTOM);
        });
        period.addListener(o -> showPeriod());
        customFrom.addListener(o -> showPeriod());
        customTo.addListener(o -> showPeriod());
    }

    /** Reads the appointments (for "since the last appointment") and makes the preview. */
    public void load() {
        async.run(() -> appointments.all(personId), list -> {
            known = list;
            showPeriod();
            preview();
        }, e -> status.set("Your appointments could not be read: " + e.getMessage()));
    }

    /** The request the choices make now. */
    public SummaryRequest request() {
        DateRange r = range();
        return new SummaryRequest(personId, r.from(), r.to(), audience.get(), EnumSet.copyOf(sectionsOrNone()),
                largePrint.get(), paper.get());
    }

    private List<Section> sectionsOrNone() {
        return sections.isEmpty() ? List.of(Section.PSA) : List.copyOf(sections);
    }

    private DateRange range() {
        return period.get().resolve(LocalDate.now(clock), known, customFrom.get(), customTo.get());
    }

    private void showPeriod() {
        DateRange r = range();
        periodText.set(DAY.format(r.from()) + " – " + DAY.format(r.to()));
    }

    /** Makes the pages as they will print, for the preview. */
    public void preview() {
        if (sections.isEmpty()) {
            pages.clear();
            status.set("Choose at least one section.");
            return;
        }
        SummaryRequest request = request();
        int generation = ++previewGeneration;
        status.set("Making the preview…");
        async.run(() -> pageImages(request), images -> {
            if (generation != previewGeneration) return;
            pages.setAll(images);
            status.set(images.size() + (images.size() == 1 ? " page" : " pages") + ", " + periodText.get() + ".");
        }, e -> {
            if (generation == previewGeneration) status.set("The preview could not be made: " + e.getMessage());
        });
    }

    private List<Image> pageImages(SummaryRequest request) {
        try (PDDocument doc = service.render(request)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            List<Image> images = new ArrayList<>();
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                BufferedImage page = renderer.renderImage(i, PREVIEW_SCALE);
                images.add(SwingFXUtils.toFXImage(page, null));
            }
            return images;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves the summary as a PDF, with progress; Cancel leaves no file behind. */
    public void save(Path out) {
        if (busy.get()) return;
        SummaryRequest request = request();
        AtomicBoolean cancelled = new AtomicBoolean();
        cancel = cancelled;
        busy.set(true);
        progress.set(0);
        status.set("Saving the summary…");
        async.run(() -> {
            try {
                service.write(request, out, p -> async.onUi(() -> progress.set(p)), cancelled::get);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out;
        }, saved -> finish("The summary was saved as " + saved.getFileName() + "."), e -> finish(
                e instanceof CancellationException ? "Cancelled: no file was written."
                        : "The summary could not be saved: " + message(e) + " Choose another folder and try again."));
    }

    /** Prints through the system's print dialog. */
    public void print() {
        if (busy.get()) return;
        SummaryRequest request = request();
        busy.set(true);
        progress.set(-1);
        status.set("Opening the print dialog…");
        async.run(() -> {
            try (PDDocument doc = service.render(request)) {
                return printer.print(doc);
            } catch (Exception e) {
                throw new IllegalStateException(message(e), e);
            }
        }, printed -> finish(printed ? "The summary was sent to the printer." : "Nothing was printed."),
                e -> finish("The summary could not be printed: " + message(e)));
    }

    public void cancel() { cancel.set(true); }

    private void finish(String message) {
        busy.set(false);
        progress.set(-1);
        status.set(message);
    }

    private static String message(Throwable e) {
        Throwable t = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    }

    /** A name for the saved file: the day it was made. */
    public String suggestedFileName() {
        return "care-journal-summary-" + LocalDate.now(clock) + ".pdf";
    }

    public ObjectProperty<Period> periodProperty() { return period; }
    public ObjectProperty<LocalDate> customFromProperty() { return customFrom; }
    public ObjectProperty<LocalDate> customToProperty() { return customTo; }
    public ObjectProperty<Audience> audienceProperty() { return audience; }
    public ObservableSet<Section> sections() { return sections; }
    public BooleanProperty largePrintProperty() { return largePrint; }
    public ObjectProperty<Paper> paperProperty() { return paper; }
    public StringProperty periodTextProperty() { return periodText; }
    public ObservableList<Image> pages() { return pages; }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    /** 0..1 while saving; -1 when there is nothing to show or the length is unknown. */
    public DoubleProperty progressProperty() { return progress; }
    public StringProperty statusProperty() { return status; }
    public ObservableList<LearnSignal> learnSignals() { return signals; }
}
