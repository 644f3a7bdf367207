package dev.verbatim.attribute;

/** What a {@link QuotedSpanRule} decided about one quoted span: speech with its attribution, or not speech. */
sealed interface Decision permits Decision.Speech, Decision.NotSpeech {

    /** The span is speech, attributed as {@code attribution} says. */
    record Speech(Attribution attribution) implements Decision {
    }

    /** The span is not speech (a title, a nickname, a scare quote), as rule {@code rule} found. */
    record NotSpeech(String rule) implements Decision {
    }

    static Decision speech(Attribution attribution) {
        return new Speech(attribution);
    }

    static Decision notSpeech(String rule) {
        return new NotSpeech(rule);
    }
}
