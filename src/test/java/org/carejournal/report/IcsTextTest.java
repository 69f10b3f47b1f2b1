package org.carejournal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** RFC 5545 text: CRLF, folding at 75 octets counted in UTF-8, TEXT escaping. */
class IcsTextTest {
    static final String CRLF = "\r\n";

    static Stream<Arguments> folds() {
        String a73 = "A".repeat(73);
        return Stream.of(
                Arguments.of("A".repeat(75), "A".repeat(75)),
                Arguments.of("A".repeat(76), "A".repeat(75) + CRLF + " A"),
                // A continuation line's leading space counts: 75, then 74 more, then the rest.
                Arguments.of("A".repeat(150), "A".repeat(75) + CRLF + " " + "A".repeat(74) + CRLF + " A"),
                // é is two octets: 37 of them make 74, the 38th would make 76.
                Arguments.of("é".repeat(38), "é".repeat(37) + CRLF + " é"),
                // An emoji is four octets and two UTF-16 chars: never split, moved whole to the next line.
                Arguments.of(a73 + "😀", a73 + CRLF + " 😀"),
                Arguments.of(a73 + "ü", a73 + "ü"),
                // Three-octet letters: 25 fill a line exactly.
                Arguments.of("語".repeat(26), "語".repeat(25) + CRLF + " 語"));
    }

    @ParameterizedTest
    @MethodSource("folds")
    void foldsAtSeventyFiveOctetsBetweenWholeCharacters(String line, String folded) {
        assertThat(IcsText.fold(line + CRLF)).isEqualTo(folded + CRLF);
    }

    @Test
    void linesAlreadyShortAndTheirBreaksAreKept() {
        assertThat(IcsText.fold("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).isEqualTo("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n");
    }

    /** The whole export of the test plan, as the file's octets. */
    static byte[] exportedFile() {
        return IcsText.bytes(IcsText.write(IcsCalendar.of(IcsCalendar.events(IcsPlan.content(),
                IcsWindow.months(IcsPlan.FROM, IcsPlan.MONTHS), IcsPlan.JOURNAL_UID, IcsCalendarTest.STAMP))));
    }

    @Test
    void everyLineEndsInCrlfIsAtMostSeventyFiveOctetsAndIsWholeUtf8() throws CharacterCodingException {
        byte[] file = exportedFile();
        String text = new String(file, StandardCharsets.UTF_8);
        assertThat(text).endsWith(CRLF);
        assertThat(text.replace(CRLF, "")).doesNotContain("\r").doesNotContain("\n");

        List<byte[]> lines = splitOnCrlf(file);
        for (byte[] line : lines) {
            assertThat(line.length).as(new String(line, StandardCharsets.UTF_8)).isLessThanOrEqualTo(75);
            // Each physical line decodes on its own: no character was cut in two by a fold.
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line));
        }
    }

    @Test
    void theLongNonAsciiNameIsFoldedAndUnfoldsToItself() {
        String text = new String(exportedFile(), StandardCharsets.UTF_8);
        String summary = "SUMMARY:" + escaped(IcsPlan.LONG_NAME + " 1000 mg");
        assertThat(summary.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(75);
        assertThat(text).doesNotContain(summary);
        assertThat(unfold(text)).contains(summary + CRLF);
    }

    @Test
    void commasSemicolonsBackslashesAndNewlinesAreEscaped() {
        String unfolded = unfold(new String(exportedFile(), StandardCharsets.UTF_8));
        assertThat(unfolded).contains("DESCRIPTION:Radium-223 lowers blood counts\\; a count is checked before "
                + "each dose\\, so ask the clinic\\\\lab for one.\\nBring the last results.\\n\\nSource: NICE.");
        assertThat(unfolded).contains("LOCATION:St Mary's Hospital\\, Ward 5\\; Level 2" + CRLF);
    }

    private static String escaped(String s) {
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
    }

    private static String unfold(String text) {
        return text.replace(CRLF + " ", "");
    }

    private static List<byte[]> splitOnCrlf(byte[] file) {
        List<byte[]> lines = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 0; i + 1 < file.length; i++) {
            if (file[i] == '\r' && file[i + 1] == '\n') {
                lines.add(Arrays.copyOfRange(file, start, i));
                start = i + 2;
                i++;
            }
        }
        return lines;
    }
}
