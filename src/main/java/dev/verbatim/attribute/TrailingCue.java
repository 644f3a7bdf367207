package dev.verbatim.attribute;

/**
 * A cue that follows its content after a comma: "…, Putin said" or "…, said Putin". Shared by
 * {@link CueAfterContentRule} and {@link ParentheticalCueRule}.
 *
 * @param length the cue's length in tokens
 * @param source the source phrase
 * @param comma the comma that ends the content before
 * @param tail the first token after the cue and its source
 */
record TrailingCue(int length, Phrase source, int comma, int tail) {

    /** The trailing cue at token {@code c} of the sentence {@code [begin, end)}, or null. */
    static TrailingCue at(DocumentView doc, int c, int begin, int end) {
        int len = doc.clauses.finiteCueAt(c, end);
        if (len == 0) {
            return null;
        }
        if (doc.token(c - 1).text().equals(",") && !doc.quotedTok[c - 1]) {
            // "…, said Putin"
            Phrase after = doc.phrases.startingAt(c + len, end);
            if (after == null) {
                return null;
            }
            Phrase source = doc.sources.withApposition(after, end);
            int tail = source.hasRole() && source.roleEnd() > source.end() ? source.roleEnd() : Math.max(source.end(),
                    after.end());
            return new TrailingCue(len, source, c - 1, tail);
        }
        int lo = Math.max(begin, c - DocumentView.MAX_REACH);
        Phrase source = doc.sources.left(c, lo);
        if (source == null) {
            return null;
        }
        int comma = Math.min(source.start(), source.hasRole() ? source.roleStart() : source.start()) - 1;
        if (comma <= begin || doc.quotedTok[comma] || !doc.token(comma).text().equals(",")) {
            return null;
        }
        return new TrailingCue(len, source, comma, c + len);
    }
}
