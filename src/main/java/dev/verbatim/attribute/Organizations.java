package dev.verbatim.attribute;

import dev.verbatim.SpeakerKind;
import dev.verbatim.attribute.EntityModel.Entity;
import dev.verbatim.attribute.Mentions.Occurrence;
import dev.verbatim.nlp.Token;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The organisations of an article: capitalised names the recogniser tagged as organisations or
 * that end in a word for one ("… Club", "… Ministry"), the acronyms introduced after them in
 * parentheses ("… Canada (IRCC)"), and the organisation a shorter name, a definite description
 * ("the department") or "it" refers to. One instance per document; not thread-safe.
 */
final class Organizations extends ArticleReader {

    private final Names names;
    private final NameFilters filters;
    private final Entities entities;
    private final Mentions mentions;
    private final List<Occurrence> occurrences;
    private final List<Occurrence> organizations;

    Organizations(ArticleTokens text, Names names, NameFilters filters, Entities entities, Mentions mentions) {
        super(text);
        this.names = names;
        this.filters = filters;
        this.entities = entities;
        this.mentions = mentions;
        this.occurrences = mentions.people;
        this.organizations = mentions.organizations;
    }

    private final Map<String, Entity> organizationsByName = new HashMap<>();

    /** Finds ORGANIZATION runs outside quotes and the acronyms introduced after them in parentheses. */
    void collectOrganizations() {
        collectIntroducedAcronyms(); // first, so that the acronym alone later is the same organisation
        collectSpelledOutAcronyms();
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            if (quoted[i] || !PhraseFinder.proper(tokens.get(i))) {
                continue;
            }
            int j = i;
            boolean recognised = false;
            while (j < n && !quoted[j] && tokens.get(j).sentence() == tokens.get(i).sentence() && (PhraseFinder.proper(tokens.get(j))
                    || (joiner(j) || tokens.get(j).pos().equals("POS")) && j + 1 < n
                    && PhraseFinder.proper(tokens.get(j + 1)))) {
                recognised |= tokens.get(j).ner().equals("ORGANIZATION"); // "Maple Producers' Board of Quebec": over the possessive
                j++;
            }
            while (i + 1 < j && SpeakerNamer.TIME_HEADS.contains(tokens.get(i).text().toLowerCase(Locale.ROOT))
                    && PhraseFinder.proper(tokens.get(i + 1))) {
                i++; // "a September Harlow University poll": the month is no part of the name
            }
            // "the Canadian Horticultural Employers Council": a capitalised adjective opens the name
            while (i > 0 && !quoted[i - 1] && tokens.get(i - 1).pos().startsWith("JJ") && tokens.get(i - 1).sentence() == tokens.get(i).sentence()
                    && Character.isUpperCase(tokens.get(i - 1).text().codePointAt(0)) && i - 1 > 0
                    && tokens.get(i - 2).sentence() == tokens.get(i).sentence() && tokens.get(i - 2).pos().equals("DT")) {
                i--;
            }
            // an organisation by the recogniser, or a capitalised name ending in "Club", "District", "Ministry"
            boolean orgWord = organizationWords.contains(tokens.get(j - 1).text().toLowerCase(Locale.ROOT));
            boolean described = filters.organizationDescribed(i) // "German carmaker Vossberg Automobilwerke"
                    || initialsInParentheses(i, j); // "Meridale Freight Systems (MFS)", whatever the recogniser tagged
            if (!described && (!recognised && !orgWord || tokens.get(i).ner().equals("PERSON") && !orgWord)
                    || !orgWord && phrases.titledName(i, j)) {
                i = j - 1;
                continue;
            }
            Entity e = organization(i, j);
            // "Immigration, Refugees and Citizenship Canada (IRCC)"
            if (j + 2 < n && tokens.get(j).text().equals("(") && tokens.get(j + 2).text().equals(")")
                    && acronym(tokens.get(j + 1).text())) {
                introduceAcronym(e, j + 1);
            }
            i = j - 1;
        }
    }

    /** Makes the acronym at token {@code k} a name of organisation {@code e} (when there is one): "(IRCC)". */
    private void introduceAcronym(Entity e, int k) {
        introduceAcronym(e, tokens.get(k).text());
    }

    private void introduceAcronym(Entity e, String acronym) {
        if (e != null) {
            String a = acronym.toLowerCase(Locale.ROOT);
            e.aliases.add(a);
            organizationsByName.put(a, e);
        }
    }

    /**
     * Organisations whose name the article spells out and also writes as the acronym of its
     * capitalised words, in either order and without parentheses ("NRA vows …" in a headline, then
     * "The National Rifle Association says"): one organisation, the acronym an alias. Only acronyms
     * of three letters or more, and names of as many capitalised words that the recogniser tags an
     * organisation's and no person's.
     */
    private void collectSpelledOutAcronyms() {
        Set<String> written = new HashSet<>();
        for (int k = 0; k < tokens.size(); k++) {
            String w = tokens.get(k).text();
            if (!quoted[k] && w.length() >= 3 && acronym(w)) {
                written.add(w);
            }
        }
        if (written.isEmpty()) {
            return;
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (quoted[i] || !Character.isUpperCase(tokens.get(i).text().codePointAt(0)) || acronym(tokens.get(i).text())
                    || i > 0 && !quoted[i - 1] && tokens.get(i - 1).sentence() == tokens.get(i).sentence()
                    && Character.isUpperCase(tokens.get(i - 1).text().codePointAt(0)) && !tokens.get(i - 1).pos().equals("DT")
                    && tokens.get(i - 1).isNoun()) {
                continue; // the first word of a name only
            }
            StringBuilder initials = new StringBuilder();
            boolean organization = false;
            for (int j = i; j < tokens.size() && j - i < MAX_ACRONYM_NAME && !quoted[j]
                    && tokens.get(j).sentence() == tokens.get(i).sentence(); j++) {
                Token t = tokens.get(j);
                boolean capitalised = Character.isUpperCase(t.text().codePointAt(0)) && !acronym(t.text());
                if (t.ner().equals("PERSON") || !capitalised && !(joiner(j) && !t.text().equals(","))) {
                    break;
                }
                if (!capitalised) {
                    continue;
                }
                initials.appendCodePoint(t.text().codePointAt(0));
                organization |= t.ner().equals("ORGANIZATION");
                if (initials.length() >= 3 && organization && written.contains(initials.toString())
                        && !organizationsByName.containsKey(initials.toString().toLowerCase(Locale.ROOT))) {
                    introduceAcronym(organization(i, j + 1), initials.toString());
                    break;
                }
            }
        }
    }

    /** Most words of a name an acronym in parentheses is read back over. */
    private static final int MAX_ACRONYM_NAME = 8;

    /**
     * Names the tagger did not take for proper nouns that an acronym of their initials in parentheses
     * introduces ("BC Coastal Ferries (BCCF)", tagged a common noun and a plural): organisations,
     * with the acronym as an alias.
     */
    private void collectIntroducedAcronyms() {
        for (int j = 1; j + 2 < tokens.size(); j++) {
            if (quoted[j] || !tokens.get(j).text().equals("(") || !tokens.get(j + 2).text().equals(")")
                    || !acronym(tokens.get(j + 1).text())) {
                continue;
            }
            for (int i = j - 2; i >= 0 && j - i <= MAX_ACRONYM_NAME && !quoted[i] && tokens.get(i).sentence() == tokens.get(j).sentence()
                    && (Character.isUpperCase(tokens.get(i).text().codePointAt(0)) || joiner(i)
                    || tokens.get(i).is("the") && i > 0 && joiner(i - 1)); i--) { // "Office of the Superintendent of …"
                if (Character.isUpperCase(tokens.get(i).text().codePointAt(0)) && initialsInParentheses(i, j)) {
                    introduceAcronym(organization(i, j), j + 1);
                    break;
                }
            }
        }
    }

    /**
     * Whether the name in tokens {@code [i, j)} is followed by an acronym in parentheses made of the
     * initials of its capitalised words, or of those and the acronyms among them: "Meridale Freight
     * Systems (MFS)", "Immigration, Refugees and Citizenship Canada (IRCC)", "BC Coastal Ferries
     * (BCCF)". A person's name has no such acronym.
     */
    private boolean initialsInParentheses(int i, int j) {
        if (j + 2 >= tokens.size() || !tokens.get(j).text().equals("(") || !tokens.get(j + 2).text().equals(")")
                || j - i < 2 || !acronym(tokens.get(j + 1).text())) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        StringBuilder withAcronyms = new StringBuilder(); // "BC Coastal Ferries (BCCF)": an acronym in the name stays whole
        for (int k = i; k < j; k++) {
            String w = tokens.get(k).text();
            if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
                initials.appendCodePoint(w.codePointAt(0));
                withAcronyms.append(acronym(w) ? w : w.substring(0, Character.charCount(w.codePointAt(0))));
            }
        }
        String acronym = tokens.get(j + 1).text();
        return initials.toString().equals(acronym) || withAcronyms.toString().equals(acronym);
    }

    private boolean joiner(int k) {
        String w = tokens.get(k).text();
        return w.equals("and") || w.equals("of") || w.equals("for") || w.equals("&") || w.equals(",");
    }

    private static boolean acronym(String w) {
        if (w.length() < 2 || w.length() > 8) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isUpperCase(w.charAt(i)) && w.charAt(i) != '&') {
                return false;
            }
        }
        return true;
    }

    /** The organisation named by tokens {@code [from, to)}, created when new. */
    Entity organization(int from, int to) {
        int start = from;
        while (start + 1 < to && tokens.get(start).is("the")) {
            start++;
        }
        while (start + 2 < to && tokens.get(start).ner().equals("O") && !tokens.get(start).pos().equals("DT")
                && Character.isLowerCase(tokens.get(start).text().codePointAt(0))
                && tokens.get(start + 1).ner().equals("ORGANIZATION") && tokens.get(start + 2).ner().equals("ORGANIZATION")) {
            // "the state Department of Primary Industries", "the nonpartisan Congressional Budget Office": the name
            // the recogniser found starts after; not "super PAC"
            start++;
        }
        List<String> w = names.words(start, to, true);
        while (!w.isEmpty() && w.get(0).equalsIgnoreCase("the")) {
            w.remove(0);
        }
        if (w.isEmpty()) {
            return null;
        }
        String key = String.join(" ", w).toLowerCase(Locale.ROOT);
        Entity e = organizationsByName.get(key);
        if (e == null) {
            e = entities.organizationEndingIn(key); // "the Kremlin" after "the Moscow Kremlin"
        }
        if (e == null && w.size() == 1) {
            e = entities.organizationByFirst(key); // "Northwind" after "Northwind Footwear", "Alpenstrom" after "Alpenstrom AG"
        }
        if (e == null) {
            e = withPlaceOrShort(w, key);
        }
        if (e == null) {
            e = entities.create(w, SpeakerKind.ORGANIZATION);
            organizationsByName.put(key, e);
            int of = w.indexOf("of");
            if (of >= 2) {
                withOfPhrase.putIfAbsent(String.join(" ", w.subList(0, of)).toLowerCase(Locale.ROOT), e);
            }
        }
        mentions.addOrganization(from, e);
        return e;
    }

    /**
     * The organisation named {@code w} (key {@code key}) with or without an "of" phrase after a
     * name of two words or more: "Northgate Bank" in a headline, then "Northgate Bank of Canada"
     * (which becomes its name, the fuller one), or the other way round; null when the article
     * named neither.
     */
    private Entity withPlaceOrShort(List<String> w, String key) {
        Entity inverted = organizationsByName.get(inverted(w));
        if (inverted != null) {
            return inverted; // "Health Ministry" and "the Ministry of Health", "Justice Department" and "Department of Justice"
        }
        int of = w.indexOf("of");
        if (of >= 2) {
            Entity shorter = organizationsByName.get(String.join(" ", w.subList(0, of)).toLowerCase(Locale.ROOT));
            if (shorter != null) {
                entities.rename(shorter, w);
                organizationsByName.put(key, shorter);
                return shorter;
            }
        }
        return w.size() >= 2 && !w.contains("of") ? withOfPhrase.get(key) : null;
    }

    /**
     * The organisations named with an "of" phrase after two words or more, by those words in
     * lower case ("northgate bank" for "Northgate Bank of Canada"): the first such one.
     */
    private final Map<String, Entity> withOfPhrase = new HashMap<>();

    /**
     * The key of the other order of a name of the kind "Health Ministry" ("ministry of health") or
     * "Ministry of Health" ("health ministry"): a word for an organisation and the words it is of;
     * null for other names.
     */
    private String inverted(List<String> w) {
        String last = w.get(w.size() - 1).toLowerCase(Locale.ROOT);
        if (w.size() >= 2 && organizationWords.contains(last) && !w.contains("of")) {
            return (last + " of " + String.join(" ", w.subList(0, w.size() - 1))).toLowerCase(Locale.ROOT);
        }
        if (w.size() >= 3 && w.get(1).equals("of") && organizationWords.contains(w.get(0).toLowerCase(Locale.ROOT))) {
            return (String.join(" ", w.subList(2, w.size())) + " " + w.get(0)).toLowerCase(Locale.ROOT);
        }
        return null;
    }

    /**
     * The organisation a bare definite description names ("the department", "the company", "the
     * club"): the most recent organisation before token {@code at} whose name holds the head word,
     * else the one that opens the sentence before or this one, else the one the article has named
     * most often before it (the most recent of those); null when it has named none. When the
     * description has words before its head ({@code modifiers}, lower case: "the streaming
     * company", "the appeals court"; empty for none), one whose name holds them all, or the one that
     * opens the description's own sentence ("Brightwave Media will cut 1,200 jobs, the streaming
     * company said"); not the one named most often nor the one that opened the sentence before,
     * which such words may rule out.
     */
    Entity organizationFor(int at, String head, List<String> modifiers) {
        String h = head.toLowerCase(Locale.ROOT);
        boolean modified = !modifiers.isEmpty();
        int i = Mentions.firstFrom(organizations, at) - 1;
        Map<Entity, Integer> counts = new HashMap<>();
        Entity best = null;
        for (int k = i; k >= 0 && i - k < EntityModel.MENTION_WINDOW; k--) {
            Entity e = organizations.get(k).entity();
            String name = e.canonical().toLowerCase(Locale.ROOT);
            if (name.contains(h) && modifiers.stream().allMatch(name::contains)) {
                return e; // "the appeals court" is not "the U.S. Supreme Court"
            }
            if (otherKind(e, h)) {
                continue; // "the company" is not "the Ministry of Environment", however often named
            }
            int c = counts.merge(e, 1, Integer::sum);
            if (best == null || c > counts.get(best)) {
                best = e;
            }
        }
        Set<String> kindWords = h.equals(PUBLIC) || modified ? null : KINDS.get(h);
        for (int k = i; kindWords != null && k >= 0 && i - k < EntityModel.MENTION_WINDOW; k--) {
            Entity e = organizations.get(k).entity();
            for (String w : e.canonical().toLowerCase(Locale.ROOT).split("\\s+")) {
                if (kindWords.contains(w)) {
                    return e; // "The union says" after "Local 417 of the Amalgamated Transit Workers"
                }
            }
        }
        for (int k = i; k >= 0 && tokens.get(organizations.get(k).token()).sentence() >= tokens.get(at).sentence() - 1; k--) {
            boolean sameSentence = tokens.get(organizations.get(k).token()).sentence() == tokens.get(at).sentence();
            if (subjectJustBefore(organizations.get(k).token(), at) && !otherKind(organizations.get(k).entity(), h)
                    && (!modified || sameSentence)) { // "the state quality board" is not the one that spoke just before
                // "The Northern Meteorological Service issued a new warning. … according to the agency", "Windward
                // Renewables, which operates Kestrel Point, disputed the figures. The company said": that one
                return organizations.get(k).entity();
            }
        }
        return modified ? null : best;
    }

    /**
     * Whether a name says that its organisation is of another kind than {@code h}, a kind
     * organization-kinds.txt lists other than "public": a word of another kind and none of kind
     * {@code h} ("the company" is not "the Ministry of Environment", "the union" not "the University
     * of Bergen"); false for other kind nouns.
     */
    private boolean otherKind(Entity e, String h) {
        if (!KINDS.containsKey(h) || h.equals(PUBLIC)) {
            return false;
        }
        boolean other = false;
        for (String w : e.canonical().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (KINDS.get(h).contains(w)) {
                return false;
            }
            for (Map.Entry<String, Set<String>> kind : KINDS.entrySet()) {
                other |= !kind.getKey().equals(h) && kind.getValue().contains(w);
            }
        }
        return other;
    }

    /** The kind in organization-kinds.txt whose words name public bodies. */
    private static final String PUBLIC = "public";

    /** Kind nouns ("union") and the words of names of that kind ("workers", "local"): organization-kinds.txt. */
    private static final Map<String, Set<String>> KINDS = WordList.load("organization-kinds.txt").stream()
            .map(line -> line.split("\\s+")).filter(p -> p.length > 1)
            .collect(java.util.stream.Collectors.toUnmodifiableMap(p -> p[0], p -> Set.of(java.util.Arrays.copyOfRange(p, 1, p.length)),
                    (a, b) -> a));

    /** Whether {@code word} (lower case) is one of the words of company names in organization-kinds.txt ("inc.", "holdings"). */
    static boolean companyWord(String word) {
        return KINDS.getOrDefault("company", Set.of()).contains(word);
    }

    /**
     * Whether the organisation mention at token {@code org} opens its sentence (after "The" at
     * most) and that sentence is the one of token {@code at} or the one before: the subject a bare
     * description goes on with.
     */
    private boolean subjectJustBefore(int org, int at) {
        int s = tokens.get(org).sentence();
        int start = org;
        if (start > 0 && tokens.get(start - 1).sentence() == s && tokens.get(start - 1).is("the")) {
            start--;
        }
        int begin = org;
        while (begin > 0 && tokens.get(begin - 1).sentence() == s) {
            begin--;
        }
        // after a dateline too: "SAN FRANCISCO — Brightwave Media will cut …, the streaming company said"
        return (start == begin || start == ArticleTokens.datelineEnd(tokens, quoted, begin, org)) && !quoted[org]
                && tokens.get(at).sentence() - s <= 1;
    }

    /**
     * The organisation a definite description with {@code head} refers to when the article has
     * named one with that word in its name ("the district" after "the Upper Snake Water District",
     * "the club" after "Harrowdale County Cricket Club"): the most recent such one before token
     * {@code at}, or null.
     */
    Entity organizationNamedWith(int at, String head) {
        String h = head.toLowerCase(Locale.ROOT);
        int i = Mentions.firstFrom(organizations, at) - 1;
        for (int k = i; k >= 0 && i - k < EntityModel.MENTION_WINDOW; k--) {
            Entity e = organizations.get(k).entity();
            if (namedWith(e, h)) {
                return e;
            }
        }
        return null;
    }

    /** Whether one word of the name of {@code e} is {@code word} (lower case). */
    private static boolean namedWith(Entity e, String word) {
        for (String w : e.canonical().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (w.equals(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * As {@link #organizationNamedWith}, else the first organisation after token {@code at} with
     * {@code head} in its name, within the window: "police said" in a lead, before "the Eastvale
     * Regional Police Service" is named.
     */
    Entity organizationNamedWithNearby(int at, String head) {
        Entity before = organizationNamedWith(at, head);
        if (before != null) {
            return before;
        }
        String h = head.toLowerCase(Locale.ROOT);
        int i = Mentions.firstFrom(organizations, at);
        for (int k = i; k < organizations.size() && k - i < EntityModel.MENTION_WINDOW; k++) {
            Entity e = organizations.get(k).entity();
            if (e.name.size() > 1 && namedWith(e, h)) {
                return e;
            }
        }
        return null;
    }

    /**
     * The most recent organisation before token {@code at} whose name ends with {@code words} (lower
     * case, two or more): "the coast guard" after "the Aldmoor Coast Guard"; null when none.
     */
    Entity organizationEndingWith(int at, String words) {
        String w = " " + words.toLowerCase(Locale.ROOT);
        int i = Mentions.firstFrom(organizations, at) - 1;
        for (int k = i; k >= 0 && i - k < EntityModel.MENTION_WINDOW; k--) {
            Entity e = organizations.get(k).entity();
            if ((" " + e.canonical().toLowerCase(Locale.ROOT)).endsWith(w)) {
                return e;
            }
        }
        return null;
    }

    /**
     * The organisation whose name the one word at token {@code k} is the first word of ("Northwind"
     * for "Northwind Footwear"), when no person the recogniser found there or elsewhere goes by it;
     * null otherwise.
     */
    Entity organizationByFirstWord(int k) {
        int i = Mentions.firstFrom(occurrences, k);
        String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
        if (i < occurrences.size() && occurrences.get(i).token() == k || entities.knownWord(w)) {
            return null;
        }
        return entities.organizationByFirst(w);
    }

    /** The organisation introduced with the acronym or short name {@code word} ("CHEC"), or null. */
    Entity organizationAlias(String word) {
        Entity e = organizationsByName.get(word.toLowerCase(Locale.ROOT));
        return e != null && e.aliases.contains(word.toLowerCase(Locale.ROOT)) ? e : null;
    }

    /** The token of the last organisation mention before token {@code at}, or -1. */
    int lastOrganizationBefore(int at) {
        int i = Mentions.firstFrom(organizations, at) - 1;
        return i < 0 ? -1 : organizations.get(i).token();
    }

    /** The organisation "it" at token {@code at} refers to: the most recent one within reach, or null. */
    Entity resolveIt(int at) {
        int i = Mentions.firstFrom(organizations, at) - 1;
        if (i < 0 || at - organizations.get(i).token() > EntityModel.REACH_TOKENS) {
            return null;
        }
        int people = Mentions.firstFrom(occurrences, at) - 1;
        if (people >= 0 && occurrences.get(people).token() > organizations.get(i).token()) {
            return null; // a person was named since: "it" is less likely the organisation
        }
        return organizations.get(i).entity();
    }
}
