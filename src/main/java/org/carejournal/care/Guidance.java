package org.carejournal.care;

import org.carejournal.domain.checkin.RedFlag;

/**
 * What the app tells a person when a red flag is raised. It never names a diagnosis and never
 * advises on treatment: it says who to contact and how soon.
 *
 * @param title     a short plain heading
 * @param action    who to call and how soon, in a few short sentences
 * @param source    the organisation the pattern and the advice come from, as shown on screen
 * @param articleTag the library tag of the article that explains the sign further
 */
public record Guidance(RedFlag flag, String title, String action, String source, String articleTag) {
}
