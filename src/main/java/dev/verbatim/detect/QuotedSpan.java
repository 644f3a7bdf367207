package dev.verbatim.detect;

import dev.verbatim.Span;

import java.util.List;

/**
 * A stretch of text between matching quotation marks, as found by {@link QuoteDetector}, before
 * it is judged to be speech or not.
 *
 * @param pieces the quoted words of each paragraph the quote runs over (several when a quote is
 *     continued over paragraphs), marks excluded, surrounding white space trimmed; UTF-16
 *     offsets into the input, end exclusive
 * @param openMark offset of the opening mark of the first piece
 * @param closeMark offset of the closing mark of the last piece, or -1 when the last paragraph of a
 *     quote continued over paragraphs was never closed
 * @param depth 0 for a top-level quote, 1 for a quote inside a quote, and so on
 * @param paragraph zero-based index of the paragraph of the first piece
 * @param markStyle the opening mark character, e.g. '“', '"', '‘', '«', '„'; '”' when a closing mark
 *     was typed for the opening one, {@link QuoteDetector#DOUBLED_APOSTROPHE} for two apostrophes
 */
public record QuotedSpan(List<Span> pieces, int openMark, int closeMark, int depth, int paragraph,
                         char markStyle) {

    public QuotedSpan {
        pieces = List.copyOf(pieces);
        if (pieces.isEmpty()) {
            throw new IllegalArgumentException("no pieces");
        }
    }

    /** From the first piece's begin to the last piece's end. */
    public Span extent() {
        return Span.covering(pieces);
    }

    /** Whether the quote is enclosed by single marks (‘…’, '…', ‹…›). */
    public boolean singleMarks() {
        return markStyle == '‘' || markStyle == '\'' || markStyle == '‹' || markStyle == '‚';
    }
}
