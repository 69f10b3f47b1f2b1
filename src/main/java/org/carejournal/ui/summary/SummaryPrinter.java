package org.carejournal.ui.summary;

import java.awt.print.PrinterException;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Sends a summary to a printer; the window's one shows the system print dialog first. */
@FunctionalInterface
public interface SummaryPrinter {
    /** @return false when the person closed the print dialog without printing */
    boolean print(PDDocument summary) throws PrinterException;
}
