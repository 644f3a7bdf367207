package dev.verbatim;

/**
 * The gender of a speaker as the article states it: by pronouns that refer to the speaker ("he",
 * "her"), honorifics ("Mr.", "Ms.") or gendered roles and relations ("chairwoman", "his wife").
 * Never guessed from a first name: {@link #UNKNOWN} when the text does not say, and always for
 * organisations.
 */
public enum Gender {
    FEMALE,
    MALE,
    /** The article does not state it. */
    UNKNOWN
}
