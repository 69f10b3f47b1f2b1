package org.carejournal.library;

/**
 * An article chosen for a screen, with why it was chosen.
 *
 * @param reason the reason of the strongest signal that picked it
 */
public record Suggestion(Article article, String reason) {}
