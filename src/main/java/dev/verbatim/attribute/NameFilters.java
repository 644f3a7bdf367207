package dev.verbatim.attribute;

import dev.verbatim.Gender;
import dev.verbatim.nlp.Token;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells the names the recogniser tagged as people that are not ("carmaker Vossberg
 * Automobilwerke", a word tagged in organisations elsewhere, the dateline's place, "the
 * unflappable Scot"), and the first names it tagged as something else ("from Sofia Lindgren").
 * One instance per document; not thread-safe.
 */
final class NameFilters extends ArticleReader {

    private final Entities entities;

    NameFilters(ArticleTokens text, Entities entities) {
        super(text);
        this.entities = entities;
    }

    /**
     * Whether the token before the person's name starting at token {@code i} is a first name the
     * recogniser put in another class ("12 rebounds from Sofia Lindgren", Sofia tagged a place):
     * a capitalised proper noun that names people, alone before the name.
     */
    boolean firstNameBefore(int i) {
        if (i == 0 || quoted[i - 1] || tokens.get(i - 1).sentence() != tokens.get(i).sentence()) {
            return false;
        }
        Token t = tokens.get(i - 1);
        boolean alone = i - 2 < 0 || !PhraseFinder.proper(tokens.get(i - 2)) || tokens.get(i - 2).sentence() != t.sentence();
        return alone && t.isProperNoun() && !t.ner().equals("PERSON") && !t.ner().equals("ORGANIZATION")
                && Character.isUpperCase(t.text().codePointAt(0)) && !phrases.isTitle(t)
                && GenderCues.ofFirstName(t.text()) != Gender.UNKNOWN;
    }

    /**
     * Whether the one word tagged a person in tokens {@code [from, to)} is a word for people after
     * "the" and adjectives ("the unflappable Scot", "the Dutchman") rather than a name: no person
     * of the article goes by it (not "the younger Harnett").
     */
    boolean epithet(int from, int to) {
        if (to - from != 1 || from == 0 || entities.knownWord(tokens.get(from).text())) {
            return false;
        }
        int m = from - 1;
        while (m > 0 && !quoted[m] && tokens.get(m).pos().startsWith("JJ")) {
            m--;
        }
        return !quoted[m] && tokens.get(m).is("the") && personNouns.contains(tokens.get(from).text().toLowerCase(Locale.ROOT));
    }

    /** Lower-case words of the article's dateline ("BRENTON, Iowa —", "PORT SELIM, Almara (Reuters) -"). */
    private Set<String> datelineWords;

    /**
     * Whether the words of tokens {@code [from, to)} are all words of the place in the article's
     * dateline: the place the article is filed from, whatever the recogniser tagged it elsewhere
     * ("at the Brenton 1-yard line", "Almara will cut piped water").
     */
    boolean datelinePlace(int from, int to) {
        if (datelineWords == null) {
            Set<String> found = new HashSet<>();
            for (int k = 0; k < Math.min(tokens.size(), 80) && found.isEmpty(); k++) {
                String w = tokens.get(k).text();
                boolean opens = k == 0 || tokens.get(k - 1).sentence() != tokens.get(k).sentence();
                if (!opens || quoted[k] || w.length() < 3 || !w.equals(w.toUpperCase(Locale.ROOT)) || !Character.isLetter(w.codePointAt(0))) {
                    continue;
                }
                Set<String> words = new HashSet<>();
                for (int m = k; m < tokens.size() && m - k < 10; m++) {
                    String t = tokens.get(m).text();
                    if (PhraseFinder.DASHES.contains(t) || t.equals("(")) {
                        if (m > k) {
                            found = words; // up to the dash or the agency: the dateline
                        }
                        break;
                    }
                    if (!t.equals(",") && !Character.isUpperCase(t.codePointAt(0))) {
                        break;
                    }
                    if (!t.equals(",")) {
                        words.add(t.toLowerCase(Locale.ROOT));
                    }
                }
            }
            datelineWords = found;
        }
        for (int k = from; k < to; k++) {
            if (!datelineWords.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return to > from;
    }

    /**
     * Whether the one-word person name at token {@code k} is a word the recogniser tagged as part
     * of an organisation or a place elsewhere in the article at least as often as it tagged it a
     * person, and never as part of a longer person's name: its tags disagree, and the surer context
     * says organisation or place ("Erzland Lithium GmbH" … "Voigt said Erzland had"; "Ridgeford
     * Town", "Ridgeford manager Siobhan Keane" … "addressed Ridgeford supporters"). Not "Clinton"
     * beside one "Clinton Foundation" in an article that names her a dozen times.
     */
    boolean organizationElsewhere(int k) {
        if (organizationOnly == null) {
            Map<String, Integer> balance = new HashMap<>();
            Set<String> longerName = new HashSet<>();
            for (int m = 0; m < tokens.size(); m++) {
                Token t = tokens.get(m);
                if (firstNameAndSurnameTaggedOrganization(m)) {
                    continue; // "a pass from Eli Brandt" tagged an organisation: it proves nothing of "Brandt" alone
                }
                if (t.ner().equals("ORGANIZATION") || t.ner().equals("LOCATION") || describedRun(m)) {
                    balance.merge(t.text(), 1, Integer::sum);
                } else if (t.ner().equals("PERSON")) {
                    if (m > 0 && tokens.get(m - 1).ner().equals("PERSON")
                            || m + 1 < tokens.size() && tokens.get(m + 1).ner().equals("PERSON")) {
                        longerName.add(t.text()); // "Jonah Pratt": a person's name after all
                    } else {
                        balance.merge(t.text(), -1, Integer::sum);
                    }
                }
            }
            Set<String> only = new HashSet<>();
            balance.forEach((w, b) -> {
                if (b >= 0 && !longerName.contains(w)) {
                    only.add(w);
                }
            });
            organizationOnly = only;
        }
        return organizationOnly.contains(tokens.get(k).text());
    }

    /**
     * Whether token {@code m} ends a run of exactly two tokens tagged an organisation whose first is
     * a known first name ("Eli Brandt"), with no organisation word after it: a person's name as
     * likely as a firm's.
     */
    private boolean firstNameAndSurnameTaggedOrganization(int m) {
        if (m < 1 || !tokens.get(m).ner().equals("ORGANIZATION") || !tokens.get(m - 1).ner().equals("ORGANIZATION")
                || m >= 2 && tokens.get(m - 2).ner().equals("ORGANIZATION")
                || m + 1 < tokens.size() && tokens.get(m + 1).ner().equals("ORGANIZATION")) {
            return false;
        }
        return GenderCues.ofFirstName(tokens.get(m - 1).text()) != Gender.UNKNOWN;
    }

    /**
     * Whether tokens {@code [from, to)}, tagged an organisation, are a first name and a surname that
     * the recogniser tags a person on its own elsewhere in the article ("a pass from Eli Brandt" …
     * "Brandt finished with three assists"): a person's name.
     */
    boolean personTaggedOrganization(int from, int to) {
        if (to - from != 2 || GenderCues.ofFirstName(tokens.get(from).text()) == Gender.UNKNOWN) {
            return false;
        }
        if (personWords == null) { // once per document: the work stays linear in its length
            personWords = new HashSet<>();
            for (int m = 0; m < tokens.size(); m++) {
                if (!quoted[m] && tokens.get(m).ner().equals("PERSON")) {
                    personWords.add(tokens.get(m).text());
                }
            }
        }
        return personWords.contains(tokens.get(from + 1).text());
    }

    /** Words the recogniser tagged part of a person's name outside quotations; read on first use. */
    private Set<String> personWords;

    private Set<String> surnames;

    /** Words the article uses after another word of a person's name (surnames, middle names). */
    Set<String> surnames() {
        if (surnames == null) {
            Set<String> found = new HashSet<>();
            for (int m = 1; m < tokens.size(); m++) {
                if (tokens.get(m).ner().equals("PERSON") && tokens.get(m - 1).ner().equals("PERSON")) {
                    found.add(tokens.get(m).text());
                }
            }
            surnames = found;
        }
        return surnames;
    }

    /** Whether token {@code m} is in a capitalised run that {@link #organizationDescribed} makes an organisation. */
    private boolean describedRun(int m) {
        int start = m;
        while (start > 0 && m - start < 6 && !quoted[start - 1] && PhraseFinder.proper(tokens.get(start - 1))
                && tokens.get(start - 1).sentence() == tokens.get(m).sentence()) {
            start--;
        }
        return PhraseFinder.proper(tokens.get(m)) && organizationDescribed(start);
    }

    /**
     * Whether the name starting at token {@code k} follows a common noun that names a kind of
     * organisation and never a person ("carmaker Vossberg Automobilwerke", "the airline Norvik
     * Air"): an organisation whatever the recogniser tagged it.
     */
    boolean organizationDescribed(int k) {
        if (k == 0 || quoted[k - 1]) {
            return false;
        }
        Token before = tokens.get(k - 1);
        String w = before.text().toLowerCase(Locale.ROOT);
        return before.isNoun() && !before.isProperNoun() && organizationWords.contains(w) && !personNouns.contains(w);
    }

    /**
     * Whether the name in tokens {@code [from, to)} opens with a word for a kind of organisation and
     * never a person ("Team Trump", "Campaign Clinton"): the group around the person, not the person.
     */
    boolean organizationWordFirst(int from, int to) {
        String w = tokens.get(from).text().toLowerCase(Locale.ROOT);
        return to - from >= 2 && organizationWords.contains(w) && !personNouns.contains(w);
    }

    /** Words tagged in organisations at least as often as alone as persons, and never in a longer person's name. */
    private Set<String> organizationOnly;
}
