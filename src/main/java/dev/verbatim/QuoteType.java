package dev.verbatim;

/** How a quote renders what was said. */
public enum QuoteType {
    /** Words reproduced between quotation marks: “We are set,” he said. */
    DIRECT,
    /** Reserved: reported speech that keeps some of the words in quotation marks. */
    MIXED,
    /** Reserved: reported speech without quotation marks: Putin said that talks could start. */
    INDIRECT
}
