package org.carejournal.report.summary;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.carejournal.domain.DateRange;

/**
 * What to put in an appointment summary.
 *
 * @param from       first day of the period (inclusive)
 * @param to         last day of the period (inclusive)
 * @param sections   the sections to print (those without data are left out anyway)
 * @param largePrint bigger type throughout, for readers who need it
 */
public record SummaryRequest(long personId, LocalDate from, LocalDate to, Audience audience, Set<Section> sections,
                             boolean largePrint, Paper paper) {

    public SummaryRequest {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(paper, "paper");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends (" + to + ") before it starts (" + from + ")");
        }
        sections = sections == null || sections.isEmpty() ? EnumSet.noneOf(Section.class) : EnumSet.copyOf(sections);
        sections = Set.copyOf(sections);
    }

    /** A request with the sections of an audience preset. */
    public static SummaryRequest of(long personId, LocalDate from, LocalDate to, Audience audience, boolean largePrint,
                                    Paper paper) {
        return new SummaryRequest(personId, from, to, audience, audience.sections(), largePrint, paper);
    }

    public DateRange range() {
        return new DateRange(from, to);
    }

    public boolean has(Section s) {
        return sections.contains(s);
    }
}
