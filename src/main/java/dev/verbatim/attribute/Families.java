package dev.verbatim.attribute;

import dev.verbatim.Gender;
import dev.verbatim.SpeakerKind;
import dev.verbatim.attribute.EntityModel.Entity;
import dev.verbatim.attribute.Mentions.Occurrence;
import dev.verbatim.nlp.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The people of an article who share a surname: which of them a surname alone names ("said
 * Haldane", "the elder Haldane"), the relative a family noun names ("her husband"), and the older
 * or younger of two, by the ages and relations the article gives. One instance per document; not
 * thread-safe.
 */
final class Families extends ArticleReader {

    /** Relation nouns that make a person the elder of a family ("Wade, Harnett's dad"). */
    private static final Set<String> ELDER_RELATIONS = Set.of("father", "dad", "mother", "mum", "mom", "grandmother",
            "grandfather", "gran", "granny", "grandma", "grandpa", "grandparent", "parent", "uncle", "aunt");
    /** Relation nouns that make a person the younger of a family ("His daughter, Cara Haldane"). */
    private static final Set<String> YOUNGER_RELATIONS = Set.of("son", "daughter", "grandson", "granddaughter",
            "grandchild", "child", "nephew", "niece", "kid");
    /** Family relations a possessive description names a relative by ("her husband", "his grandmother"). */
    private static final Set<String> FAMILY = Set.of("husband", "wife", "son", "daughter", "father", "mother", "dad",
            "mum", "mom", "brother", "sister", "grandmother", "grandfather", "grandson", "granddaughter", "gran",
            "granny", "grandma", "grandpa", "uncle", "aunt", "nephew", "niece", "stepson", "stepdaughter", "stepfather",
            "stepmother");

    /** Whether {@code noun} names a family relation ("wife", "grandfather"); lower case. */
    static boolean familyNoun(String noun) {
        return FAMILY.contains(noun);
    }

    private final Entities entities;
    private final List<Occurrence> occurrences;

    Families(ArticleTokens text, Entities entities, Mentions mentions) {
        super(text);
        this.entities = entities;
        this.occurrences = mentions.people;
    }

    /**
     * The person a surname alone at token {@code from} names when several people of the article
     * share it: after "the elder" or "the younger", the one the ages or relations the article gave
     * make so ("Tom Haldane, 58," and "His daughter, Cara Haldane, 29,"); otherwise the person the
     * article already calls by the surname alone, not a relative introduced since ("said
     * Achterberg" … "Dana Achterberg, the constructor's older sister" … "said Achterberg"). Null
     * when fewer than two people have the surname or the text does not tell.
     */
    Entity familyMember(int from, String surname, Gender honorific) {
        Set<Entity> members = new LinkedHashSet<>();
        int before = Mentions.firstFrom(occurrences, from);
        int window = Math.max(0, before - EntityModel.MENTION_WINDOW);
        for (int k = window; k < before; k++) {
            Entity e = occurrences.get(k).entity();
            if (e.kind == SpeakerKind.PERSON && e.name.size() > 1 && e.last().equals(surname)
                    && GenderCues.compatible(e.gender(), honorific)) {
                members.add(e);
            }
        }
        if (members.size() < 2) {
            return null;
        }
        List<Entity> family = new ArrayList<>(members);
        int m = from - 1;
        if (m >= 0 && GenderCues.ofHonorific(tokens.get(m).text()) != Gender.UNKNOWN) {
            m--; // "the elder Mrs Trelawney"
        }
        String degree = m >= 1 && tokens.get(m - 1).is("the") ? tokens.get(m).text().toLowerCase(Locale.ROOT) : "";
        boolean elder = degree.equals("elder") || degree.equals("older");
        boolean younger = degree.equals("younger");
        Entity eldest = bySeniority(family, true);
        if (elder && eldest != null) {
            return eldest;
        }
        if (younger && eldest != null) {
            Entity youngest = bySeniority(family.stream().filter(e -> e != eldest).toList(), false);
            for (int k = before - 1; k >= window && youngest == null; k--) { // else the most recent other one
                if (members.contains(occurrences.get(k).entity()) && occurrences.get(k).entity() != eldest) {
                    youngest = occurrences.get(k).entity();
                }
            }
            return youngest;
        }
        for (int k = before - 1; k >= window; k--) {
            Occurrence o = occurrences.get(k);
            if (o.full() && members.contains(o.entity()) && tokens.get(from).sentence() - tokens.get(o.token()).sentence() <= 1) {
                return null; // "Among them was Arne Solheim, 68, … said Solheim": the one just introduced
            }
            if (o.bare() && members.contains(o.entity())) {
                return o.entity();
            }
        }
        // "spotlight daughter Ivanka" … "Trump said", "her husband, Tom": a relative the article calls by
        // first name alone, next to a family noun, is not the one the surname alone names; when that
        // leaves one person, it is that person
        Set<Entity> byFirstName = new HashSet<>();
        for (int k = window; k < before; k++) {
            Occurrence o = occurrences.get(k);
            if (!o.full() && !o.bare() && members.contains(o.entity())
                    && tokens.get(o.token()).text().equalsIgnoreCase(o.entity().first()) && familyNounNear(o.token())) {
                byFirstName.add(o.entity());
            }
        }
        if (byFirstName.isEmpty()) {
            return null;
        }
        List<Entity> others = family.stream().filter(e -> !byFirstName.contains(e)).toList();
        return others.size() == 1 ? others.get(0) : null;
    }

    /** Whether a family noun stands within a few words of token {@code k}: "daughter Ivanka", "Darrin, Wise's dad". */
    private boolean familyNounNear(int k) {
        for (int j = Math.max(0, k - 3); j < Math.min(tokens.size(), k + 5); j++) {
            if (j != k && !quoted[j] && FAMILY.contains(tokens.get(j).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the name at token {@code k} has a modifier before it ("the younger Brannigan", "the elder Mrs Trelawney"). */
    boolean modified(int k) {
        int m = k - 1;
        if (m >= 0 && GenderCues.ofHonorific(tokens.get(m).text()) != Gender.UNKNOWN) {
            m--;
        }
        if (m < 0 || quoted[m]) {
            return false;
        }
        Token t = tokens.get(m);
        return t.pos().equals("DT") || t.pos().startsWith("JJ") || t.is("elder") || t.is("older") || t.is("younger");
    }

    /**
     * Of {@code people}, the eldest (or youngest) by {@link #seniority}, the first listed on a tie;
     * null when the article says nothing of any one's age.
     */
    static Entity bySeniority(List<Entity> people, boolean eldest) {
        Entity best = null;
        for (Entity e : people) {
            int s = seniority(e);
            if (s != Integer.MIN_VALUE && (best == null || (eldest ? s > seniority(best) : s < seniority(best)))) {
                best = e;
            }
        }
        return best;
    }

    /**
     * How old the article makes a person, to rank a family: the age it states, else above any age
     * for a parent or grandparent and below any for a son or daughter; MIN_VALUE when it does not say.
     */
    private static int seniority(Entity e) {
        if (e.age >= 0) {
            return e.age;
        }
        for (String w : e.roleWords) {
            if (ELDER_RELATIONS.contains(w)) {
                return 1000;
            }
            if (YOUNGER_RELATIONS.contains(w)) {
                return 0;
            }
        }
        return Integer.MIN_VALUE;
    }

    /**
     * The relative of {@code possessor} that a family noun names ("her husband" after "Mrs.
     * Pruitt", "his grandmother" after "Sam Trelawney"): another person of the possessor's surname
     * whose gender allows the noun, the one given that relation if any, else for a parent or
     * grandparent the eldest and for a son or daughter the youngest by the ages and relations the
     * article gives, else the most recent before token {@code at}; null when the noun is no family
     * relation or the article names no such person.
     */
    Entity relative(Entity possessor, String noun, int at) {
        String w = noun.toLowerCase(Locale.ROOT);
        if (!FAMILY.contains(w) || possessor.kind != SpeakerKind.PERSON) {
            return null;
        }
        Gender g = GenderCues.ofNoun(w);
        List<Entity> family = new ArrayList<>();
        for (Entity e : entities.byLast(possessor.last())) {
            if (e != possessor && e.name.size() > 1 && e.last().equals(possessor.last())
                    && GenderCues.compatible(e.gender(), g)) {
                family.add(e);
            }
        }
        List<Entity> given = family.stream().filter(e -> e.roleWords.contains(w)).toList();
        if (given.size() == 1) {
            return given.get(0);
        }
        boolean elder = ELDER_RELATIONS.contains(w) || w.startsWith("grand") && !YOUNGER_RELATIONS.contains(w);
        boolean younger = YOUNGER_RELATIONS.contains(w);
        Entity best = elder || younger ? bySeniority(family, elder) : null;
        Set<Entity> members = new HashSet<>(family);
        int last = Mentions.firstFrom(occurrences, at) - 1;
        for (int k = last; k >= 0 && last - k < EntityModel.MENTION_WINDOW && best == null; k--) {
            if (members.contains(occurrences.get(k).entity())) {
                best = occurrences.get(k).entity();
            }
        }
        return best != null || family.isEmpty() ? best : family.get(0);
    }

    /**
     * The person "the older of the two" or "the younger of the two" before token {@code at} names:
     * of the two people named last, the one the ages or relations the article gave make so; null
     * when it gave none.
     */
    Entity ofTheTwo(int at, boolean older) {
        List<Entity> two = new ArrayList<>();
        int last = Mentions.firstFrom(occurrences, at) - 1;
        for (int k = last; k >= 0 && last - k < EntityModel.MENTION_WINDOW && two.size() < 2; k--) {
            Entity e = occurrences.get(k).entity();
            if (e.kind == SpeakerKind.PERSON && !two.contains(e)) {
                two.add(e);
            }
        }
        return two.size() == 2 ? bySeniority(two, older) : null;
    }
}
