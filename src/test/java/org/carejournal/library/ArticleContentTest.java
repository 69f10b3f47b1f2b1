package org.carejournal.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.carejournal.care.RedFlagRules;
import org.carejournal.care.meds.CatalogEntry;
import org.carejournal.care.meds.MedicationCatalog;
import org.carejournal.domain.checkin.RedFlag;
import org.carejournal.domain.meds.DrugClass;
import org.carejournal.domain.meds.ReminderKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The checks that keep the shipped articles honest: sourced, dated, linked, covering what the app shows, our own words. */
class ArticleContentTest {
    private static final ArticleLibrary LIBRARY = ArticleLibrary.load();
    private static final Path FOLDER = Path.of("src/main/resources/org/carejournal/library/articles");
    /** Where the seed documents sit beside a checkout; absent in a plain clone. */
    private static final Path SEEDS = Path.of("../shared/seeds");
    private static final int SHINGLE = 8;

    @Test
    void theLibraryHoldsEveryArticleFileAndAtLeastSixteen() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            List<String> ids = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md"))
                    .map(n -> n.substring(0, n.length() - 3)).toList();
            assertThat(LIBRARY.all()).extracting(Article::id).containsExactlyInAnyOrderElementsOf(ids);
        }
        assertThat(LIBRARY.all()).hasSizeGreaterThanOrEqualTo(16);
        assertThat(LIBRARY.byTopic().keySet()).containsExactlyElementsOf(ArticleLibrary.TOPICS);
    }

    @Test
    void everyArticleNamesItsSourcesAndWhenItWasReviewed() {
        assertThat(LIBRARY.all()).allSatisfy(a -> {
            assertThat(a.sources()).as(a.id() + " sources").isNotEmpty()
                    .allSatisfy(s -> assertThat(s).as(a.id() + " source 'Organisation: title'").matches(".+: .+"));
            assertThat(a.reviewed()).as(a.id() + " reviewed").isBefore(LocalDate.now().plusDays(1))
                    .isAfter(LocalDate.of(2025, 1, 1));
            assertThat(a.summary().split(" ")).as(a.id() + " summary words").hasSizeLessThanOrEqualTo(25);
        });
    }

    @Test
    void everyArticleEndsWithQuestionsToAskTheCareTeam() {
        assertThat(LIBRARY.all()).allSatisfy(a -> {
            assertThat(a.questions()).as(a.id()).hasSizeBetween(3, 8).allSatisfy(q -> assertThat(q).endsWith("?"));
            String lastHeading = a.body().lines().filter(l -> l.startsWith("#")).reduce((x, y) -> y).orElse("");
            assertThat(lastHeading).as(a.id()).isEqualTo("## " + Article.QUESTIONS_HEADING);
        });
    }

    @Test
    void everyLinkPointsToAnArticleAndNoneLeavesTheComputer() {
        assertThat(LIBRARY.all()).allSatisfy(a -> {
            assertThat(ArticleText.linkedIds(a.body())).as(a.id() + " links")
                    .allSatisfy(id -> assertThat(LIBRARY.find(id)).as(a.id() + " links to " + id).isPresent());
            assertThat(ArticleText.otherLinks(a.body())).as(a.id() + " web links").isEmpty();
            assertThat(a.body()).as(a.id()).doesNotContain("http://", "https://", "<img", "<a ");
        });
    }

    @Test
    void everyDrugFamilyCareReminderRedFlagAndScreenTagHasAnArticle() {
        Set<String> tags = new HashSet<>(LearnTags.all());
        for (DrugClass c : DrugClass.values()) if (!c.articleTag().isEmpty()) tags.add(c.articleTag());
        for (CatalogEntry e : MedicationCatalog.load().all()) tags.add(e.articleTag());
        for (ReminderKind k : ReminderKind.values()) if (k.generated()) tags.add(k.articleTag());
        for (RedFlag f : RedFlag.values()) tags.add(RedFlagRules.guidance(f).articleTag());

        assertThat(tags).allSatisfy(t -> assertThat(LIBRARY.tagged(t)).as("articles tagged " + t).isNotEmpty());
    }

    @ParameterizedTest(name = "\"{0}\" finds {1} first")
    @CsvSource({
            "what does PSA doubling time mean, following-psa",
            "nadir, following-psa",
            "testosterone castrate level, other-blood-tests",
            "dentist before a bone drug, bone-health",
            "jaw osteonecrosis, bone-health",
            "hot flashes, hormone-therapy-side-effects",
            "breakthrough pain, managing-pain",
            "side effects of hormone therapy, hormone-therapy-side-effects",
            "what is palliative care, goals-of-care",
            "BRCA genetic testing, parp-inhibitors",
            "radium, radiopharmaceuticals",
            "hospice, goals-of-care",
    })
    void aPersonsQuestionFindsTheArticleThatAnswersIt(String query, String expected) {
        List<SearchHit> hits = new LibrarySearch(LIBRARY).search(query, 5);
        assertThat(hits).as(query).isNotEmpty();
        assertThat(hits.get(0).article().id()).as(query + " -> " + hits.stream().map(h -> h.article().id()).toList())
                .isEqualTo(expected);
        assertThat(hits.get(0).highlights()).as("a highlighted word in the passage").isNotEmpty();
    }

    @Test
    void theArticlesReadAtAboutAGradeEightLevel() {
        assertThat(LIBRARY.all()).allSatisfy(a ->
                assertThat(ReadingLevel.grade(ArticleText.plain(a.body()))).as(a.id() + " grade").isLessThanOrEqualTo(9.0));
    }

    @Test
    void noArticleSharesARunOfEightWordsWithASeedDocument() throws IOException {
        assumeTrue(Files.isDirectory(SEEDS), "Skipped: " + SEEDS.toAbsolutePath().normalize()
                + " is absent (a plain clone); the copying check needs the seed documents beside the checkout");
        Set<String> seedShingles = new HashSet<>();
        try (Stream<Path> files = Files.list(SEEDS)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                seedShingles.addAll(shingles(Files.readString(p, StandardCharsets.ISO_8859_1)));
            }
        }
        assertThat(seedShingles).as("seed shingles").isNotEmpty();
        List<String> copied = new ArrayList<>();
        for (Article a : LIBRARY.all()) {
            for (String s : shingles(a.title() + ". " + a.summary() + ". " + ArticleText.plain(a.body()))) {
                if (seedShingles.contains(s)) copied.add(a.id() + ": " + s);
            }
        }
        assertThat(copied).as("runs of " + SHINGLE + " words also in a seed document").isEmpty();
    }

    /** Every run of eight words, lower case, punctuation dropped; curly apostrophes count as straight ones. */
    static Set<String> shingles(String text) {
        String[] w = text.replace('\u2019', '\'').toLowerCase(Locale.ROOT).split("[^a-z0-9']+");
        List<String> words = Stream.of(w).map(x -> x.replaceAll("^'+|'+$", "")).filter(x -> !x.isEmpty()).toList();
        Set<String> out = new HashSet<>();
        for (int i = 0; i + SHINGLE <= words.size(); i++) out.add(String.join(" ", words.subList(i, i + SHINGLE)));
        return out;
    }
}
