package dev.verbatim.nlp;

/**
 * One token of the input as the language pipeline saw it.
 *
 * @param index position in the document's token list
 * @param begin UTF-16 offset of the first character in the input
 * @param end UTF-16 offset after the last character (exclusive)
 * @param text the token exactly as written in the input
 * @param pos Penn Treebank part-of-speech tag
 * @param lemma base form, lower-cased
 * @param ner named-entity class: PERSON, ORGANIZATION, LOCATION or O
 * @param sentence index of the sentence the token belongs to
 */
public record Token(int index, int begin, int end, String text, String pos, String lemma, String ner, int sentence) {

    public boolean isVerb() {
        return pos.startsWith("VB");
    }

    /** A verb with tense or a modal: VBD, VBZ, VBP or MD. */
    public boolean isFiniteVerb() {
        return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD");
    }

    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }

    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    public boolean isPronoun() {
        return pos.equals("PRP");
    }

    public boolean isPunctuation() {
        return !text.isEmpty() && !Character.isLetterOrDigit(text.codePointAt(0));
    }

    public boolean is(String word) {
        return text.equalsIgnoreCase(word);
    }
}
