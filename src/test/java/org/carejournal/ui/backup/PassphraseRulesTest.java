package org.carejournal.ui.backup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PassphraseRulesTest {

    @ParameterizedTest(name = "\"{0}\" / \"{1}\"")
    @CsvSource(delimiter = '|', nullValues = "OK", value = {
            "''              | ''              | Use at least 8 characters; a few words are easy to remember.",
            "short7!         | short7!         | Use at least 8 characters; a few words are easy to remember.",
            "eight ch        | eight ch        | OK",
            "eight ch        | eight cH        | The two passphrases differ. Type the same one twice.",
            "Grüße aus Köln  | Grüße aus Köln  | OK"})
    void aNewPassphraseIsLongEnoughAndTypedTheSameTwice(String first, String again, String problem) {
        assertThat(PassphraseDialogs.problem(first, again)).isEqualTo(problem);
    }
}
