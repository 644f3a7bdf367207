package dev.verbatim.attribute;

import dev.verbatim.Gender;
import dev.verbatim.SpeakerKind;
import dev.verbatim.nlp.Token;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The people and organisations of one article, each an entity that its mentions link to: names
 * ("Vladimir Putin", "Putin"), titles and descriptions in apposition ("Dmitry Peskov, the Kremlin
 * spokesman", then "the spokesman"), acronyms introduced in parentheses ("… Canada (IRCC)", then
 * "IRCC"), definite descriptions of organisations ("the department"), and pronouns. An entity's
 * canonical name is the fullest name the article gives.
 *
 * <p>Gender is kept twice. {@link Entity#evidence} is what the article states: an honorific (Mr.,
 * Ms.), a gendered role or relation ("chairwoman", "her husband, Ray Sutter") or a pronoun that can
 * only refer to the entity (no other person mentioned since it); it is what users see. A prior,
 * which may also come from CoreNLP's list of first names, only helps choose between the people a
 * pronoun might refer to and is never reported.
 *
 * <p>The model is a façade over small parts, built in this order over one {@link ArticleTokens}:
 * {@link Entities} (the entities and their indexes) and {@link Mentions} (where each is
 * mentioned); {@link Names} (how names are written), {@link NameFilters} (names that are not
 * people's), {@link Descriptions} (titles, appositions, ages, descriptions), {@link Families}
 * (people who share a surname); then {@link People} collects the people, {@link Organizations}
 * the organisations, and {@link Pronouns} reads the pronouns of the narration. The queries below
 * are what the rest of the attribution stage asks.
 *
 * <p>One instance per document; not thread-safe.
 */
final class EntityModel {

    /** Sentences back over which a pronoun or a description looks for its entity. */
    static final int REACH_TOKENS = 120;
    /** How many tokens after its head a description's qualifier may run ("a person familiar with the matter"). */
    static final int MAX_QUALIFIER = 8;
    /**
     * Mentions back over which a name, pronoun or description looks for its person, and
     * organisation mentions back for an organisation: far more than a news article has, a bound
     * on the work per mention in a long document.
     */
    static final int MENTION_WINDOW = 1000;

    /** A person or organisation of the article. */
    static final class Entity {
        final int id;
        List<String> name;
        final SpeakerKind kind;
        /** The gender the article states. */
        Gender evidence = Gender.UNKNOWN;
        /** A guess used only to choose between referents of a pronoun. */
        Gender prior = Gender.UNKNOWN;
        /** The first title or role the article gives it. */
        String role;
        /** Lower-case nouns of its titles, roles and appositions ("spokesman", "founder", "husband"). */
        final Set<String> roleWords = new LinkedHashSet<>();
        /** Lower-case capitalised words that qualify its titles ("Ohio" in "Ohio Gov. Dale Renner"). */
        final Set<String> titleQualifiers = new LinkedHashSet<>();
        /** Lower-case places the article ties it to besides its titles ("iowa" of "Sen. Joni Ernst, R-Iowa,", "ohio" of "the Ohio governor, Gov. John Kasich"). */
        final Set<String> placeWords = new LinkedHashSet<>();
        /** Lower-case acronyms and short names it goes by. */
        final Set<String> aliases = new LinkedHashSet<>();
        /** Whether the article calls it "the late …": a pronoun of the present story is someone else's. */
        boolean deceased;
        /** The age the article gives right after its name ("Tom Haldane, 58,") or in a description that names it, or -1. */
        int age = -1;
        /** How many definite descriptions without its name ("the former welder") have been found to name it. */
        int epithets;
        /** The token and insertion number of its last mention in {@code occurrences} order, or -1. */
        int latestToken = -1;
        long latestSeq = -1;

        Entity(int id, List<String> name, SpeakerKind kind) {
            this.id = id;
            this.name = name;
            this.kind = kind;
        }

        String canonical() {
            return String.join(" ", name);
        }

        /** The name whose words {@link #last} and {@link #first} hold, lower case. */
        private List<String> lowered;
        private String last;
        private String first;

        String last() {
            lower();
            return last;
        }

        String first() {
            lower();
            return first;
        }

        private void lower() {
            if (lowered != name) {
                last = name.get(name.size() - 1).toLowerCase(Locale.ROOT);
                first = name.get(0).toLowerCase(Locale.ROOT);
                lowered = name;
            }
        }

        /** The gender a pronoun may be checked against: the stated one, else the guess. */
        Gender gender() {
            return evidence != Gender.UNKNOWN ? evidence : prior;
        }

        void state(Gender g) {
            if (g != Gender.UNKNOWN && evidence == Gender.UNKNOWN) {
                evidence = g;
            }
        }
    }

    private final Entities entities = new Entities();
    private final Mentions mentions = new Mentions();
    private final NameFilters filters;
    private final Descriptions descriptions;
    private final Families families;
    private final People people;
    private final Organizations organizations;
    private final Pronouns pronouns;

    EntityModel(List<Token> tokens, boolean[] quoted, PhraseFinder phrases, Set<String> organizationWords,
                Set<String> personNouns) {
        ArticleTokens text = new ArticleTokens(tokens, quoted, phrases, organizationWords, personNouns);
        Names names = new Names(text);
        filters = new NameFilters(text, entities);
        descriptions = new Descriptions(text, entities, mentions);
        families = new Families(text, entities, mentions);
        people = new People(text, names, filters, descriptions, families, entities, mentions);
        organizations = new Organizations(text, names, filters, entities, mentions);
        pronouns = new Pronouns(text, entities, mentions);
        people.collectPeople();
        people.collectUntaggedPeople();
        organizations.collectOrganizations();
        descriptions.readEpithetSubjects();
        pronouns.readPronouns();
    }

    // ---- people

    /** The entity with id {@code id}. */
    Entity entity(int id) {
        return entities.get(id);
    }

    /** The entity for the name in tokens [from, to), created or merged as needed. */
    Entity entityFor(int from, int to) {
        return people.entityFor(from, to);
    }

    /** The person of the name in tokens [from, to): the one found there by NER, else by its words. */
    Entity lookup(int from, int to) {
        return people.lookup(from, to);
    }

    /** The most recently seen person whose last (or else first) name is {@code word}, or null. */
    Entity byName(String word) {
        return people.byName(word);
    }

    /** The first token of the last person's name found by the recogniser before token {@code at}, or -1. */
    int lastOccurrenceBefore(int at) {
        return mentions.lastOccurrenceBefore(at);
    }

    /** The first token of the last mention of the person mentioned most often before token {@code at}, or -1. */
    int mostMentionedBefore(int at) {
        return mentions.mostMentionedBefore(at);
    }

    /** Whether the one word tagged a person in tokens {@code [from, to)} is a word for people ("the unflappable Scot"). */
    boolean epithet(int from, int to) {
        return filters.epithet(from, to);
    }

    /**
     * The entity of a speaker the article gives no more than {@code name} for (an unnamed source
     * such as "a senior official", a transcript label, an unresolved "they"): one per kind and name.
     */
    Entity named(SpeakerKind kind, String name) {
        return entities.named(kind, name);
    }

    /** The entity {@link #named} gives when there is one already, else null. */
    Entity existing(SpeakerKind kind, String name) {
        return entities.existing(kind, name);
    }

    // ---- pronouns

    /** The person a pronoun at token {@code at} refers to; see {@link Pronouns#resolvePronoun(int, String, int)}. */
    Entity resolvePronoun(int at, String pronoun, int previousSpeaker) {
        return pronouns.resolvePronoun(at, pronoun, previousSpeaker);
    }

    /** The source of the report before a pronoun's paragraph, when it is whom the pronoun means; see {@link Pronouns#reporterBefore}. */
    Entity reporterBefore(int at, String pronoun, int reporter, int cue) {
        return pronouns.reporterBefore(at, pronoun, reporter, cue);
    }

    /** The last unnamed person a subject pronoun at token {@code at} may refer to; see {@link Pronouns#unnamedSubjectBefore(int)}. */
    int unnamedSubjectBefore(int at) {
        return pronouns.unnamedSubjectBefore(at);
    }

    /** Whether a person other than {@code e} is named just before token {@code at}; see {@link Pronouns#otherPersonNamedJustBefore}. */
    boolean otherPersonNamedJustBefore(Entity e, int at, Gender g) {
        return pronouns.otherPersonNamedJustBefore(e, at, g);
    }

    /** The unnamed person that opens a pronoun's own sentence; see {@link Pronouns#unnamedSubjectOfSentence(int)}. */
    int unnamedSubjectOfSentence(int at) {
        return pronouns.unnamedSubjectOfSentence(at);
    }

    /** The only person the sentence before the one starting at token {@code at} names, as its subject; or null. */
    Entity subjectOfSentenceBefore(int at) {
        return descriptions.subjectOfSentenceBefore(at);
    }

    /** The head of the definite description a subject pronoun at token {@code at} may refer to; see {@link Pronouns#describedSubjectBefore(int)}. */
    int describedSubjectBefore(int at) {
        return pronouns.describedSubjectBefore(at);
    }

    /** The person the possessive {@code pronoun} at token {@code at} refers to, stating no gender; or null. */
    Entity possessor(int at, String pronoun, int previousSpeaker) {
        return pronouns.possessor(at, pronoun, previousSpeaker);
    }

    /** The gender a pronoun right after token {@code at} states for an unnamed source, or UNKNOWN. */
    Gender pronounAfter(int at, int sentenceEnd) {
        return pronouns.pronounAfter(at, sentenceEnd);
    }

    // ---- descriptions and families

    /** Records role words and a stated gender for {@code e} from a description that names it. */
    void describe(Entity e, int from, int to) {
        descriptions.describe(e, from, to);
    }

    /** The person a definite description names ("the minister"); see {@link Descriptions#byRole}. */
    Entity byRole(String word, int at, List<String> modifiers) {
        return descriptions.byRole(word, at, modifiers);
    }

    /** The person an indefinite description introduces before naming them; see {@link Descriptions#namedLaterAs}. */
    Entity namedLaterAs(String word, int at, int reach) {
        return descriptions.namedLaterAs(word, at, reach);
    }

    /** The person a description with an age refers to; see {@link Descriptions#byAge}. */
    Entity byAge(int age, int at) {
        return descriptions.byAge(age, at);
    }

    /** The person a definite description with no role match refers to; see {@link Descriptions#recentPerson}. */
    Entity recentPerson(int at, Gender gender, int previousSpeaker, int descriptionStart, int descriptionEnd) {
        return descriptions.recentPerson(at, gender, previousSpeaker, descriptionStart, descriptionEnd);
    }

    /** The person "the older (younger) of the two" before token {@code at} names, or null. */
    Entity ofTheTwo(int at, boolean older) {
        return families.ofTheTwo(at, older);
    }

    /** The relative of {@code possessor} that a family noun names ("her husband"), or null. */
    Entity relative(Entity possessor, String noun, int at) {
        return families.relative(possessor, noun, at);
    }

    // ---- organisations

    /** The organisation named by tokens {@code [from, to)}, created when new. */
    Entity organization(int from, int to) {
        return organizations.organization(from, to);
    }

    /** The organisation a definite description names ("the department", "the streaming company"); see {@link Organizations#organizationFor}. */
    Entity organizationFor(int at, String head, List<String> modifiers) {
        return organizations.organizationFor(at, head, modifiers);
    }

    /** The most recent organisation before token {@code at} with {@code head} in its name, or null. */
    Entity organizationNamedWith(int at, String head) {
        return organizations.organizationNamedWith(at, head);
    }

    /** The organisation named with {@code head} before token {@code at}, else after it; see {@link Organizations#organizationNamedWithNearby}. */
    Entity organizationNamedWithNearby(int at, String head) {
        return organizations.organizationNamedWithNearby(at, head);
    }

    /** The organisation whose name ends with {@code words}; see {@link Organizations#organizationEndingWith}. */
    Entity organizationEndingWith(int at, String words) {
        return organizations.organizationEndingWith(at, words);
    }

    /** The organisation whose name the one word at token {@code k} is the first word of, or null. */
    Entity organizationByFirstWord(int k) {
        return organizations.organizationByFirstWord(k);
    }

    /** The organisation introduced with the acronym or short name {@code word} ("CHEC"), or null. */
    Entity organizationAlias(String word) {
        return organizations.organizationAlias(word);
    }

    /** The token of the last organisation mention before token {@code at}, or -1. */
    int lastOrganizationBefore(int at) {
        return organizations.lastOrganizationBefore(at);
    }

    /** The organisation "it" at token {@code at} refers to: the most recent one within reach, or null. */
    Entity resolveIt(int at) {
        return organizations.resolveIt(at);
    }
}
