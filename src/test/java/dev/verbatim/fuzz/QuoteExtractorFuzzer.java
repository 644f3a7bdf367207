/*
 * Coverage-guided fuzz target for the whole extractor, every quote type on: detection, the CoreNLP
 * analysis (on the windows the extractor chooses), the attribution rules for quoted spans and for
 * reported speech, and the assembly of quotes. Run it (ten minutes, the maxDuration below) with
 *
 *     mvn -Pfuzz test
 *
 * (the profile runs this class; `-Dfuzz.target=QuoteDetectorFuzzer` fuzzes the detector alone, far
 * faster). Without JAZZER_FUZZ the test replays every file of
 * src/test/resources/dev/verbatim/fuzz/QuoteExtractorFuzzerInputs/fuzzExtract/ once; a crashing
 * input is written there and kept as a regression input:
 *
 *     mvn test -Dtest=QuoteExtractorFuzzer
 */
package dev.verbatim.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.verbatim.Quote;
import dev.verbatim.QuoteExtractor;
import dev.verbatim.QuoteType;
import dev.verbatim.SharedExtractor;
import dev.verbatim.robust.Invariants;
import org.junit.jupiter.api.Timeout;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** The extractor's invariants hold on any text, with DIRECT, MIXED and INDIRECT quotes on. */
public class QuoteExtractorFuzzer {

    private static final QuoteExtractor EXTRACTOR = SharedExtractor.get();

    @FuzzTest(maxDuration = "10m")
    @Timeout(30) // a single input taking this long is a hang: the cost must stay linear in the input
    @DictionaryFile(resourcePath = "/fuzz/quote-marks.dict")
    @DictionaryFile(resourcePath = "/fuzz/reported-speech.dict")
    void fuzzExtract(byte[] input) {
        if (input == null) {
            return;
        }
        String text = new String(input, StandardCharsets.UTF_8);
        List<Quote> quotes = EXTRACTOR.extract(text);
        Invariants.assertConsistent(text, quotes);
        for (Quote q : quotes) {
            if (!EXTRACTOR.types().contains(q.type()) || q.rule().isBlank()) {
                throw new AssertionError("type or rule wrong: " + q);
            }
            if (q.type() == QuoteType.DIRECT && q.spans().size() > 1 + text.chars().filter(c -> c == '\n').count() * 2L + 8) {
                throw new AssertionError("a direct quote with more pieces than the text can hold: " + q);
            }
        }
    }
}
