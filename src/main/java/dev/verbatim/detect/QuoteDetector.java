package dev.verbatim.detect;

import dev.verbatim.Span;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the stretches of text between matching quotation marks.
 *
 * <p>Handles curly (“…”), straight ("…"), single (‘…’, '…'), guillemet («…», ‹…›) and German
 * („…“) marks; quotes inside quotes; quotes continued over paragraphs (a paragraph that ends with
 * the quote open and a next paragraph that starts with a new opening mark). Apostrophes (Putin’s,
 * Jones’ farm, won’t, ’90s, rock ’n’ roll) are never taken for marks. A mark that is never closed
 * in its paragraph is ignored, so it cannot swallow the rest of the text. Quote marks inside
 * markup tags ({@code <tweet id="…">}) are ignored. Runs in time linear in the text's length.
 *
 * <p>Three real-world typing errors are read as a reader reads them (see {@link #closesWithPair},
 * {@link #typedOpener} and {@link #typedCloser}): a “ closed by two apostrophes (“We won,’’ he
 * said; also “We won,'' he said), ” typed as the opening mark at the start of a paragraph or of a
 * sentence (”We won,” he said), also as the new opening mark of a quote continued over paragraphs,
 * and “ typed as the closing mark after the quoted words (“We won,“ he said).
 *
 * <p>Stateless and thread-safe.
 */
public final class QuoteDetector {

    /** Retries per paragraph with unmatched opening marks disabled; bounds the work per paragraph. */
    private static final int MAX_RESCANS = 4;
    private static final int MAX_TAG_LENGTH = 1000;
    /**
     * Stands for two apostrophes used as a double mark (''Like this,'' he said), the convention of
     * typewritten and some archived news text; reported as {@link QuotedSpan#markStyle()}.
     */
    public static final char DOUBLED_APOSTROPHE = '″';
    /** Longest HTML entity read as a quotation mark ("&#x201C;"). */
    private static final int MAX_ENTITY = 9;
    /** How far to look for a better closing mark after a possessive-looking ’. */
    private static final int LOOKAHEAD = 2000;

    /** Returns every quoted stretch of {@code text}, nested ones included, ordered by start. */
    public List<QuotedSpan> detect(String text) {
        List<Span> paragraphs = Paragraphs.of(text);
        List<QuotedSpan> out = new ArrayList<>();
        Continuation open = null;
        for (int p = 0; p < paragraphs.size(); p++) {
            Span para = paragraphs.get(p);
            Span next = p + 1 < paragraphs.size() ? paragraphs.get(p + 1) : null;
            // a continued quote's paragraph starts with the new opening mark
            int from = open != null ? para.begin() + 1 : para.begin();
            open = scanParagraph(text, from, para.end(), p, open, next, out);
        }
        out.sort(Comparator.comparingInt((QuotedSpan q) -> q.extent().begin()).thenComparingInt(QuotedSpan::depth));
        return out;
    }

    /** A top-level quote left open at a paragraph end, continued by the next paragraph. */
    private record Continuation(char mark, int openMark, int paragraph, List<Span> pieces) {
    }

    /** An opening mark: where it is, its character ('"' for two apostrophes) and its width. */
    private record Open(int pos, char mark, int width) {
    }

    private static boolean continues(String text, char mark, Span next) {
        if (next == null || next.length() < 2) {
            return false;
        }
        char c = text.charAt(next.begin());
        if (c == '”') {
            // ” typed for the new opening mark: only before a word, and only in a paragraph that
            // closes the quote, so that a closing mark put at the start of the next line (” he
            // said) or a stray one never extends a quote
            return (mark == '“' || mark == '”') && opensWord(text.charAt(next.begin() + 1))
                    && hasClosingCurly(text, next.begin() + 2, next.end());
        }
        if (mark == '”' && c != '“') {
            return false; // a quote opened with a typed ” goes on only in curly marks
        }
        return isOpenerChar(c) && family(c) == family(mark) && !isApostrophe(text, next.begin(), next.begin(), next.end());
    }

    /** Whether a ” in closing position (after a non-space) stands in [{@code from}, {@code to}). */
    private static boolean hasClosingCurly(String text, int from, int to) {
        for (int j = from; j < to; j++) {
            if (text.charAt(j) == '”' && !Chars.isSpace(text.charAt(j - 1))) {
                return true;
            }
        }
        return false;
    }

    /** What may follow a ” typed as an opening mark: a word, or ‘ … ( [ opening one. */
    private static boolean opensWord(char c) {
        return Chars.isWordChar(c) || c == '‘' || c == '…' || c == '(' || c == '[';
    }

    /**
     * Scans one paragraph, adds its quotes to {@code out}, and returns the quote it leaves open for
     * the next paragraph, if any. With {@code carried} non-null, the paragraph continues a quote
     * from the previous one, whose new opening mark is the character before {@code from}.
     */
    private Continuation scanParagraph(String text, int from, int to, int paragraph, Continuation carried,
                                       Span nextParagraph, List<QuotedSpan> out) {
        BitSet disabled = new BitSet();
        for (int attempt = 0; ; attempt++) {
            Scan scan = new Scan(text, from, to, paragraph, carried);
            OpenStack stack = scan.stack;
            if (carried != null) {
                stack.push(new Open(from - 1, carried.mark, 1));
            }
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (c == '<' && i + 1 < to && (Character.isLetter(text.charAt(i + 1)) || text.charAt(i + 1) == '/')) {
                    int close = scan.nextTagEnd(i);
                    if (close < to && close - i < MAX_TAG_LENGTH) {
                        i = close;
                        continue;
                    }
                }
                int width = 1;
                if (c == '&') {
                    // a quotation mark left as an HTML entity in scraped text: &quot; &#8220; &ldquo;
                    int end = indexOf(text, ';', i, Math.min(to, i + MAX_ENTITY + 1));
                    char mark = end > i ? HtmlMarks.decode(text.substring(i, end + 1)) : 0;
                    if (mark == 0) {
                        continue;
                    }
                    c = mark;
                    width = end + 1 - i;
                }
                if (!isMarkChar(c) || disabled.get(i - from)) {
                    continue;
                }
                char prev = i > from ? text.charAt(i - 1) : ' ';
                char next = i + width < to ? text.charAt(i + width) : ' ';
                if (width > 1 && family(c) == Family.SINGLE && Chars.isWordChar(prev) && Chars.isWordChar(next)) {
                    i += width - 1;
                    continue; // don&#39;t
                }
                if (c == '\'' && next == '\'') {
                    // two apostrophes stand for a double mark (''Like this,'' he said)
                    boolean triple = i + 2 < to && text.charAt(i + 2) == '\'';
                    if (triple && !Chars.isSpace(prev)) {
                        next = ' '; // ''' closing: a single mark, then the double one
                    } else {
                        c = DOUBLED_APOSTROPHE;
                        width = 2;
                        next = i + 2 < to ? text.charAt(i + 2) : ' ';
                    }
                }
                if (prev == '=' || width == 1 && text.charAt(i) != '&' && isApostrophe(text, i, from, to)) {
                    continue; // markup attribute value, or an apostrophe
                }
                if (closesWithPair(scan, c, width, prev, i)) {
                    i++; // the pair's second apostrophe
                    continue;
                }
                int match = matchingOpen(stack, c, prev, next, text, i, to);
                if (match >= 0) {
                    scan.close(match, i, i);
                } else if (typedCloser(scan, c, prev, next, i)) {
                    scan.close(stack.size() - 1, i, i);
                } else if (canOpen(c, prev, next) || typedOpener(scan, c, prev, next, i)) {
                    stack.push(new Open(i, c, width));
                }
                i += width - 1;
            }
            List<QuotedSpan> found = scan.found;
            int unmatched = stack.size() - (scan.carriedOpen ? 1 : 0);
            if (unmatched == 0) {
                out.addAll(found);
                if (!scan.carriedOpen) {
                    return null;
                }
                List<Span> pieces = withPiece(carried.pieces, trim(text, from, to));
                if (continues(text, carried.mark, nextParagraph)) {
                    return new Continuation(carried.mark, carried.openMark, carried.paragraph, pieces);
                }
                // the last paragraph of a continued quote was never closed: keep what it quoted
                if (!pieces.isEmpty()) {
                    out.add(new QuotedSpan(pieces, carried.openMark, -1, 0, carried.paragraph, carried.mark));
                }
                return null;
            }
            if (stack.size() == 1 && opensQuoteParagraph(text, from, stack.get(0).pos, found)
                    && continues(text, stack.get(0).mark, nextParagraph)) {
                Open bottom = stack.get(0);
                out.addAll(found);
                return new Continuation(bottom.mark, bottom.pos, paragraph,
                        withPiece(List.of(), trim(text, bottom.pos + bottom.width, to)));
            }
            if (attempt >= MAX_RESCANS) {
                out.addAll(found);
                return null;
            }
            // marks opened and never closed: scan again without them
            for (Open o : stack.items) {
                if (o.pos >= from) {
                    disabled.set(o.pos - from);
                }
            }
        }
    }

    /** The state of one scan of a paragraph: its open marks and the quotes closed so far. */
    private static final class Scan {
        final String text;
        final int from;
        final int to;
        final int paragraph;
        final Continuation carried;
        final OpenStack stack = new OpenStack();
        final List<QuotedSpan> found = new ArrayList<>();
        /** Whether the carried quote (the stack's bottom) is still open. */
        boolean carriedOpen;
        /** {@link #nextTagEnd}'s last answer and the offset it was asked from. */
        private int tagAskedFrom = -1;
        private int tagAnswer = -1;
        /** {@link #nextDoubleMark}'s last answer and the offset it was asked from. */
        private int askedFrom = -1;
        private int answer = -1;

        Scan(String text, int from, int to, int paragraph, Continuation carried) {
            this.text = text;
            this.from = from;
            this.to = to;
            this.paragraph = paragraph;
            this.carried = carried;
            this.carriedOpen = carried != null;
        }

        /**
         * Closes the open mark at stack index {@code match} with the mark at {@code closeMark},
         * the quoted words ending before {@code wordsEnd}; what opened above it never closed.
         */
        void close(int match, int closeMark, int wordsEnd) {
            Open o = stack.get(match);
            stack.truncate(match);
            Span piece = trim(text, o.pos + o.width, wordsEnd);
            if (carriedOpen && match == 0) {
                carriedOpen = false;
                List<Span> pieces = withPiece(carried.pieces, piece);
                if (!pieces.isEmpty()) {
                    found.add(new QuotedSpan(pieces, carried.openMark, closeMark, 0, carried.paragraph, carried.mark));
                }
            } else if (piece != null) {
                found.add(new QuotedSpan(List.of(piece), o.pos, closeMark, match, paragraph, o.mark));
            }
        }

        /**
         * The offset of the first > at or after {@code i} in the paragraph, or {@code to}. Asked
         * with offsets that only grow, it reads each character once per scan.
         */
        int nextTagEnd(int i) {
            if (i < tagAskedFrom || i > tagAnswer) {
                int j = indexOf(text, '>', i, to);
                tagAskedFrom = i;
                tagAnswer = j < 0 ? to : j;
            }
            return tagAnswer;
        }

        /** The double mark (“ ” ") at {@code j}, written as such or as an HTML entity, or 0. */
        char doubleMarkAt(int j) {
            char c = text.charAt(j);
            if (c == '&') {
                int end = indexOf(text, ';', j, Math.min(to, j + MAX_ENTITY + 1));
                c = end > j ? HtmlMarks.decode(text.substring(j, end + 1)) : 0;
            }
            return c == '“' || c == '”' || c == '"' ? c : 0;
        }

        /**
         * The offset of the first double mark (“ ” ", or an entity for one) at or after {@code i}
         * in the paragraph, or {@code to}. Asked with offsets that only grow, it reads each
         * character once per scan.
         */
        int nextDoubleMark(int i) {
            if (i >= askedFrom && i <= answer) {
                return answer;
            }
            int j = i;
            while (j < to && doubleMarkAt(j) == 0) {
                j++;
            }
            askedFrom = i;
            answer = j;
            return j;
        }
    }

    /**
     * The open marks of a scan, counting those that a ” could close and those of two apostrophes,
     * with the stack indexes of each kind of opening mark, so that the topmost mark a closing one
     * closes is found in constant time however many unclosed marks lie under it.
     */
    private static final class OpenStack {
        /** The kinds of opening marks. */
        private static final char[] KINDS = {'“', '"', '„', '‘', '\'', '‚', '«', '‹', DOUBLED_APOSTROPHE, '”'};
        final List<Open> items = new ArrayList<>();
        /** For each of {@link #KINDS}, the stack indexes of its open marks, bottom first. */
        private final int[][] byKind = new int[KINDS.length][4];
        private final int[] kindSize = new int[KINDS.length];
        /** Open marks that a ” closes (“ " „ ”). */
        int closableByCurly;
        /** Open marks of two apostrophes (''Like this''). */
        int doubledApostrophes;

        int size() {
            return items.size();
        }

        Open get(int k) {
            return items.get(k);
        }

        void push(Open o) {
            int k = kind(o.mark);
            if (k >= 0) {
                if (kindSize[k] == byKind[k].length) {
                    byKind[k] = java.util.Arrays.copyOf(byKind[k], 2 * kindSize[k]);
                }
                byKind[k][kindSize[k]++] = items.size();
            }
            items.add(o);
            count(o, 1);
        }

        /** Removes the marks from index {@code size} up. */
        void truncate(int size) {
            while (items.size() > size) {
                Open o = items.remove(items.size() - 1);
                int k = kind(o.mark);
                if (k >= 0) {
                    kindSize[k]--;
                }
                count(o, -1);
            }
        }

        /** The stack index of the topmost open mark that {@code closer} closes, or -1. */
        int topmostClosedBy(char closer) {
            int best = -1;
            for (int k = 0; k < KINDS.length; k++) {
                if (kindSize[k] > 0 && closes(KINDS[k], closer)) {
                    best = Math.max(best, byKind[k][kindSize[k] - 1]);
                }
            }
            return best;
        }

        private static int kind(char mark) {
            for (int k = 0; k < KINDS.length; k++) {
                if (KINDS[k] == mark) {
                    return k;
                }
            }
            return -1;
        }

        private void count(Open o, int delta) {
            if (closes(o.mark, '”')) {
                closableByCurly += delta;
            }
            if (o.mark == DOUBLED_APOSTROPHE) {
                doubledApostrophes += delta;
            }
        }
    }

    /**
     * A “ closed by two apostrophes typed for ” (“We won,’’ he said; “We won,'' he said), read where
     * nothing else can be meant: the two apostrophes are not followed by a letter or digit, and no ”
     * in closing position follows before the paragraph's next double mark (“We called it ‘fine’’
     * and left,” she said: the ” closes the quote, the first ’ the inner one). When an inner ‘ or '
     * is open on top of the “, the first apostrophe closes it and the pair the outer quote (“She
     * told me ‘no’’ he said: outer She told me ‘no’, inner no); with a ‘ open under the ‘ instead
     * (‘She said ‘no’’), both are single closing marks as before. The straight pair closes a “ only
     * when no quote in two apostrophes is open. Apostrophes are never taken for a pair: two ’ with
     * a letter between (rock ’n’ roll) are no pair, an apostrophe inside a word (won’t, Putin’s) or
     * before a decade (’90s) was skipped already, and a pair before a letter or digit (won’’t,
     * Putin’’s) closes nothing. Nor does a pair right after the “ (“’’ quotes nothing). Returns
     * whether the pair at {@code i} closed a quote.
     */
    private static boolean closesWithPair(Scan scan, char c, int width, char prev, int i) {
        String text = scan.text;
        int to = scan.to;
        OpenStack stack = scan.stack;
        boolean curly = c == '’' && width == 1 && text.charAt(i) == '’' && i + 1 < to && text.charAt(i + 1) == '’'
                && !(i + 2 < to && text.charAt(i + 2) == '’' && !Chars.isSpace(prev)); // ’’’: a single mark, then the pair
        boolean straight = c == DOUBLED_APOSTROPHE && stack.doubledApostrophes == 0;
        if (!curly && !straight || stack.size() == 0) {
            return false;
        }
        char after = i + 2 < to ? text.charAt(i + 2) : ' ';
        if (Chars.isWordChar(after) || Chars.isSpace(prev) && !Chars.isSpace(after)) {
            return false;
        }
        int ahead = scan.nextDoubleMark(i + 2);
        if (ahead < to && scan.doubleMarkAt(ahead) == '”' && !Chars.isSpace(text.charAt(ahead - 1))) {
            return false; // the quote's own closing mark is still to come
        }
        int top = stack.size() - 1;
        Open o = stack.get(top);
        if (o.mark == '“' && trim(text, o.pos + o.width, i) != null) {
            scan.close(top, i, i);
            return true;
        }
        char single = curly ? '’' : '\'';
        if (top >= 1 && family(o.mark) == Family.SINGLE && closes(o.mark, single)
                && stack.get(top - 1).mark == '“') {
            scan.close(top, i, i);
            scan.close(top - 1, i + 1, i + 1);
            return true;
        }
        return false;
    }

    /**
     * Whether the ” at {@code i} was typed for an opening mark: it stands before a word (or ‘ … ( [,
     * or a space and …)
     * at the start of a paragraph, or after white space at the start of a sentence (after . ! ? …
     * or :), and no quote that it could close is open (“It is over. ”Right, stays a closing mark).
     * Only a ” closes it; left unclosed it is ignored like any other mark.
     */
    private static boolean typedOpener(Scan scan, char c, char prev, char next, int i) {
        if (c != '”' || scan.stack.closableByCurly > 0
                || !opensWord(next) && !(Chars.isSpace(next) && i + 2 < scan.to && scan.text.charAt(i + 2) == '…')) {
            return false; // also ” … in the case of: an ellipsis after a space
        }
        if (i == scan.from) {
            return scan.carried == null; // a continued paragraph's first mark was read already
        }
        if (!Chars.isSpace(prev)) {
            return false;
        }
        int j = i - 1;
        while (j >= scan.from && Chars.isSpace(scan.text.charAt(j))) {
            j--;
        }
        return j >= scan.from && ".!?…:".indexOf(scan.text.charAt(j)) >= 0;
    }

    /**
     * Whether the “ at {@code i} was typed for a closing mark (“It is unusual,“ said Noble): it ends a
     * word or follows its punctuation, white space or punctuation follows it, and the mark on top of
     * the open ones is a “ with words since. Left open, the two marks would be dropped and the quote
     * lost.
     */
    private static boolean typedCloser(Scan scan, char c, char prev, char next, int i) {
        if (c != '“' || scan.stack.size() == 0 || Chars.isSpace(prev) || i == scan.from
                || !Chars.isSpace(next) && ",.;:!?".indexOf(next) < 0) {
            return false;
        }
        Open top = scan.stack.get(scan.stack.size() - 1);
        return top.mark == '“' && trim(scan.text, top.pos + top.width, i) != null;
    }

    /**
     * Whether a mark left open at a paragraph end may continue into the next paragraph: it opens the
     * paragraph, follows an introducing colon (He said: “…) or opens a sentence with no double quote
     * closed after it in the paragraph (“…,” he said. “They …). A mark opened mid-sentence and never
     * closed is a typo, not a continued quote; so is one that a later quote of the same kind follows
     * (“This never closes. “We will win,” she said.), which no continued quote holds.
     */
    private static boolean opensQuoteParagraph(String text, int from, int mark, List<QuotedSpan> found) {
        int i = mark - 1;
        while (i >= from && Chars.isSpace(text.charAt(i))) {
            i--;
        }
        if (i < from) {
            return true;
        }
        char c = text.charAt(i);
        if (c == ':') {
            return true;
        }
        if ((c != '.' && c != '!' && c != '?') || i == mark - 1) {
            return false;
        }
        for (QuotedSpan q : found) {
            if (q.openMark() > mark && !q.singleMarks()) {
                return false;
            }
        }
        return true;
    }

    /** The offset of {@code c} in [{@code from}, {@code to}) of {@code text}, or -1. */
    private static int indexOf(String text, char c, int from, int to) {
        for (int j = from; j < to; j++) {
            if (text.charAt(j) == c) {
                return j;
            }
        }
        return -1;
    }

    private static List<Span> withPiece(List<Span> pieces, Span piece) {
        List<Span> out = new ArrayList<>(pieces);
        if (piece != null) {
            out.add(piece);
        }
        return out;
    }

    private static Span trim(String text, int a, int b) {
        while (a < b && Chars.isSpace(text.charAt(a))) {
            a++;
        }
        while (b > a && Chars.isSpace(text.charAt(b - 1))) {
            b--;
        }
        return b > a ? new Span(a, b) : null;
    }

    /** Index in the stack of the opening mark that {@code c} closes, or -1. */
    private static int matchingOpen(OpenStack stack, char c, char prev, char next, String text, int i, int to) {
        if (stack.size() == 0 || !isCloserChar(c)) {
            return -1;
        }
        boolean closingContext = !Chars.isSpace(prev) || !canOpen(c, prev, next);
        if (!closingContext) {
            return -1;
        }
        int k = stack.topmostClosedBy(c);
        if (k < 0) {
            return -1;
        }
        if (k < stack.size() - 1 && family(c) == Family.SINGLE) {
            return -1; // a single mark does not close over an open inner quote
        }
        if (family(c) == Family.SINGLE && isPossessiveLike(text, i, to) && laterCloser(text, i, to, stack.get(k).mark)) {
            return -1;
        }
        return k;
    }

    /** Jones’ farm: ’ after an s and before a lower-case word. */
    private static boolean isPossessiveLike(String text, int i, int to) {
        return i > 0 && (text.charAt(i - 1) == 's' || text.charAt(i - 1) == 'S')
                && i + 2 < to && text.charAt(i + 1) == ' ' && Character.isLowerCase(text.charAt(i + 2));
    }

    private static boolean laterCloser(String text, int i, int to, char opener) {
        for (int j = i + 1; j < Math.min(to, i + LOOKAHEAD); j++) {
            char c = text.charAt(j);
            if (closes(opener, c) && !isApostrophe(text, j, 0, to) && !Chars.isSpace(text.charAt(j - 1))) {
                return true;
            }
        }
        return false;
    }

    private enum Family { DOUBLE, SINGLE, GUILLEMET, SINGLE_GUILLEMET }

    private static Family family(char c) {
        return switch (c) {
            case '‘', '’', '\'', '‚' -> Family.SINGLE;
            case '«', '»' -> Family.GUILLEMET;
            case '‹', '›' -> Family.SINGLE_GUILLEMET;
            default -> Family.DOUBLE;
        };
    }

    private static boolean isMarkChar(char c) {
        return switch (c) {
            case '“', '”', '"', '„', '‘', '’', '\'', '‚', '«', '»', '‹', '›' -> true;
            default -> false;
        };
    }

    private static boolean isOpenerChar(char c) {
        return switch (c) {
            case '“', '"', '„', '‘', '\'', '‚', '«', '‹', DOUBLED_APOSTROPHE -> true;
            default -> false;
        };
    }

    private static boolean isCloserChar(char c) {
        return switch (c) {
            case '”', '"', '“', '’', '\'', '‘', '»', '›', DOUBLED_APOSTROPHE -> true;
            default -> false;
        };
    }

    /** Whether {@code closer} ends a quote opened by {@code opener}. */
    private static boolean closes(char opener, char closer) {
        return switch (opener) {
            case '“' -> closer == '”' || closer == '"';
            case '"' -> closer == '"' || closer == '”';
            case DOUBLED_APOSTROPHE -> closer == DOUBLED_APOSTROPHE;
            case '„' -> closer == '“' || closer == '”';
            case '”' -> closer == '”'; // typed for an opening mark (see typedOpener)
            case '‘' -> closer == '’' || closer == '\'';
            case '\'' -> closer == '\'' || closer == '’';
            case '‚' -> closer == '‘' || closer == '’';
            case '«' -> closer == '»';
            case '‹' -> closer == '›';
            default -> false;
        };
    }

    /** Whether {@code c} may open a quote where it stands. */
    private static boolean canOpen(char c, char prev, char next) {
        if (!isOpenerChar(c) || Chars.isSpace(next)) {
            return c == '«' || c == '„' || c == '“'; // « spaced » and curly openers open anyway
        }
        return switch (c) {
            case '“', '„', '‘', '«', '‹', '‚' -> true;
            // straight and sloppy marks open only after a space or opening punctuation
            case '"', '\'', DOUBLED_APOSTROPHE -> Chars.isSpace(prev) || "([{—–-/:;".indexOf(prev) >= 0 || isOpenerChar(prev);
            default -> false;
        };
    }

    /**
     * Whether the ’ or ' at {@code i} is an apostrophe: inside a word (won’t, Putin’s), before a
     * decade (’90s), in rock ’n’ roll, or in a common elision ('em, 'til, 'cause).
     */
    static boolean isApostrophe(String text, int i, int from, int to) {
        char c = text.charAt(i);
        if (c != '’' && c != '\'' && c != '‘') {
            return false;
        }
        char prev = i > from ? text.charAt(i - 1) : ' ';
        char next = i + 1 < to ? text.charAt(i + 1) : ' ';
        if (c != '‘' && Chars.isWordChar(prev) && Chars.isWordChar(next)) {
            return true;
        }
        if (Character.isDigit(next) && i + 3 < to && Character.isDigit(text.charAt(i + 2))
                && (text.charAt(i + 3) == 's' || !Chars.isWordChar(text.charAt(i + 3)))) {
            return true; // ’90s, '08
        }
        // rock ’n’ roll
        if ((next == 'n' || next == 'N') && i + 2 < to && (text.charAt(i + 2) == '’' || text.charAt(i + 2) == '\'')
                && Chars.isSpace(prev)) {
            return true;
        }
        if ((prev == 'n' || prev == 'N') && i >= from + 2 && (text.charAt(i - 2) == '’' || text.charAt(i - 2) == '\'')) {
            return true;
        }
        if (c != '‘' && !Chars.isWordChar(prev)) {
            String rest = text.substring(i + 1, Math.min(to, i + 7)).toLowerCase();
            for (String e : ELISIONS) {
                if (rest.startsWith(e) && (rest.length() == e.length() || !Chars.isWordChar(rest.charAt(e.length())))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final List<String> ELISIONS = List.of("em", "til", "tis", "twas", "cause", "bout", "round");
}
