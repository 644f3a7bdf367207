package dev.verbatim;

/** How a quote renders what was said. */
public enum QuoteType {
    /** Words reproduced between quotation marks: “We are set,” he said. */
    DIRECT,
    /**
     * Reported speech that keeps some of the words in quotation marks: Putin called the offer “too
     * little, too late.” Also a paraphrase followed by a quotation its cue owns.
     */
    MIXED,
    /** Reported speech without quotation marks: Putin said that talks could start. */
    INDIRECT
}
