package org.carejournal.ui.summary;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/**
 * Prints through the operating system's print dialog (Java's print service), page by page as the PDF
 * lays them out, so paper and printer are chosen as in any other program.
 */
public final class SystemPrinter implements SummaryPrinter {
    @Override
    public boolean print(PDDocument summary) throws PrinterException {
        PrinterJob job = PrinterJob.getPrinterJob();
        job.setJobName("Care Journal summary");
        job.setPageable(new PDFPageable(summary));
        if (!job.printDialog()) return false;
        job.print();
        return true;
    }
}
