package dev.verbatim.eval;

import dev.verbatim.Span;

import java.util.BitSet;
import java.util.Collection;

/**
 * A document as {@code score.py} sees it: a sequence of code points. Spans come in as UTF-16
 * offsets and are mapped to code points with {@code score.py}'s {@code utf16_to_cp} table (an
 * offset inside a surrogate pair maps to that pair's code point, offsets out of range are clamped),
 * so that character counts, and every ratio built on them, equal the reference ones.
 */
final class CodePointText {

    /** Characters trimmed off both ends of a span for the tight match ({@code TRIM} of score.py). */
    private static final String TRIM = " \t\r\n“”\"‘’'.,;:—–-";

    private final int[] codePoints;
    private final int[] codePointAt;

    CodePointText(String text) {
        codePoints = text.codePoints().toArray();
        codePointAt = new int[text.length() + 1];
        int unit = 0;
        for (int i = 0; i < codePoints.length; i++) {
            codePointAt[unit++] = i;
            if (Character.isSupplementaryCodePoint(codePoints[i])) {
                codePointAt[unit++] = i;
            }
        }
        codePointAt[unit] = codePoints.length;
    }

    /** The code-point index for a UTF-16 offset, clamped to the text. */
    private int codePoint(int utf16) {
        return codePointAt[Math.min(utf16, codePointAt.length - 1)];
    }

    /** The code-point indices of the non-space characters that {@code spans} cover ({@code chars}). */
    BitSet chars(Collection<Span> spans) {
        BitSet out = new BitSet();
        for (Span span : spans) {
            for (int i = codePoint(span.begin()), end = codePoint(span.end()); i < end; i++) {
                if (!PythonText.isSpace(codePoints[i])) {
                    out.set(i);
                }
            }
        }
        return out;
    }

    /** The code-point indices that {@code spans} cover once each is trimmed of {@link #TRIM} ({@code trimmed}). */
    BitSet trimmed(Collection<Span> spans) {
        BitSet out = new BitSet();
        for (Span span : spans) {
            int begin = codePoint(span.begin());
            int end = codePoint(span.end());
            while (begin < end && TRIM.indexOf(codePoints[begin]) >= 0) {
                begin++;
            }
            while (end > begin && TRIM.indexOf(codePoints[end - 1]) >= 0) {
                end--;
            }
            out.set(begin, end);
        }
        return out;
    }

    /** The number of indices in both sets. */
    static int overlap(BitSet a, BitSet b) {
        BitSet both = (BitSet) a.clone();
        both.and(b);
        return both.cardinality();
    }

    /** The number of indices in either set. */
    static int union(BitSet a, BitSet b) {
        BitSet either = (BitSet) a.clone();
        either.or(b);
        return either.cardinality();
    }
}
