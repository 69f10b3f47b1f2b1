package org.carejournal.report;

/** How to read a date such as 05/03/2024: day first (5 March) or month first (May 3). */
public enum DateOrder {
    /** Day, month, year: 05/03/2024 is 5 March 2024. */
    DMY,
    /** Month, day, year: 05/03/2024 is May 3, 2024. */
    MDY
}
