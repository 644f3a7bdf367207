package dev.verbatim;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * A half-open range of characters in the caller's text.
 *
 * <p>Offsets are UTF-16 code-unit indices into the {@code String} passed to
 * {@link QuoteExtractor#extract(String)}, {@code begin} inclusive and {@code end} exclusive, so
 * {@code text.substring(span.begin(), span.end())} is the covered text. Immutable and thread-safe.
 *
 * @param begin index of the first character, at least 0
 * @param end index after the last character, at least {@code begin}
 */
public record Span(int begin, int end) implements Comparable<Span> {

    public Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("invalid span [" + begin + ", " + end + ")");
        }
    }

    /** Number of UTF-16 code units covered. */
    public int length() {
        return end - begin;
    }

    /** Whether this span and {@code other} share at least one character. */
    public boolean overlaps(Span other) {
        return begin < other.end && other.begin < end;
    }

    /** Whether {@code other} lies completely inside this span. */
    public boolean contains(Span other) {
        return begin <= other.begin && other.end <= end;
    }

    /** The covered characters of {@code text}; throws if the span does not fit in it. */
    public String textOf(CharSequence text) {
        if (end > text.length()) {
            throw new IndexOutOfBoundsException("span " + this + " outside text of length " + text.length());
        }
        return text.subSequence(begin, end).toString();
    }

    /**
     * An unmodifiable copy of {@code spans}, checked to be non-empty, in document order and not
     * overlapping: the spans of one quote.
     *
     * @throws IllegalArgumentException if they are empty, out of order or overlap
     */
    public static List<Span> ordered(List<Span> spans) {
        List<Span> copy = List.copyOf(spans);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("a quote needs at least one span");
        }
        for (int i = 1; i < copy.size(); i++) {
            if (copy.get(i).begin() < copy.get(i - 1).end()) {
                throw new IllegalArgumentException("spans overlap or are out of order: " + copy);
            }
        }
        return copy;
    }

    /**
     * The characters of {@code spans} as the spans of one quote: sorted, and spans that overlap
     * joined into one (spans that only touch stay apart).
     */
    public static List<Span> union(Collection<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.naturalOrder());
        List<Span> out = new ArrayList<>();
        for (Span s : sorted) {
            if (!out.isEmpty() && out.get(out.size() - 1).end() > s.begin()) {
                Span last = out.remove(out.size() - 1);
                out.add(new Span(last.begin(), Math.max(last.end(), s.end())));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /** From the first span's begin to the last span's end of ordered {@code spans}. */
    public static Span covering(List<Span> spans) {
        return new Span(spans.get(0).begin(), spans.get(spans.size() - 1).end());
    }

    @Override
    public int compareTo(Span o) {
        return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(end, o.end);
    }

    @Override
    public String toString() {
        return "[" + begin + ", " + end + ")";
    }
}
