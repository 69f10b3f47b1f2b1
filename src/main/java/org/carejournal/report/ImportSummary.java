package org.carejournal.report;

/** What an import did: readings added, readings skipped as already kept, rows refused. */
public record ImportSummary(int imported, int duplicates, int rejected) {}
