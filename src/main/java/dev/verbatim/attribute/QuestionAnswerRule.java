package dev.verbatim.attribute;

import dev.verbatim.Cue;

/**
 * An answer in a question-and-answer piece: a quotation that is a paragraph of its own, right
 * after a paragraph that is a question outside quotation marks ("How did you start?" then
 * “I was an accountant …”). The one who answers is the person the article has named most often
 * before it, the one it interviews; at most 0.55 sure. No speaker when it has named no one.
 */
final class QuestionAnswerRule implements QuotedSpanRule {

    @Override
    public String name() {
        return "question-answer";
    }

    @Override
    public Decision decide(DocumentView doc, int q) {
        if (!doc.startsParagraph(q) || !questionBefore(doc, doc.quotes.get(q).openMark())) {
            return null;
        }
        int at = doc.resolver.mostMentionedBefore(doc.firstTok[q]);
        Phrase p = at < 0 ? null : doc.phrases.personNameAt(at);
        if (p == null) {
            return null;
        }
        return Decision.speech(new Attribution(doc.speakers.speakerOf(p, doc.firstTok[q]), Cue.absent(),
                0.55, -1, name()));
    }

    /**
     * Whether the line before the one that starts at {@code open} (blank lines aside) ends with a
     * question mark and holds no quotation mark: the interviewer's question.
     */
    private static boolean questionBefore(DocumentView doc, int open) {
        int i = open - 1;
        while (i >= 0 && open - i <= MAX_QUESTION && Character.isWhitespace(doc.text.charAt(i))) {
            i--;
        }
        if (i < 0 || doc.text.charAt(i) != '?') {
            return false;
        }
        int lineEnd = i;
        while (i >= 0 && lineEnd - i <= MAX_QUESTION && doc.text.charAt(i) != '\n' && doc.text.charAt(i) != '\r') {
            i--;
        }
        if (lineEnd - i > MAX_QUESTION) {
            return false;
        }
        String line = doc.text.substring(i + 1, lineEnd + 1);
        return line.codePoints().noneMatch(c -> c == '"' || c == '“' || c == '”' || c == '«' || c == '»');
    }

    /** Longest line read as an interviewer's question, in characters. */
    private static final int MAX_QUESTION = 300;
}
