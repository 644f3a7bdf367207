package dev.verbatim.detect;

import dev.verbatim.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into paragraphs: maximal runs of text between line breaks (LF, CR, CR LF, U+2028,
 * U+2029). Lines holding only white space are not paragraphs, and paragraph indexes count only
 * real paragraphs. Spans are trimmed of surrounding white space.
 */
public final class Paragraphs {

    private Paragraphs() {
    }

    public static List<Span> of(String text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        for (int i = 0; i <= n; i++) {
            if (i == n || isLineBreak(text.charAt(i))) {
                int a = start;
                int b = i;
                while (a < b && Chars.isSpace(text.charAt(a))) {
                    a++;
                }
                while (b > a && Chars.isSpace(text.charAt(b - 1))) {
                    b--;
                }
                if (b > a) {
                    out.add(new Span(a, b));
                }
                start = i + 1;
            }
        }
        return out;
    }

    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }
}
