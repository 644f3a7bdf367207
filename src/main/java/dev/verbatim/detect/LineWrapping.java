package dev.verbatim.detect;

import java.util.Arrays;

/**
 * Reads a hard-wrapped text as its writer meant it. Wire copy, e-mail newsletters and plain-text
 * archives often break every line at a fixed width and separate paragraphs by a blank line; read
 * line by line, every such break would end a paragraph and a sentence, cutting quotations and
 * reported clauses in two. In a text that is hard-wrapped, {@link #unwrapped(String)} turns each
 * line break between two non-blank lines into spaces, one for one, so that every offset into the
 * result is the same offset into the text. Line breaks and white space are those of
 * {@link Paragraphs}. Not API.
 *
 * <p>A text counts as hard-wrapped when, over the line breaks that join two non-blank lines, at least
 * {@link #MIN_SOFT_BREAKS} and {@link #MIN_SOFT_SHARE} of them fall inside a sentence (the line ends
 * with a comma, a semicolon or a lower-case word, or the next one starts in lower case), the lines
 * before them are mostly short ({@value #MAX_WIDTH} characters or less for 95% of them: a paragraph
 * kept on one line is longer) and not mostly list items or headings (median
 * {@value #MIN_MEDIAN_WIDTH} characters or more). A text with one paragraph a line, or a list of
 * headlines, does not; in it, only a stray break between two lower-case words is joined. The cost
 * is linear in the text but for a sort of the line lengths.
 */
public final class LineWrapping {

    /** Longest line, for 95% of the lines that continue, in a hard-wrapped text. */
    static final int MAX_WIDTH = 110;
    /** Shortest median length of the lines that continue: shorter ones are lists or headings. */
    static final int MIN_MEDIAN_WIDTH = 40;
    /** Fewest line breaks inside a sentence. */
    static final int MIN_SOFT_BREAKS = 3;
    /** Least share of the line breaks between non-blank lines that fall inside a sentence. */
    static final double MIN_SOFT_SHARE = 0.4;

    private LineWrapping() {
    }

    /**
     * {@code text} itself when it is not hard-wrapped and has no stray break between two lower-case
     * words; otherwise a string of the same length in which each such line break (LF, CR, CR LF or
     * U+2028), or in a hard-wrapped text each between two non-blank lines, is made of spaces.
     * Blank lines, and U+2029 (a paragraph separator), still end paragraphs.
     */
    public static String unwrapped(String text) {
        int n = text.length();
        // line i spans [starts[i], ends[i]); its break runs [ends[i], starts[i + 1])
        int[] starts = new int[16];
        int[] ends = new int[16];
        int lines = 0;
        int start = 0;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : '\n';
            if (Paragraphs.isLineBreak(c)) {
                if (lines == starts.length) {
                    starts = Arrays.copyOf(starts, lines * 2);
                    ends = Arrays.copyOf(ends, lines * 2);
                }
                starts[lines] = start;
                ends[lines] = i;
                lines++;
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        int joins = 0;
        int soft = 0;
        int[] widths = new int[lines];
        for (int k = 0; k + 1 < lines; k++) {
            if (continues(text, starts, ends, k)) {
                widths[joins++] = trimmedEnd(text, starts[k], ends[k]) - starts[k];
                if (insideSentence(text, starts[k], ends[k], starts[k + 1], ends[k + 1])) {
                    soft++;
                }
            }
        }
        boolean wrapped = soft >= MIN_SOFT_BREAKS && soft >= MIN_SOFT_SHARE * joins;
        if (wrapped) {
            int[] sorted = Arrays.copyOf(widths, joins);
            Arrays.sort(sorted);
            wrapped = sorted[(int) (0.95 * (joins - 1))] <= MAX_WIDTH && sorted[joins / 2] >= MIN_MEDIAN_WIDTH;
        }
        char[] out = null;
        for (int k = 0; k + 1 < lines; k++) {
            if (continues(text, starts, ends, k) && (wrapped || midWord(text, starts, ends, k))) {
                if (out == null) {
                    out = text.toCharArray();
                }
                Arrays.fill(out, ends[k], starts[k + 1], ' ');
            }
        }
        return out == null ? text : new String(out);
    }

    /**
     * Whether the break after line {@code k} falls between two lower-case words ("to participate
     * personally⏎in caucuses"): a stray hard wrap inside a sentence, also in a text that is not
     * hard-wrapped as a whole. A paragraph does not end on a lower-case word without punctuation
     * and go on with a lower-case one.
     */
    private static boolean midWord(String text, int[] starts, int[] ends, int k) {
        int end = trimmedEnd(text, starts[k], ends[k]);
        int first = starts[k + 1];
        while (first < ends[k + 1] && Chars.isSpace(text.charAt(first))) {
            first++;
        }
        return Character.isLowerCase(text.charAt(end - 1)) && Character.isLowerCase(text.charAt(first));
    }

    /** Whether line {@code k} and the next are both non-blank and joined by a line break, not U+2029. */
    private static boolean continues(String text, int[] starts, int[] ends, int k) {
        return text.charAt(ends[k]) != '\u2029' && !blank(text, starts[k], ends[k]) && !blank(text, starts[k + 1], ends[k + 1]);
    }

    /**
     * Whether a break between the lines {@code [a, b)} and {@code [c, d)} falls inside a sentence: the
     * first ends with a comma, a semicolon or a word in lower case, or the second begins in lower case.
     */
    private static boolean insideSentence(String text, int a, int b, int c, int d) {
        int end = trimmedEnd(text, a, b);
        char last = text.charAt(end - 1);
        if (last == ',' || last == ';') {
            return true;
        }
        if (Character.isLetterOrDigit(last)) {
            int w = end;
            while (w > a && !Chars.isSpace(text.charAt(w - 1))) {
                w--;
            }
            if (Character.isLowerCase(text.charAt(w))) {
                return true;
            }
        }
        int first = c;
        while (first < d && Chars.isSpace(text.charAt(first))) {
            first++;
        }
        return Character.isLowerCase(text.charAt(first));
    }

    private static int trimmedEnd(String text, int a, int b) {
        while (b > a && Chars.isSpace(text.charAt(b - 1))) {
            b--;
        }
        return b;
    }

    private static boolean blank(String text, int a, int b) {
        return trimmedEnd(text, a, b) == a;
    }
}
