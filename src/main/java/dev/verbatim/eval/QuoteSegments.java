package dev.verbatim.eval;

import dev.verbatim.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The candidate segments of the direct-quote view, as {@code segments()} of {@code score.py} finds
 * them: every paired “…” / "…" segment, and every paragraph that a quote continued into the next
 * paragraph leaves open. Spans include the quotation marks (for an open paragraph: from the line
 * start to just after the line break).
 *
 * <p>The regular expressions are those of {@code score.py} with Python's semantics: {@code ^} after
 * line feeds only, {@code \s} as Python's {@code str.isspace()}. Working on UTF-16 indices gives the
 * same segments as Python's code-point indices, since every boundary is next to a BMP character; in
 * particular Python's minimum length of 3 code points between the two marks is a minimum of 3 code
 * units.
 */
final class QuoteSegments {

    private static final Pattern QUOTE_SEG = Pattern.compile("[“\"][^“”\"]*?[”\"]");
    private static final Pattern OPEN_PARA = Pattern.compile(
            "^[ \\t]*“[^“”\"\\n]+(?=\\n" + PythonText.WHITESPACE_CLASS + "*“)",
            Pattern.MULTILINE | Pattern.UNIX_LINES);

    private QuoteSegments() {
    }

    /** The segments of {@code text}, sorted by begin, then end. */
    static List<Span> of(String text) {
        List<Span> found = new ArrayList<>();
        Matcher paired = QUOTE_SEG.matcher(text);
        while (paired.find()) {
            if (paired.end() - paired.start() >= 3) {
                found.add(new Span(paired.start(), paired.end()));
            }
        }
        Matcher open = OPEN_PARA.matcher(text);
        while (open.find()) {
            int begin = open.start();
            if (found.stream().noneMatch(s -> s.begin() <= begin && begin < s.end())) {
                found.add(new Span(begin, open.end() + 1));
            }
        }
        found.sort(null);
        return found;
    }
}
