package org.carejournal.library;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Small made-up libraries for the search and chooser tests, so they do not depend on the shipped wording. */
final class LibraryFixtures {
    private LibraryFixtures() {}

    static Article article(String id, String title, String body, String... tags) {
        return new Article(id, title, title + " in brief.", "Treatments", Set.of(tags), List.of("Org: Page"),
                LocalDate.of(2026, 11, 25), body, List.of());
    }

    static ArticleLibrary library() {
        return new ArticleLibrary(List.of(
                article("psa", "Following your PSA",
                        "PSA is a protein in the blood. The doubling time is how long the PSA takes to double. "
                                + "A short doubling time means a faster rise. Time matters.", "psa", "lab-psa"),
                article("bones", "Bone health",
                        "Bone drugs protect bones. See a dentist before the first dose. Time spent at the dentist "
                                + "helps.", "bone-drugs", "dental"),
                article("pain", "Managing pain",
                        "Take pain medicine by the clock. Breakthrough pain needs a rescue dose. Doubling up is "
                                + "not the answer.", "pain", "red-flag-pain"),
                article("urgent", "Symptoms that need help today",
                        "Call the 24-hour line for a fever. Strong pain two days running needs a call.",
                        "red-flags", "red-flag-pain", "red-flag-infection")));
    }
}
