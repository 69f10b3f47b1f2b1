package org.carejournal.report;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** The text of an import file split into records, with the separator guessed from the header line. */
final class CsvFile {

    private CsvFile() {}

    /** One record of the file: its spreadsheet row number, cells and text. */
    record Line(int number, List<String> cells, String raw) {
        String cell(int index) {
            return index >= 0 && index < cells.size() && cells.get(index) != null ? cells.get(index) : "";
        }

        boolean isBlank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }

    /**
     * Parses every record into {@code lines}. Returns an error row when a quote is left open, which
     * makes the rest of the file unreadable; the records before it are kept so the preview shows them.
     */
    static PreviewRow parse(String text, List<Line> lines) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(separator(firstLine(text)))
                .setIgnoreEmptyLines(false)   // blank lines count as rows, as in a spreadsheet
                .setIgnoreSurroundingSpaces(true)
                .setTrim(true)
                .build();
        List<CSVRecord> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            try {
                for (CSVRecord record : parser) records.add(record);
            } catch (UncheckedIOException | IllegalStateException e) {
                int start = records.isEmpty() ? 0 : nextLineStart(text, (int) records.get(records.size() - 1).getCharacterPosition());
                int row = records.size() + 1;
                addLines(text, records, lines);
                int end = text.indexOf('\n', start);
                String raw = text.substring(start, end < 0 ? text.length() : end).strip();
                return new PreviewRow(row, RowStatus.ERROR, null,
                        "A quotation mark in this row is not closed, so the file cannot be read from here on.", raw);
            }
        }
        addLines(text, records, lines);
        return null;
    }

    private static void addLines(String text, List<CSVRecord> records, List<Line> lines) {
        for (int i = 0; i < records.size(); i++) {
            CSVRecord r = records.get(i);
            int start = (int) r.getCharacterPosition();
            int end = i + 1 < records.size() ? (int) records.get(i + 1).getCharacterPosition() : text.length();
            lines.add(new Line((int) r.getRecordNumber(), r.toList(), text.substring(start, end).strip()));
        }
    }

    static int firstNonBlank(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) if (!lines.get(i).isBlank()) return i;
        return -1;
    }

    private static String firstLine(String text) {
        for (String line : text.split("\r\n|\r|\n", 50)) if (!line.isBlank()) return line;
        return "";
    }

    private static int nextLineStart(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl + 1;
    }

    /** The separator used in the header: the most frequent of comma, semicolon and tab outside quotes. */
    static char separator(String headerLine) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (char ch : headerLine.toCharArray()) {
            if (ch == '"') quoted = !quoted;
            else if (!quoted && ch == ',') commas++;
            else if (!quoted && ch == ';') semicolons++;
            else if (!quoted && ch == '\t') tabs++;
        }
        if (tabs > commas && tabs > semicolons) return '\t';
        return semicolons > commas ? ';' : ',';
    }

    static String decode(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            return new String(bytes, StandardCharsets.UTF_16);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }
}
