package dev.verbatim.internal;

import dev.verbatim.Span;
import dev.verbatim.detect.Paragraphs;
import dev.verbatim.detect.QuotedSpan;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the parts of a text worth running the language models on, so that the cost follows the
 * quotes and not the bulk of the text: the paragraphs around each quote (two before it, for the
 * introduction and the people it names, and one after), the opening paragraphs (where an article
 * names its people in full), or the whole text when quotes are dense. A paragraph too long to be
 * prose is cut down to a window of characters around the quotes in it. Not API.
 */
public final class AnalysisWindows {

    /** Paragraphs before a quote analysed with it. */
    static final int BEFORE = 2;
    /** Paragraphs after a quote analysed with it. */
    static final int AFTER = 1;
    /** Opening paragraphs always analysed. */
    static final int LEAD = 3;
    /** Above this share of paragraphs in windows, the whole text is analysed in one go. */
    static final double WHOLE_TEXT_SHARE = 0.5;
    /** Longest paragraph analysed whole; longer ones only around their quotes. */
    public static final int MAX_PARAGRAPH = 20_000;
    /** Share of letters among the visible characters of a paragraph that reads as prose. */
    static final double MIN_LETTER_SHARE = 0.6;
    /** Characters kept on each side of a quote inside an over-long paragraph. */
    static final int MARGIN = 2_000;

    private AnalysisWindows() {
    }

    /** Ordered, non-overlapping windows of {@code text} covering every quote's surroundings. */
    public static List<Span> around(String text, List<QuotedSpan> quotes) {
        return windows(text, quotes, false);
    }

    /**
     * Ordered, non-overlapping windows of {@code text} covering every paragraph that can be prose
     * (for reported speech, which needs no quotation marks), and around the quotes of paragraphs
     * too long to be prose.
     */
    public static List<Span> prose(String text, List<QuotedSpan> quotes) {
        return windows(text, quotes, true);
    }

    private static List<Span> windows(String text, List<QuotedSpan> quotes, boolean everyParagraph) {
        List<Span> paragraphs = Paragraphs.of(text);
        if (paragraphs.isEmpty() || quotes.isEmpty() && !everyParagraph) {
            return List.of();
        }
        boolean[] keep = new boolean[paragraphs.size()];
        if (everyParagraph) {
            for (int p = 0; p < keep.length; p++) {
                keep[p] = prose(text, paragraphs.get(p));
            }
        }
        for (int p = 0; p < Math.min(LEAD, keep.length); p++) {
            keep[p] = !everyParagraph || keep[p];
        }
        for (QuotedSpan q : quotes) {
            int first = q.paragraph();
            int last = paragraphOf(paragraphs, q.extent().end() - 1, first);
            for (int p = Math.max(0, first - BEFORE); p <= Math.min(keep.length - 1, last + AFTER); p++) {
                keep[p] = true;
            }
        }
        int kept = 0;
        boolean longParagraph = false;
        for (int p = 0; p < keep.length; p++) {
            if (keep[p]) {
                kept++;
                longParagraph |= paragraphs.get(p).length() > MAX_PARAGRAPH;
            }
        }
        if (!longParagraph && kept >= WHOLE_TEXT_SHARE * keep.length) {
            return List.of(new Span(0, text.length()));
        }
        List<Span> windows = new ArrayList<>();
        for (int p = 0; p < keep.length; p++) {
            if (!keep[p]) {
                continue;
            }
            Span para = paragraphs.get(p);
            if (para.length() <= MAX_PARAGRAPH) {
                add(windows, para);
                continue;
            }
            for (QuotedSpan q : quotes) {
                Span e = q.extent();
                if (e.overlaps(para) || para.begin() <= e.begin() && e.begin() <= para.end()) {
                    int b = Math.max(para.begin(), Math.min(e.begin(), q.openMark()) - MARGIN);
                    int en = Math.min(para.end(), e.end() + MARGIN);
                    add(windows, new Span(wordStart(text, b, para.begin()), wordEnd(text, en, para.end())));
                }
            }
        }
        return windows;
    }

    /**
     * Whether a paragraph reads as prose: at least {@value #MIN_LETTER_SHARE} of its visible
     * characters are letters. Runs of quotation marks, numbers tables and binary garbage are not
     * searched for reported speech (the tagger is slow on them, and they hold none), only around
     * their quotes.
     */
    static boolean prose(String text, Span paragraph) {
        int letters = 0;
        int visible = 0;
        for (int i = paragraph.begin(); i < paragraph.end(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                visible++;
                if (Character.isLetter(c)) {
                    letters++;
                }
            }
        }
        return letters >= MIN_LETTER_SHARE * visible;
    }

    private static int paragraphOf(List<Span> paragraphs, int offset, int from) {
        int p = from;
        while (p + 1 < paragraphs.size() && paragraphs.get(p + 1).begin() <= offset) {
            p++;
        }
        return p;
    }

    /** Appends {@code w}, merging it with the last window when they touch or overlap. */
    private static void add(List<Span> windows, Span w) {
        if (!windows.isEmpty()) {
            Span last = windows.get(windows.size() - 1);
            if (w.begin() <= last.end()) {
                windows.set(windows.size() - 1, new Span(last.begin(), Math.max(last.end(), w.end())));
                return;
            }
        }
        windows.add(w);
    }

    private static int wordStart(String text, int i, int floor) {
        while (i > floor && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int wordEnd(String text, int i, int ceiling) {
        while (i < ceiling && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
