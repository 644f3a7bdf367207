package dev.verbatim.attribute;

import java.util.Set;

/**
 * The word lists of the attribution stage, loaded once from the resource files beside this class
 * and shared by every document. Immutable and thread-safe.
 *
 * @param cues cue verbs and phrases ({@code cue-verbs.txt}, {@code cue-phrases.txt})
 * @param titles titles and roles that stand before a name ({@code titles.txt})
 * @param organizationWords words that make a phrase an organisation ({@code organization-words.txt})
 * @param workNouns words that name a work before its title ({@code work-nouns.txt})
 * @param titleContext words around a short title-case quote that make it a name ({@code title-context-words.txt})
 * @param reporting verbs and nouns of reported speech ({@code reporting-verbs.txt}, {@code cue-nouns.txt})
 * @param animate nouns that name people ("resident", "founder", "officials"): CoreNLP's animacy list
 *     ({@code edu/stanford/nlp/models/dcoref/animate.unigrams.txt} in its models jar, from Ji and Lin
 *     2009), less what its inanimacy list also holds, plus the people that list also claims
 *     ({@code person-nouns.txt})
 * @param sources nouns that name a source of statements without naming a person ({@code source-nouns.txt})
 * @param offices nouns of an office or function that a description names a new person by ({@code office-nouns.txt})
 * @param media things people put their words on and put out ({@code medium-nouns.txt})
 * @param issuing verbs of putting such a thing out ({@code issuing-verbs.txt})
 * @param groups nouns in the singular that name several people together ("couple", "family"; {@code group-nouns.txt})
 */
record Lexicons(CueLexicon cues, Set<String> titles, Set<String> organizationWords, Set<String> workNouns,
                Set<String> titleContext, ReportingVerbs reporting, Set<String> animate, Set<String> sources,
                Set<String> offices, Set<String> media, Set<String> issuing, Set<String> groups) {

    private static final String ANIMATE = "edu/stanford/nlp/models/dcoref/animate.unigrams.txt";
    private static final String INANIMATE = "edu/stanford/nlp/models/dcoref/inanimate.unigrams.txt";

    static Lexicons standard() {
        Set<String> animate = new java.util.HashSet<>(WordList.loadAbsolute(ANIMATE));
        animate.removeAll(WordList.loadAbsolute(INANIMATE));
        animate.addAll(WordList.load("person-nouns.txt")); // people the inanimate list also claims
        return new Lexicons(CueLexicon.standard(), WordList.load("titles.txt"), WordList.load("organization-words.txt"),
                WordList.load("work-nouns.txt"), WordList.load("title-context-words.txt"), ReportingVerbs.standard(),
                Set.copyOf(animate), WordList.load("source-nouns.txt"), WordList.load("office-nouns.txt"),
                WordList.load("medium-nouns.txt"), WordList.load("issuing-verbs.txt"), WordList.load("group-nouns.txt"));
    }

    /** Whether a noun may name the one a cue addresses: people, a source, a group or an organisation ("the jury", "the court"). */
    boolean addressee(String noun) {
        return canSpeak(noun) || groups.contains(noun) || organizationWords.contains(noun);
    }

    /** Whether a noun names people or a source of statements ("resident", "officials", "report"). */
    boolean canSpeak(String noun) {
        String singular = WordList.singular(noun);
        return personNoun(noun) || sources.contains(noun) || sources.contains(singular)
                || titles.contains(noun) || titles.contains(singular);
    }

    /** Whether a lower-case noun, or its singular, is one of the animate nouns: it names people ("son", "supporters"). */
    boolean personNoun(String noun) {
        return animate.contains(noun) || animate.contains(WordList.singular(noun));
    }
}
