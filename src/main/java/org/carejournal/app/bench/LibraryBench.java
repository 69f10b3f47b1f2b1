package org.carejournal.app.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import org.carejournal.app.JournalSession;
import org.carejournal.care.RedFlagRules;
import org.carejournal.domain.LabTest;
import org.carejournal.domain.checkin.RedFlag;
import org.carejournal.domain.meds.Medication;
import org.carejournal.domain.meds.Reminder;
import org.carejournal.library.Article;
import org.carejournal.library.ArticleChooser;
import org.carejournal.library.ArticleLibrary;
import org.carejournal.library.LearnSignal;
import org.carejournal.library.LearnTags;
import org.carejournal.library.LibrarySearch;
import org.carejournal.ui.library.markdown.ArticleRenderer;

/**
 * The library figures of the benchmark: a search as a person types it, choosing the articles for the
 * busiest screen of the heavy journal, and rendering the longest article into laid-out JavaFX nodes.
 */
final class LibraryBench {
    /** Questions people ask; the figure is the slowest one's median. */
    static final List<String> QUERIES = List.of("what does PSA doubling time mean", "dentist before bone drug",
            "fever during chemotherapy", "side effects of hormone therapy", "breakthrough pain", "c");

    /** Pixels: about the Library's reading column at normal text size. */
    private static final double READING_WIDTH = 640;
    private static final int RENDER_WARMUP_FACTOR = 5;

    private final Bench.Options options;
    private final Consumer<String> progress;
    private final Consumer<Figure> report;

    LibraryBench(Bench.Options options, Consumer<String> progress, Consumer<Figure> report) {
        this.options = options;
        this.progress = progress;
        this.report = report;
    }

    /** @param render also time rendering, which needs the JavaFX toolkit (a display or the headless platform) */
    void run(Path journal, boolean render) {
        ArticleLibrary library = ArticleLibrary.load();
        LibrarySearch search = new LibrarySearch(library);
        progress.accept("timing " + Bench.SEARCH);
        double slowest = 0;
        for (String q : QUERIES) {
            slowest = Math.max(slowest, Timing.countedMedian(options.warmups(), options.runs(), Bench.SEARCH,
                    () -> search.search(q, 10).size()));
        }
        report.accept(new Figure(Bench.SEARCH, slowest, "ms"));

        List<LearnSignal> signals = busiestScreen(journal);
        ArticleChooser chooser = new ArticleChooser(library);
        progress.accept("timing " + Bench.CHOOSE + " (" + signals.size() + " signals)");
        report.accept(new Figure(Bench.CHOOSE, Timing.countedMedian(options.warmups(), options.runs(), Bench.CHOOSE,
                () -> chooser.choose(signals, ArticleChooser.PANEL_SIZE, null).size()), "ms"));

        if (!render) return;   // its budget line then says "not measured"
        Article longest = library.all().stream().max(Comparator.comparingInt(a -> a.body().length())).orElseThrow();
        progress.accept("timing " + Bench.RENDER + " (" + longest.id() + ")");
        report.accept(new Figure(Bench.RENDER, timeRender(longest), "ms"));
    }

    /**
     * Every signal a screen of the heavy journal could raise at once: each medicine's family, each reminder's
     * reason, each lab and each red flag. More than any one screen publishes, so the figure is an upper bound.
     */
    private static List<LearnSignal> busiestScreen(Path journal) {
        List<LearnSignal> signals = new ArrayList<>();
        try (JournalSession s = JournalSession.open(journal)) {
            long person = s.people().all().get(0).id();
            for (Medication m : s.plan().medications(person)) {
                if (!m.drugClass().articleTag().isEmpty()) {
                    signals.add(new LearnSignal(m.drugClass().articleTag(), LearnSignal.SHOWN, m.name() + " is in your plan."));
                }
            }
            for (Reminder r : s.reminders().all(person)) {
                if (!r.articleTag().isEmpty()) signals.add(new LearnSignal(r.articleTag(), LearnSignal.FLAGGED, r.title()));
            }
        }
        for (LabTest t : LabTest.values()) signals.add(new LearnSignal(LearnTags.lab(t), LearnSignal.SHOWN, t.displayName()));
        for (RedFlag f : RedFlag.values()) {
            signals.add(new LearnSignal(RedFlagRules.guidance(f).articleTag(), LearnSignal.URGENT, f.name()));
        }
        return signals;
    }

    /**
     * Markdown to nodes, styled and laid out at a reading width, on the FX thread, into a window that is
     * already open (as the Library's is), so the theme's stylesheets are not parsed again each time.
     */
    private double timeRender(Article article) {
        startToolkit();
        ArticleRenderer renderer = new ArticleRenderer(id -> { });
        Group page = new Group();
        try {
            onFxThread(() -> {
                new Scene(page).getStylesheets().add(ArticleRenderer.STYLESHEET);
                return 0;
            });
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        // JavaFX's styling and layout code warms up more slowly than the rest, so this figure warms up longer.
        return Timing.median(options.warmups() * RENDER_WARMUP_FACTOR, options.runs(), () -> onFxThread(() -> {
            long start = System.nanoTime();
            Region body = renderer.render(article.body());
            page.getChildren().setAll(body);
            body.applyCss();
            body.resize(READING_WIDTH, body.prefHeight(READING_WIDTH));
            body.layout();
            double ms = Timing.msSince(start);
            if (body.getChildrenUnmodifiable().isEmpty()) throw new IllegalStateException("the article rendered empty");
            return ms;
        }));
    }

    private static void startToolkit() {
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            started.complete(null);
        }
        started.join();
        // The app's theme: the article stylesheet's colours are its variables.
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());
    }

    private static double onFxThread(Timing.Run run) throws Exception {
        CompletableFuture<Double> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(run.timedMs());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(1, TimeUnit.MINUTES);
    }
}
