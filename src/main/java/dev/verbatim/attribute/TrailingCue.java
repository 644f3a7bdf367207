package dev.verbatim.attribute;

/**
 * A cue that follows its content after a comma: "…, Putin said" or "…, said Putin". Shared by
 * {@link CueAfterContentRule} and {@link ParentheticalCueRule}.
 *
 * @param length the cue's length in tokens
 * @param source the source phrase
 * @param comma the end (exclusive) of the content before: the comma after it, or the token after a
 *     quotation that ends with a comma inside its marks
 * @param tail the first token after the cue and its source
 */
record TrailingCue(int length, Phrase source, int comma, int tail) {

    /** Whether the quotation whose closing mark is token {@code close} ends with a comma inside its marks. */
    static boolean commaInside(DocumentView doc, int close) {
        int q = doc.quoteOfToken[close];
        return q >= 0 && doc.lastTok[q] == close && close > doc.firstTok[q] && doc.token(close - 1).text().equals(",");
    }

    /** The trailing cue at token {@code c} of the sentence {@code [begin, end)}, or null. */
    static TrailingCue at(DocumentView doc, int c, int begin, int end) {
        int len = doc.clauses.finiteCueAt(c, end);
        if (len == 0) {
            return null;
        }
        int lo = Math.max(begin, c - DocumentView.MAX_REACH);
        Phrase source = doc.sources.left(c, lo);
        if (source != null) {
            int comma = Math.min(source.start(), source.hasRole() ? source.roleStart() : source.start()) - 1;
            if (comma <= begin) {
                return null;
            }
            if (doc.quotedTok[comma] && commaInside(doc, comma)) {
                return new TrailingCue(len, source, comma + 1, c + len); // "… a “burn bag,” the Times reported"
            }
            if (doc.quotedTok[comma] || !doc.token(comma).text().equals(",")) {
                return null;
            }
            return new TrailingCue(len, source, comma, c + len);
        }
        if (!doc.token(c - 1).text().equals(",") || doc.quotedTok[c - 1]) {
            return null;
        }
        // "…, said Putin": the source follows the cue
        Phrase after = doc.phrases.startingAt(c + len, end);
        if (after == null) {
            return null;
        }
        Phrase inverted = doc.sources.withApposition(after, end);
        int tail = inverted.hasRole() && inverted.roleEnd() > inverted.end() ? inverted.roleEnd()
                : Math.max(inverted.end(), after.end());
        return new TrailingCue(len, inverted, c - 1, tail);
    }
}
