package dev.verbatim.attribute;

import dev.verbatim.SpeakerKind;

/**
 * A noun phrase that may name a speaker, in token indexes (end exclusive).
 *
 * @param start first token of the whole phrase
 * @param end token after the phrase
 * @param mentionStart first token of the words the attribution rests on (the name without its title)
 * @param mentionEnd token after the mention
 * @param kind what the phrase refers to
 * @param pronoun whether the mention is a personal or relative pronoun
 * @param roleStart first token of a title or role before the name, or -1
 * @param roleEnd token after the role, or -1
 */
record Phrase(int start, int end, int mentionStart, int mentionEnd, SpeakerKind kind, boolean pronoun,
              int roleStart, int roleEnd) {

    /** The pronoun at token {@code k} ("he", "his", "who") as a phrase of one token naming a person. */
    static Phrase pronoun(int k) {
        return new Phrase(k, k + 1, k, k + 1, SpeakerKind.PERSON, true, -1, -1);
    }

    boolean hasRole() {
        return roleStart >= 0 && roleEnd > roleStart;
    }

    Phrase withRole(int rs, int re) {
        return new Phrase(start, end, mentionStart, mentionEnd, kind, pronoun, rs, re);
    }
}
