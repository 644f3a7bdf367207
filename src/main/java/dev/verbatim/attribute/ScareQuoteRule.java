package dev.verbatim.attribute;

/**
 * Not speech: a scare quote, fewer than four words in quotation marks inside a sentence with no
 * cue that owns them (the rules before this one found none). A quotation that stands alone, or
 * opens its sentence with a question or exclamation (“Not again!” groaned a fan), is speech.
 */
final class ScareQuoteRule implements QuotedSpanRule {

    /** Quotes of this many words or more are speech even without a cue. */
    private static final int MIN_SPEECH_WORDS = 4;

    @Override
    public String name() {
        return "scare-quote";
    }

    @Override
    public Decision decide(DocumentView doc, int q) {
        return !doc.standalone(q) && !exclamationOpeningItsSentence(doc, q) && doc.wordCount(doc.quotes.get(q)) < MIN_SPEECH_WORDS
                ? Decision.notSpeech(name()) : null;
    }

    private static boolean exclamationOpeningItsSentence(DocumentView doc, int q) {
        return doc.endsWithQuestion(q) && doc.startsSentence(doc.firstTok[q], doc.sentenceBegin(doc.sentenceOf(doc.firstTok[q])));
    }
}
