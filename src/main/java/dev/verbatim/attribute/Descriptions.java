package dev.verbatim.attribute;

import dev.verbatim.Gender;
import dev.verbatim.SpeakerKind;
import dev.verbatim.attribute.EntityModel.Entity;
import dev.verbatim.attribute.Mentions.Occurrence;
import dev.verbatim.nlp.Token;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the article calls its people besides their names: titles before a name ("Kremlin
 * spokesman Dmitry Peskov"), descriptions in apposition ("Dmitry Peskov, the Kremlin spokesman"),
 * ages ("Tom Haldane, 58,"), and the person a later description names ("the spokesman", "said the
 * affable proprietor"). One instance per document; not thread-safe.
 */
final class Descriptions extends ArticleReader {

    private final Entities entities;
    private final Mentions mentions;
    private final List<Occurrence> occurrences;

    Descriptions(ArticleTokens text, Entities entities, Mentions mentions) {
        super(text);
        this.entities = entities;
        this.mentions = mentions;
        this.occurrences = mentions.people;
    }

    /** Titles written before a name and the role nouns a later description uses (title-roles.txt). */
    private static final Map<String, List<String>> TITLE_ROLES = WordList.load("title-roles.txt").stream()
            .map(line -> line.split("\\s+")).filter(p -> p.length == 2)
            .collect(Collectors.groupingBy(p -> p[0], Collectors.mapping(p -> p[1], Collectors.toUnmodifiableList())));

    /** "Kremlin spokesman Dmitry Peskov", "Mrs Pickering": titles, honorifics and roles right before a name. */
    void readTitles(Entity e, int nameStart) {
        for (int k = nameStart - 1; k >= 0 && k >= nameStart - 4 && !quoted[k]; k--) {
            Token t = tokens.get(k);
            if (!phrases.isTitle(t) && !t.isNoun()) {
                if (t.is("late") && k > 0 && !quoted[k - 1] && (tokens.get(k - 1).is("the")
                        || tokens.get(k - 1).pos().equals("PRP$") || tokens.get(k - 1).pos().equals("POS"))) {
                    e.deceased = true; // "the late Ivor Fairweather", "her late husband Ivor"
                }
                break;
            }
            e.state(GenderCues.ofHonorific(t.text()));
            e.state(GenderCues.ofNoun(t.text()));
            String w = t.text().toLowerCase(Locale.ROOT);
            if (t.isProperNoun() && !phrases.isTitle(t) && !Names.honorific(t.text()) && k < nameStart - 1) {
                e.titleQualifiers.add(w); // "Ohio Gov. Dale Renner"
            }
            // a common noun before the role's head only modifies it: "festival director" is a director, not a
            // festival; "coast guard spokesperson" a spokesperson, not a guard
            Token next = tokens.get(k + 1);
            boolean head = k == nameStart - 1 || !next.isNoun()
                    || phrases.isTitle(next) && Character.isUpperCase(next.text().codePointAt(0)); // "spokesperson Lieutenant …"
            if (phrases.isTitle(t) || t.isNoun() && !t.isProperNoun() && head
                    || personNouns.contains(w) && !organizationWords.contains(w) && head) {
                addRoleWord(e, w); // "Warden Philip Doucette": a capitalised word for people is a role too
                for (String role : TITLE_ROLES.getOrDefault(w, List.of())) {
                    addRoleWord(e, role); // "Sen. Marco Rubio" … "the senator"; "Rev. Samuel Adeyemi" … "the pastor"
                }
            }
        }
    }

    /**
     * "Rowan Adebayo-Kerr, the 39-year-old founder of Paneltown Press," and "her husband, Ray
     * Sutter": the description in apposition is one of the entity's roles.
     */
    void readApposition(Entity e, int from, int to) {
        if (to + 3 < tokens.size() && !quoted[to] && tokens.get(to).text().equals(",") && tokens.get(to + 1).pos().equals("CD")
                && tokens.get(to + 2).text().equals(",")) {
            to += 2; // "Ms. Oyelaran, 58, the chairwoman of …": over the age to the description
        }
        if (to + 1 < tokens.size() && !quoted[to] && tokens.get(to).text().equals(",")) {
            Phrase after = phrases.startingAt(to + 1, Math.min(tokens.size(), to + 16));
            if (after != null && after.kind() == SpeakerKind.DESCRIPTION && !after.pronoun()) {
                addRole(e, after.start(), after.end());
            }
        }
        while (from - 1 >= 0 && !quoted[from - 1] && (phrases.isTitle(tokens.get(from - 1))
                || Names.honorific(tokens.get(from - 1).text()))
                && Character.isUpperCase(tokens.get(from - 1).text().codePointAt(0))) {
            from--; // "The dean of arts, Professor Malcolm Reyes-Hart": over the title to the comma
        }
        if (from - 2 >= 0 && !quoted[from - 1] && tokens.get(from - 1).text().equals(",")) {
            Phrase before = phrases.endingAt(from - 2, Math.max(0, from - 16));
            // not "Asked about her nephew's remarks, Gloria Petrakis smiled": a clause before its subject
            boolean clauseBefore = before != null && before.start() > 0 && tokens.get(before.start() - 1).pos().equals("IN")
                    && to < tokens.size() && tokens.get(to).isFiniteVerb();
            if (before != null && before.kind() == SpeakerKind.DESCRIPTION && !before.pronoun() && !clauseBefore) {
                addRole(e, before.start(), before.end());
            }
        }
    }

    /**
     * "Chiamaka Okafor-Lind had been on the pitch for eleven minutes …. The rookie did not
     * hesitate.": a sentence whose subject is a definite description of a person ("The rookie":
     * adjectives and a singular noun for people, before a verb) right after a sentence that opens
     * with the name of the only person it names gives that person the role, unless the article gave
     * it to someone else. Reads the whole article once, after the titles and appositions.
     */
    void readEpithetSubjects() {
        int previousStart = -1;
        for (int k = 0; k < tokens.size(); k++) {
            if (k > 0 && tokens.get(k - 1).sentence() == tokens.get(k).sentence()) {
                continue;
            }
            int start = k;
            int before = previousStart;
            previousStart = start;
            if (before < 0 || quoted[start] || !tokens.get(start).is("the")) {
                continue;
            }
            // adjectives and one noun: "The rookie", "The soft-spoken baker"; not an office ("The tournament director")
            int m = start + 1;
            while (m < tokens.size() && m - start <= 4 && !quoted[m] && tokens.get(m).sentence() == tokens.get(start).sentence()
                    && (tokens.get(m).pos().startsWith("JJ") || tokens.get(m).pos().equals("HYPH"))) {
                m++;
            }
            int head = m;
            m++;
            if (head >= tokens.size() || quoted[head] || !tokens.get(head).pos().equals("NN") || m >= tokens.size()
                    || !tokens.get(m).isFiniteVerb()
                    || !personNouns.contains(tokens.get(head).text().toLowerCase(Locale.ROOT))) {
                continue;
            }
            Entity person = onlyPersonOpening(before, start);
            String role = tokens.get(head).text().toLowerCase(Locale.ROOT);
            // not when the article gave the role to someone else: "Ilse Marrek … called it …. The minister has argued";
            // nor a title to someone with another ("Mayor Dana Whitfield cut the ribbon. The coach …")
            boolean otherTitle = person != null && phrases.isTitle(role) && person.roleWords.stream()
                    .anyMatch(w -> !w.equals(role) && phrases.isTitle(w) && !COURTESY_TITLES.contains(w.replace(".", "")));
            if (person != null && !otherTitle && entities.byRole(role).stream().allMatch(e -> e == person)) {
                addRoleWord(person, role);
            }
        }
    }

    /** Titles of courtesy, which say nothing of a person's office: "Dr. Farid Haddad" may be "the dentist". */
    private static final Set<String> COURTESY_TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame",
            "rev", "hon");

    /**
     * The person who is the subject of the sentence before the one that starts at token {@code at},
     * when that sentence names no one else ({@link #onlyPersonOpening}); null when {@code at} does
     * not start a sentence or there is none.
     */
    Entity subjectOfSentenceBefore(int at) {
        if (at <= 0 || tokens.get(at - 1).sentence() == tokens.get(at).sentence()) {
            return null;
        }
        int from = at - 1;
        while (from > 0 && tokens.get(from - 1).sentence() == tokens.get(at - 1).sentence()) {
            from--;
        }
        return onlyPersonOpening(from, at);
    }

    /**
     * The person named first in the sentence of tokens {@code [from, to)}, before its first verb
     * (the name opens it, or only titles and descriptions come before: "Retired teacher Graham
     * Fenwick, 78, said", "The first witness, the clinics' owner, Dr. Farid Haddad, testified"),
     * when no one else is named in it; or null.
     */
    private Entity onlyPersonOpening(int from, int to) {
        from = ArticleTokens.datelineEnd(tokens, quoted, from, to); // "HARROWGATE — Chiamaka Okafor-Lind had been …"
        Entity found = null;
        for (int i = Mentions.firstFrom(occurrences, from); i < occurrences.size() && occurrences.get(i).token() < to; i++) {
            Entity e = occurrences.get(i).entity();
            if (found == null && (!subjectPosition(from, occurrences.get(i).token()) || e.kind != SpeakerKind.PERSON)) {
                return null;
            }
            if (found != null && e != found) {
                return null;
            }
            found = e;
        }
        return found;
    }

    /**
     * Whether no verb, quotation or clause-opening word stands in tokens {@code [from, name)} and
     * the name is no possessor ("Ivana Trump's brief said"): the name is the subject.
     */
    private boolean subjectPosition(int from, int name) {
        int end = name;
        while (end < tokens.size() && !quoted[end] && (tokens.get(end).ner().equals("PERSON") || end == name)) {
            end++;
        }
        if (end < tokens.size() && tokens.get(end).pos().equals("POS")) {
            return false;
        }
        for (int k = from; k < name; k++) {
            Token t = tokens.get(k);
            if (quoted[k] || t.isFiniteVerb() || t.pos().equals("IN") && !t.is("of") || t.pos().startsWith("W")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Sen. Joni Ernst, R-Iowa,", "Rep. Dina Ruiz (D-Texas)" and "Gov. Chris Christie of New
     * Jersey": the state of a party and state tag, or the place after "of", right after the name
     * ending before token {@code to}, when written out (a location's words without a full stop; "Vt."
     * stays unread).
     */
    void readPlaceAfterName(Entity e, int to) {
        int from;
        if (to + 1 < tokens.size() && !quoted[to] && tokens.get(to).is("of")) {
            from = to + 1; // "Gov. Chris Christie of New Jersey"
        } else if (to + 3 < tokens.size() && !quoted[to] && (tokens.get(to).text().equals(",") || tokens.get(to).text().equals("("))
                && tokens.get(to + 1).text().matches("[RDI]") && tokens.get(to + 2).text().equals("-")) {
            from = to + 3;
        } else {
            return;
        }
        for (int k = from; k < tokens.size() && k < from + 3 && !quoted[k] && tokens.get(k).ner().equals("LOCATION")
                && tokens.get(k).text().chars().allMatch(Character::isLetter); k++) {
            e.placeWords.add(tokens.get(k).text().toLowerCase(Locale.ROOT));
        }
    }

    /** Records the head noun of the description in tokens {@code [from, to)} as a role of {@code e}, and its gender. */
    void addRole(Entity e, int from, int to) {
        int head = -1;
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (k > from && (t.is("of") || t.is("for") || t.is("at") || t.is("in") || t.is("with") || t.text().equals(","))) {
                break; // "the founder of Paneltown Press": founder
            }
            boolean possessor = k + 1 < to && tokens.get(k + 1).pos().equals("POS");
            // one person's role is singular: "Danielle Oyelowo, the striker fans call …" is a striker
            boolean plural = t.pos().equals("NNS") && e.kind == SpeakerKind.PERSON;
            // a title is a role however it is tagged: "Millbrook's MP, Sarah Linton,"
            if (t.isNoun() && (!t.isProperNoun() || phrases.isTitle(t)) && !possessor && !plural) {
                head = k;
            }
        }
        if (head >= 0) {
            for (int k = from; k < head; k++) {
                if (tokens.get(k).ner().equals("LOCATION") && Character.isUpperCase(tokens.get(k).text().codePointAt(0))) {
                    e.placeWords.add(tokens.get(k).text().toLowerCase(Locale.ROOT)); // "The Ohio governor, Gov. John Kasich,"
                }
            }
            e.state(GenderCues.ofNoun(tokens.get(head).text())); // the head's gender: "chairwoman", not "her nephew's remarks"
            addRoleWord(e, tokens.get(head).text().toLowerCase(Locale.ROOT));
        }
    }

    private void addRoleWord(Entity e, String w) {
        if (e.roleWords.add(w)) {
            entities.addRole(e, w);
        }
    }

    /** "Tom Haldane, 58,", "said Harnett, now 17 and …": an age in apposition to the name ending before token {@code to}. */
    void readAge(Entity e, int to) {
        int k = to + 1;
        if (k >= tokens.size() || quoted[to] || !tokens.get(to).text().equals(",")) {
            return;
        }
        if (tokens.get(k).is("now") || tokens.get(k).is("aged")) {
            k++;
        }
        if (k >= tokens.size() || quoted[k] || !tokens.get(k).text().matches("\\d{1,3}")) {
            return;
        }
        boolean closed = k + 1 >= tokens.size() || tokens.get(k + 1).isPunctuation() || tokens.get(k + 1).is("and")
                || tokens.get(k + 1).pos().startsWith("W");
        int age = Integer.parseInt(tokens.get(k).text());
        if (closed && age > 0 && age < 120 && e.age < 0) {
            e.age = age;
        }
    }

    /** Records role words and a stated gender for {@code e} from a description that names it. */
    void describe(Entity e, int from, int to) {
        addRole(e, from, to);
        int k = Mentions.firstFrom(occurrences, from);
        if (e.kind == SpeakerKind.PERSON && (k >= occurrences.size() || occurrences.get(k).token() >= to)) {
            mentions.addPerson(from, e); // "the minister said" … “…,” she affirmed: a mention pronouns may refer to
        }
    }

    /**
     * The person a definite description names ("the minister", "the rookie defenceman", "her
     * husband"): the one person the article gave that role word, or, when it gave it to several,
     * the most recent of them before token {@code at}; among several, none whose role has a
     * capitalised word that the description's {@code modifiers} lack ("The Ohio governor" is not
     * "Florida Gov. Jeb Bush"); null when none.
     */
    Entity byRole(String word, int at, List<String> modifiers) {
        String w = word.toLowerCase(Locale.ROOT);
        List<Entity> given = entities.byRole(w);
        List<String> places = modifiers.stream().filter(phrases::locationWord).toList();
        if (!places.isEmpty() && !given.isEmpty()) {
            // "the Florida senator": someone the article ties to Florida ("Florida Sen. …"); else one it ties to no
            // place and named within reach ("Sen. Luis Ortega is blaming …. The Florida senator said"), not
            // "Sen. Joni Ernst, R-Iowa", nor a senator named in another part of the article
            List<Entity> tied = given.stream().filter(e -> places(e).stream().anyMatch(places::contains)).toList();
            Set<Entity> near = namedWithin(at, EntityModel.REACH_TOKENS * 3);
            given = !tied.isEmpty() ? tied : given.stream().filter(e -> places(e).isEmpty() && near.contains(e)).toList();
        }
        if (given.size() > 1 && !modifiers.isEmpty()) {
            // "The Ohio governor" among several governors: not one whose role names another place
            given = given.stream().filter(e -> !roleSaysOtherwise(e, modifiers)).toList();
        }
        Entity only = given.isEmpty() ? null : given.get(given.size() - 1);
        if (given.size() <= 1) {
            return only;
        }
        int last = Mentions.firstFrom(occurrences, at) - 1;
        for (int k = last; k >= 0 && last - k < EntityModel.MENTION_WINDOW; k--) {
            if (given.contains(occurrences.get(k).entity())) {
                return occurrences.get(k).entity();
            }
        }
        return only;
    }

    /**
     * The person an indefinite description at token {@code at} introduces before the article names
     * them ("A building inspector told the court …" then "The inspector, Anselm Korhonen, said" or
     * "Annika Lowell, a senior inspector with the city, told jurors"): the one person of the article
     * given the role {@code word} in a title or apposition, when the first mention of them comes
     * after the description and within {@code reach} tokens of it; null otherwise.
     */
    Entity namedLaterAs(String word, int at, int reach) {
        List<Entity> given = entities.byRole(word.toLowerCase(Locale.ROOT));
        if (given.size() != 1 || given.get(0).kind != SpeakerKind.PERSON) {
            return null;
        }
        Entity e = given.get(0);
        for (Occurrence o : occurrences) {
            if (o.entity() == e) {
                return o.token() > at && o.token() - at <= reach ? e : null;
            }
        }
        return null;
    }

    /**
     * The person a description with an age refers to ("the 52-year-old"): the most recent person
     * mentioned within reach before token {@code at} whom the article gave that age, or null.
     */
    Entity byAge(int age, int at) {
        int last = Mentions.firstFrom(occurrences, at) - 1;
        for (int k = last; k >= 0 && last - k < EntityModel.MENTION_WINDOW; k--) {
            Entity e = occurrences.get(k).entity();
            if (e.kind == SpeakerKind.PERSON && e.age == age) {
                return e;
            }
        }
        return null;
    }

    /**
     * Whether the titles or the role of {@code e} have capitalised words, other than the titles
     * themselves, and none of them is among the description's capitalised {@code modifiers}
     * ("Texas Sen." for "the Florida senator"; not "Senate Minority Leader" for "the Senate
     * Democratic leader").
     */
    private static boolean roleSaysOtherwise(Entity e, List<String> modifiers) {
        Set<String> qualifiers = qualifiers(e);
        return !qualifiers.isEmpty() && modifiers.stream().noneMatch(qualifiers::contains);
    }

    /** The {@link #qualifiers} of {@code e} that the document tags a location's ("ohio" of "Ohio Gov."). */
    private Set<String> places(Entity e) {
        Set<String> places = new HashSet<>(qualifiers(e));
        places.removeIf(w -> !phrases.locationWord(w));
        places.addAll(e.placeWords);
        return places;
    }

    /** The entities mentioned within {@code reach} tokens before token {@code at}. */
    private Set<Entity> namedWithin(int at, int reach) {
        Set<Entity> near = new HashSet<>();
        for (int k = Mentions.firstFrom(occurrences, at) - 1; k >= 0 && at - occurrences.get(k).token() <= reach; k--) {
            near.add(occurrences.get(k).entity());
        }
        return near;
    }

    /** The capitalised words, in lower case, of the titles and the role of {@code e} other than the titles themselves. */
    private static Set<String> qualifiers(Entity e) {
        Set<String> qualifiers = new HashSet<>(e.titleQualifiers);
        if (e.role != null) {
            for (String word : e.role.split("\\s+")) {
                String w = word.toLowerCase(Locale.ROOT);
                if (!word.isEmpty() && Character.isUpperCase(word.codePointAt(0)) && !e.roleWords.contains(w)) {
                    qualifiers.add(w);
                }
            }
        }
        return qualifiers;
    }

    /**
     * The person a definite description with no role match refers to ("said the affable
     * proprietor" after naming him): the most recent person named within reach before token
     * {@code at} whose gender allows {@code gender}, other than the speaker of the attribution just
     * before (entity {@code previousSpeaker}, or -1); but when that person is not named in the
     * description's sentence or the one before and has never been called by a description, while
     * another within reach has been twice ("the 52-year-old", "the former welder"), that other one:
     * a profile calls its subject by epithets, and the people it quotes on the way by name. No one
     * named inside the description itself (tokens {@code [descriptionStart, descriptionEnd)}). Null when none.
     */
    Entity recentPerson(int at, Gender gender, int previousSpeaker, int descriptionStart, int descriptionEnd) {
        Entity nearest = null;
        Set<String> spokenOf = namesInQuotationBeside(at);
        for (int k = Mentions.firstFrom(occurrences, at) - 1; k >= 0 && at - occurrences.get(k).token() <= EntityModel.REACH_TOKENS * 3; k--) {
            Entity e = occurrences.get(k).entity();
            int token = occurrences.get(k).token();
            if (token >= descriptionStart && token < descriptionEnd) {
                continue; // "the first witness in the trial of Glenn Roarke": not the one its own words name
            }
            // “Sal was strict …,” the 68-year-old recalls: not Sal, of whom the quotation speaks
            // (by surname: "“I would rather they called me Oskar,” the baker said" is Oskar's own)
            boolean named = spokenOf.contains(e.last());
            if (e.id != previousSpeaker && !named && GenderCues.compatible(e.gender(), gender)) {
                if (nearest == null) {
                    nearest = e; // a new description is rarely the person who spoke just before
                    if (tokens.get(occurrences.get(k).token()).sentence() >= tokens.get(at).sentence() - 1) {
                        return e; // named in the description's sentence or the one before: "Debbie Kepler, the organist at …"
                    }
                }
                if (e.epithets >= 2 && e.kind == SpeakerKind.PERSON) {
                    return nearest.epithets > 0 ? nearest : e;
                }
            }
        }
        return nearest;
    }

    /** How far from a cue a quotation is looked for whose names its description cannot mean. */
    private static final int QUOTATION_REACH = 10;

    /**
     * The lower-case capitalised words of the quotation nearest before token {@code at}, and of the
     * one nearest after it, each within {@link #QUOTATION_REACH} tokens: the people that quotation
     * speaks of, whom its speaker is not.
     */
    private Set<String> namesInQuotationBeside(int at) {
        Set<String> names = new HashSet<>();
        int k = at - 1;
        while (k >= 0 && at - k <= QUOTATION_REACH && !quoted[k]) {
            k--;
        }
        for (int m = k; m >= 0 && quoted[m] && k - m < EntityModel.REACH_TOKENS * 3; m--) {
            addName(names, m);
        }
        k = at + 1;
        while (k < tokens.size() && k - at <= QUOTATION_REACH && !quoted[k]) {
            k++;
        }
        for (int m = k; m < tokens.size() && quoted[m] && m - k < EntityModel.REACH_TOKENS * 3; m++) {
            addName(names, m);
        }
        return names;
    }

    private void addName(Set<String> names, int k) {
        Token t = tokens.get(k);
        if (t.isProperNoun() && Character.isUpperCase(t.text().codePointAt(0))) {
            names.add(t.text().toLowerCase(Locale.ROOT));
        }
    }
}
