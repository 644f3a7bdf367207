/*
 * Coverage-guided fuzz target for the quote detector (Jazzer's JUnit integration). It is not part
 * of the default build: its name does not match Surefire's default test patterns, and only the
 * profile `fuzz` includes it. Run it (fuzzing for 10 minutes, the maxDuration below) with
 *
 *     mvn -Pfuzz test
 *
 * The profile sets JAZZER_FUZZ=1 and runs only this class; the run stops after the maxDuration
 * below (10 minutes) or at the first finding. The generated corpus goes to .cifuzz-corpus/ in the
 * project directory (not to be committed). A crashing input is written to
 * src/test/resources/dev/verbatim/fuzz/QuoteDetectorFuzzerInputs/fuzzDetect/ and is kept there as
 * a regression input, beside the hand-written seeds that start the fuzzer from realistic text.
 * Without JAZZER_FUZZ the test replays every file of that directory once, in a second:
 *
 *     mvn test -Dtest=QuoteDetectorFuzzer
 */
package dev.verbatim.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.verbatim.Span;
import dev.verbatim.detect.QuoteDetector;
import dev.verbatim.detect.QuotedSpan;
import org.junit.jupiter.api.Timeout;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** The detector's invariants hold on any text. No CoreNLP involved: tens of thousands of runs a second. */
public class QuoteDetectorFuzzer {

    private static final QuoteDetector DETECTOR = new QuoteDetector();
    private static final String MARKS = "“”\"„‘’'‚«»‹›";

    @FuzzTest(maxDuration = "10m")
    @Timeout(10) // a single input taking this long is a hang: the detector must be linear
    @DictionaryFile(resourcePath = "/fuzz/quote-marks.dict") // marks, entities, apostrophes, spaces
    @DictionaryFile(resourcePath = "/fuzz/mark-typos.dict") // “…’’ and ” typed as an opening mark
    void fuzzDetect(byte[] input) {
        if (input == null) {
            return;
        }
        String text = new String(input, StandardCharsets.UTF_8);
        check(text, DETECTOR.detect(text));
    }

    /** Throws AssertionError (a finding) when an invariant does not hold. */
    public static void check(String text, List<QuotedSpan> spans) {
        int previousBegin = -1;
        for (QuotedSpan q : spans) {
            List<Span> pieces = q.pieces();
            require(!pieces.isEmpty(), "no pieces", text, q);
            require(q.depth() >= 0, "negative depth", text, q);
            require(q.paragraph() >= 0, "negative paragraph", text, q);
            int end = -1;
            for (Span p : pieces) {
                require(p.begin() >= 0 && p.end() <= text.length(), "piece outside the text", text, q);
                require(p.length() > 0, "empty piece", text, q);
                require(p.begin() >= end, "pieces out of order or overlapping", text, q);
                require(!Character.isWhitespace(text.charAt(p.begin()))
                        && !Character.isWhitespace(text.charAt(p.end() - 1)), "piece not trimmed", text, q);
                end = p.end();
            }
            int first = pieces.get(0).begin();
            int last = pieces.get(pieces.size() - 1).end();
            require(q.openMark() >= 0 && q.openMark() < first, "open mark not before the first piece", text, q);
            require(isMarkAt(text, q.openMark()), "no quotation mark at the open mark", text, q);
            require(q.closeMark() == -1 || q.closeMark() >= last && q.closeMark() < text.length(),
                    "close mark not after the last piece", text, q);
            require(q.closeMark() == -1 || isMarkAt(text, q.closeMark()), "no quotation mark at the close mark", text, q);
            for (Span p : pieces) {
                require(!hasLineBreak(text, p.begin(), p.end()), "piece crosses a paragraph break", text, q);
            }
            if (q.markStyle() == '“' && q.closeMark() >= 0 && (text.charAt(q.closeMark()) == '’' || text.charAt(q.closeMark()) == '\'')) {
                // “…’’: two apostrophes, the first of them the closing mark or (“…‘no’’) an inner quote's
                char c = text.charAt(q.closeMark());
                boolean pair = q.closeMark() + 1 < text.length() && text.charAt(q.closeMark() + 1) == c
                        || q.closeMark() > 0 && text.charAt(q.closeMark() - 1) == c;
                require(pair, "a “ closed by a lone apostrophe", text, q);
            }
            if (q.markStyle() == '”' && text.charAt(q.openMark()) == '”') {
                require(opensAsTyped(text, q.openMark()), "a ” opening mark neither at a paragraph nor a sentence start", text, q);
            }
            require(first >= previousBegin, "quotes not ordered by start", text, q);
            previousBegin = first;
        }
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }

    private static boolean hasLineBreak(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isLineBreak(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A ” may open a quote first on its line (after white space) or after ". ", "! ", "? ", "… ", ": ". */
    private static boolean opensAsTyped(String text, int mark) {
        int i = mark - 1;
        while (i >= 0 && !isLineBreak(text.charAt(i)) && (Character.isWhitespace(text.charAt(i))
                || Character.isSpaceChar(text.charAt(i)) || text.charAt(i) == '\u200B' || text.charAt(i) == '\uFEFF'
                || text.charAt(i) == '\u200C' || text.charAt(i) == '\u200D' || text.charAt(i) == '\u2060')) {
            i--;
        }
        return i < 0 || isLineBreak(text.charAt(i)) || i < mark - 1 && ".!?…:".indexOf(text.charAt(i)) >= 0;
    }

    /** A quotation mark character, or an HTML entity standing for one (&quot;, &#8220;, ...). */
    private static boolean isMarkAt(String text, int i) {
        char c = text.charAt(i);
        return MARKS.indexOf(c) >= 0 || c == '&';
    }

    private static void require(boolean ok, String what, String text, QuotedSpan q) {
        if (!ok) {
            throw new AssertionError(what + ": " + q + " in text of length " + text.length() + ": "
                    + escape(text.length() > 500 ? text.substring(0, 500) + "…" : text));
        }
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (cp < 0x20 || cp > 0x7e) {
                sb.append(String.format("\\u{%x}", cp));
            } else {
                sb.append((char) cp);
            }
        });
        return sb.toString();
    }
}
