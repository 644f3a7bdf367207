package dev.verbatim;

/** What sort of source a speaker is. */
public enum SpeakerKind {
    /** A named or resolvable person: "Vladimir Putin", "he". */
    PERSON,
    /** An organisation, institution or publication: "the Kremlin", "the FBI". */
    ORGANIZATION,
    /** An unnamed description that is kept as such: "a senior official", "one voter". */
    DESCRIPTION
}
