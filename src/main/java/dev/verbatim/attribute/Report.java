package dev.verbatim.attribute;

import java.util.List;

/**
 * Reported speech a {@link ReportedSpeechRule} found: the content as token ranges, the cue, the
 * source phrase (null when the text names none) and the rule. Token indexes are into the
 * document's tokens; ranges are half-open and in document order.
 *
 * @param content the content's token ranges, {@code [from, to)} each, ordered, not overlapping
 * @param cue the cue's first token
 * @param cueLength the cue's length in tokens
 * @param source the source phrase, or null
 * @param confidence how sure the rule is, from 0 to 1
 * @param rule the rule's name
 */
record Report(List<Range> content, int cue, int cueLength, Phrase source, double confidence, String rule) {

    Report {
        content = List.copyOf(content);
        if (content.isEmpty()) {
            throw new IllegalArgumentException("a report needs content");
        }
    }

    /** A half-open range of tokens. */
    record Range(int from, int to) {
        Range {
            if (to <= from) {
                throw new IllegalArgumentException("empty range [" + from + ", " + to + ")");
            }
        }

        boolean contains(int token) {
            return from <= token && token < to;
        }

        boolean overlaps(Range o) {
            return from < o.to && o.from < to;
        }
    }

    /** Whether token {@code k} lies in the content. */
    boolean inContent(int k) {
        for (Range r : content) {
            if (r.contains(k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the two reports' contents share a token. */
    boolean overlaps(Report o) {
        for (Range a : content) {
            for (Range b : o.content) {
                if (a.overlaps(b)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The number of content tokens. */
    int size() {
        int n = 0;
        for (Range r : content) {
            n += r.to() - r.from();
        }
        return n;
    }

    /** The first content token. */
    int first() {
        return content.get(0).from();
    }
}
