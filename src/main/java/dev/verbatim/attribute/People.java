package dev.verbatim.attribute;

import dev.verbatim.Gender;
import dev.verbatim.SpeakerKind;
import dev.verbatim.attribute.EntityModel.Entity;
import dev.verbatim.attribute.Mentions.Occurrence;
import dev.verbatim.nlp.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The people of an article: the names the recogniser tagged outside quotes, and the names it
 * missed (after a title, a first name before a verb, a later surname alone), each linked to the
 * person it names, a new one or one named before ("Pratt" is "Jonah Pratt"). One instance per
 * document; not thread-safe.
 */
final class People extends ArticleReader {

    private final Names names;
    private final NameFilters filters;
    private final Descriptions descriptions;
    private final Families families;
    private final Entities entities;
    private final Mentions mentions;
    private final List<Occurrence> occurrences;

    People(ArticleTokens text, Names names, NameFilters filters, Descriptions descriptions, Families families, Entities entities,
           Mentions mentions) {
        super(text);
        this.names = names;
        this.filters = filters;
        this.descriptions = descriptions;
        this.families = families;
        this.entities = entities;
        this.mentions = mentions;
        this.occurrences = mentions.people;
    }

    /** Finds PERSON runs outside quotes, clusters them by name, and reads their titles and appositions. */
    void collectPeople() {
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            if (quoted[i] || !tokens.get(i).ner().equals("PERSON") && !tokens.get(i).ner().equals("ORGANIZATION")) {
                continue;
            }
            String tag = tokens.get(i).ner();
            int j = i;
            // one sentence: "… a conversation with Amara Osei" over a headline's end and "Amara Osei opened …" are two names
            while (j < n && !quoted[j] && tokens.get(j).ner().equals(tag) && tokens.get(j).sentence() == tokens.get(i).sentence()) {
                j++;
            }
            if (tag.equals("ORGANIZATION") && !phrases.titledName(i, j) && !filters.personTaggedOrganization(i, j)) {
                i = j - 1;
                continue; // an organisation, unless a person's title names it one ("spokesperson Morgan Tell")
            }
            if (filters.firstNameBefore(i)) {
                i--; // "from Sofia Lindgren": the first name tagged a place
            }
            int nameStart = i;
            while (nameStart < j - 1 && (phrases.isTitle(tokens.get(nameStart))
                    || Names.honorific(tokens.get(nameStart).text()))
                    && !(j - nameStart == 2 && GenderCues.ofFirstName(tokens.get(nameStart).text()) != Gender.UNKNOWN
                    && !Names.honorific(tokens.get(nameStart).text()))) {
                nameStart++; // "Dean Malcolm Reyes-Hart", "Mrs Pickering": the recogniser took the title in (not "a Dean Hollis header")
            }
            if (filters.organizationDescribed(i) || j - i == 1 && filters.organizationElsewhere(i) || filters.datelinePlace(i, j)
                    || j - i == 1 && PhraseFinder.quantifier(tokens.get(i).text().toLowerCase(Locale.ROOT)) // "Half said"
                    || filters.epithet(i, j) || filters.organizationWordFirst(nameStart, j)) {
                i = j - 1;
                continue; // "Erzland Lithium GmbH" … "Voigt said Erzland had": the company, not a person
            }
            Entity e = j - nameStart == 1 ? sharedSurname(nameStart, j) : null;
            if (e == null) {
                e = entityFor(nameStart, j);
            }
            if (e != null) {
                descriptions.readTitles(e, nameStart);
                descriptions.readApposition(e, i, j);
                descriptions.readAge(e, j);
                descriptions.readPlaceAfterName(e, j);
            }
            i = j - 1;
        }
    }

    /**
     * People the recogniser did not tag: a capitalised name of two words right after a title
     * ("Chief Executive Adaeze Whitford"), or of a first name and a capitalised word before a verb
     * or a comma ("Marcus Tell had already made 14 tackles"); and a later surname alone of a person
     * named in full ("Mensah-Bright sending the goalkeeper the wrong way"), not a modifier of a noun
     * ("an Achterberg crossword"). Each is a person pronouns and descriptions may refer to.
     */
    void collectUntaggedPeople() {
        int n = tokens.size();
        for (int k = 1; k + 2 < n; k++) {
            if (quoted[k] || quoted[k + 1] || tokens.get(k).ner().equals("PERSON") || tokens.get(k + 1).ner().equals("PERSON")
                    || !names.untaggedNameWord(k) || !names.untaggedNameWord(k + 1) || names.untaggedNameWord(k + 2)
                    || tokens.get(k).sentence() != tokens.get(k + 1).sentence()) {
                continue;
            }
            Token before = tokens.get(k - 1);
            Token after = tokens.get(k + 2);
            boolean titled = !quoted[k - 1] && phrases.isTitle(before) && Character.isUpperCase(before.text().codePointAt(0));
            boolean subject = tokens.get(k).isProperNoun() && GenderCues.ofFirstName(tokens.get(k).text()) != Gender.UNKNOWN
                    && !tokens.get(k + 1).pos().equals("NNPS") // a group: "Muslim Americans don't face …"
                    && !PhraseFinder.proper(before) && (after.isFiniteVerb() || after.text().equals(","));
            if ((titled || subject) && Mentions.firstFrom(occurrences, k) == Mentions.firstFrom(occurrences, k + 2)) {
                Entity e = entityFor(k, k + 2);
                if (e != null && titled) {
                    descriptions.readTitles(e, k);
                }
                k++;
            }
        }
        for (int k = 0; k < n; k++) {
            if (quoted[k] || tokens.get(k).ner().equals("PERSON") || !names.untaggedNameWord(k)
                    || k > 0 && !quoted[k - 1] && names.untaggedNameWord(k - 1)) {
                continue;
            }
            for (Entity e : surnamesAt(k)) {
                int end = names.wordAt(k, e.last());
                if (end < 0 || end < n && (names.untaggedNameWord(end) || tokens.get(end).isNoun() || tokens.get(end).ner().equals("PERSON"))
                        || Mentions.firstFrom(occurrences, k) != Mentions.firstFrom(occurrences, end)) {
                    continue;
                }
                entityFor(k, List.of(e.name.get(e.name.size() - 1)));
                k = end - 1;
                break;
            }
        }
    }

    /**
     * The people named in more than one word whose surname is written at token {@code k} (alone or
     * with the tokens written together after it: "Rees", "-", "Bevan"), in entity order.
     */
    private List<Entity> surnamesAt(int k) {
        List<Entity> found = new ArrayList<>(1);
        StringBuilder sb = new StringBuilder();
        for (int m = k; m < tokens.size() && sb.length() < entities.longestLast()
                && (m == k || tokens.get(m - 1).end() == tokens.get(m).begin()); m++) {
            sb.append(tokens.get(m).text());
            for (Entity e : entities.byLast(sb.toString())) {
                if (e.name.size() > 1 && names.wordAt(k, e.last()) >= 0) {
                    found.add(e); // the first of the people so named: the others end at the same token
                    break;
                }
            }
        }
        found.sort((a, b) -> Integer.compare(a.id, b.id));
        return found;
    }

    /**
     * "Dana and Ruben Whitcomb", "Ray and Colleen Sutter": a first name alone at token
     * {@code k}, joined by "and" to a full name, shares its surname. The entity so named, or null
     * when the text is not so.
     */
    private Entity sharedSurname(int k, int end) {
        int n = tokens.size();
        if (end + 2 >= n || !tokens.get(end).is("and") || quoted[end]) {
            return null;
        }
        int j = end + 1;
        while (j < n && !quoted[j] && tokens.get(j).ner().equals("PERSON")) {
            j++;
        }
        if (j - (end + 1) < 2) {
            return null;
        }
        List<String> other = names.words(end + 1, j);
        String first = tokens.get(k).text();
        // a first name by CoreNLP's list, or a word the article writes only here and gives no one as a name of their
        // own ("Gord and Elaine Petrakis"); not "Obama and Hillary Clinton", whose "Obama" the article uses again
        boolean firstName = GenderCues.ofFirstName(first) != Gender.UNKNOWN
                || writtenOnce(k) && !entities.knownWord(first) && names.fullName(first) == null;
        if (other.size() < 2 || !firstName || filters.surnames().contains(first)) {
            return null; // not "Clinton and Bernie Sanders"
        }
        List<String> name = new ArrayList<>(names.words(k, k + 1));
        name.add(other.get(other.size() - 1));
        return entityFor(k, name);
    }

    /** How often each word stands in the article; counted once, when first needed. */
    private Map<String, Integer> wordCounts;

    /** Whether the word at token {@code k} stands nowhere else in the article. */
    private boolean writtenOnce(int k) {
        if (wordCounts == null) {
            wordCounts = new HashMap<>();
            for (Token t : tokens) {
                wordCounts.merge(t.text(), 1, Integer::sum);
            }
        }
        return wordCounts.get(tokens.get(k).text()) == 1;
    }

    /** The entity for the name in tokens [from, to), created or merged as needed. */
    Entity entityFor(int from, int to) {
        return entityFor(from, Names.withoutHonorifics(names.words(from, to)));
    }

    /** The entity for the name {@code w} found at token {@code from}, created or merged as needed. */
    private Entity entityFor(int from, List<String> w) {
        if (w.isEmpty()) {
            return null;
        }
        Entity found = null;
        boolean written = w.size() > 1;
        if (w.size() == 1 && !entities.knownWord(w.get(0))) {
            List<String> full = names.fullName(w.get(0));
            if (full != null) {
                w = full; // "Pratt" … "Jonah Pratt": the fullest name the article gives
            }
        }
        String last = w.get(w.size() - 1).toLowerCase(Locale.ROOT);
        boolean surnameAlone = w.size() == 1 || particlesBeforeLast(w);
        if (surnameAlone) {
            // a bare surname or first name: the most recent person that has it (and, after "Ms." or
            // "Mr.", whose gender allows it: "Ms. Oyelaran" after "her husband, Tom Oyelaran")
            Gender honorific = names.honorificAt(from);
            found = families.familyMember(from, last, honorific);
            if (found == null) {
                found = namedBefore(from, last, honorific, false);
            }
            if (found == null && honorific != Gender.UNKNOWN) {
                // a first name's gender in CoreNLP's list is no evidence against the article's "Ms.":
                // "Priya Shah" … "Ms. Shah" is one woman
                found = namedBefore(from, last, honorific, true);
            }
            if (found != null && w.size() > 1 && !found.name.containsAll(w)) {
                found = null; // "de Vries" is not "Anna Vries"
            }

        } else {
            String first = w.get(0).toLowerCase(Locale.ROOT);
            // the last person with the surname named by it alone, by the same first name, or by the same initial
            found = entities.lastNamed(last, first);
            if (found == null) {
                found = entities.endingWith(w);
            }
            if (found != null && w.size() > found.name.size()) {
                entities.rename(found, w);
            }
        }
        if (found == null) {
            found = entities.create(w, SpeakerKind.PERSON);
        }
        if (found.prior == Gender.UNKNOWN) {
            found.prior = GenderCues.ofFirstName(found.name.get(0));
        }
        mentions.addPerson(new Occurrence(from, found,
                surnameAlone && found.name.size() > w.size() && found.last().equals(last) && !families.modified(from), written));
        return found;
    }

    /** Whether every word of {@code w} but the last is in lower case: a surname with its particles ("de Vries", "van der Berg"). */
    private static boolean particlesBeforeLast(List<String> w) {
        for (int i = 0; i < w.size() - 1; i++) {
            if (w.get(i).isEmpty() || !Character.isLowerCase(w.get(i).codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The person a surname or first name alone ({@code w}, lower case) at token {@code from} names:
     * the most recent one within {@link EntityModel#MENTION_WINDOW} mentions that has it, else the
     * first of the article; of those whose gender allows {@code honorific} (only the gender the
     * article states when {@code statedOnly}, else also the first name's), or null.
     */
    private Entity namedBefore(int from, String w, Gender honorific, boolean statedOnly) {
        int i = Mentions.firstFrom(occurrences, from) - 1;
        for (int k = i; k >= 0 && i - k < EntityModel.MENTION_WINDOW; k--) {
            Entity e = occurrences.get(k).entity();
            if ((e.last().equals(w) || e.first().equals(w)) && allows(e, honorific, statedOnly)) {
                return e;
            }
        }
        Entity found = null;
        for (Entity e : entities.byLast(w)) {
            if (e.last().equals(w) && allows(e, honorific, statedOnly)) {
                found = e;
                break;
            }
        }
        for (Entity e : entities.byFirst(w)) {
            if (found != null && e.id >= found.id) {
                break;
            }
            if (e.first().equals(w) && allows(e, honorific, statedOnly)) {
                found = e;
                break;
            }
        }
        return found;
    }

    private static boolean allows(Entity e, Gender honorific, boolean statedOnly) {
        return GenderCues.compatible(statedOnly ? e.evidence : e.gender(), honorific);
    }

    /** The person of the name in tokens [from, to): the one found there by NER, else by its words. */
    Entity lookup(int from, int to) {
        int i = Mentions.firstFrom(occurrences, from);
        if (i < occurrences.size() && occurrences.get(i).token() < to) {
            return occurrences.get(i).entity();
        }
        return entityFor(from, to);
    }

    /** The most recently seen person whose last (or else first) name is {@code word}, or null. */
    Entity byName(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Entity found = latestMentioned(entities.byLast(w), w, true);
        return found != null ? found : latestMentioned(entities.byFirst(w), w, false);
    }

    /** Of {@code people}, the one mentioned last whose surname (else first name) is {@code w}, or null. */
    private static Entity latestMentioned(List<Entity> people, String w, boolean surname) {
        Entity found = null;
        for (Entity e : people) {
            if (e.latestToken >= 0 && (surname ? e.last() : e.first()).equals(w) && (found == null
                    || e.latestToken > found.latestToken || e.latestToken == found.latestToken && e.latestSeq > found.latestSeq)) {
                found = e;
            }
        }
        return found;
    }
}
