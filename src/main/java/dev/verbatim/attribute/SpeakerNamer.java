package dev.verbatim.attribute;

import dev.verbatim.Gender;
import dev.verbatim.Mention;
import dev.verbatim.Span;
import dev.verbatim.Speaker;
import dev.verbatim.SpeakerKind;
import dev.verbatim.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a source phrase into a {@link Speaker.Known} linked to an entity of the {@link EntityModel}:
 * "he" and "Putin" become "Vladimir Putin"; "the department" the department the article named;
 * "said the affable proprietor" the proprietor it named; an unnamed "a senior official" stays a
 * description. A phrase that names no person or organisation ("this week", "the current layout")
 * is no speaker. {@link #finalSpeaker} gives each speaker its entity's final canonical name and
 * stated gender once the document is read.
 */
final class SpeakerNamer {

    /** Post-modifiers kept in the name of an unnamed source ("a spokesman for the ministry"). */
    private static final Set<String> KEPT_LINKS = Set.of("of", "for");
    /** Tokens after a description with a prepositional phrase within which the person it introduces is named. */
    private static final int NAMED_RIGHT_AFTER = 30;

    private final String text;
    private final List<Token> tokens;
    private final PhraseFinder phrases;
    private final EntityModel model;
    private final Lexicons lexicons;
    private final ParagraphMemory memory;
    private final DocumentView doc;

    SpeakerNamer(DocumentView doc, Lexicons lexicons) {
        this.text = doc.text;
        this.tokens = doc.tokens;
        this.phrases = doc.phrases;
        this.model = doc.resolver;
        this.lexicons = lexicons;
        this.memory = doc.memory;
        this.doc = doc;
    }

    /** A speaker not (yet) linked to an entity of a model: entity 0, gender unknown. */
    static Speaker.Known known(Mention mention, String name, SpeakerKind kind, Optional<String> role) {
        return new Speaker.Known(mention, name, kind, role, 0, Gender.UNKNOWN);
    }

    private static Speaker.Known known(Mention mention, EntityModel.Entity e, Optional<String> role) {
        return new Speaker.Known(mention, e.canonical(), e.kind, role, e.id, Gender.UNKNOWN);
    }

    /** The speaker that phrase {@code p}, the source of the cue at token {@code cueToken}, names. */
    Speaker speakerOf(Phrase p, int cueToken) {
        if (!p.pronoun() && p.kind() == SpeakerKind.PERSON && !tokens.get(p.mentionEnd() - 1).ner().equals("PERSON")) {
            Phrase person = affiliated(p);
            if (person != p) {
                return speakerOf(person, cueToken); // "Anna Zürcher of the Federal Institute for Snow and Ice, …, said"
            }
        }
        Span mentionSpan = new Span(tokens.get(p.mentionStart()).begin(), tokens.get(p.mentionEnd() - 1).end());
        Mention mention = new Mention(mentionSpan, mentionSpan.textOf(text));
        Optional<String> role = p.hasRole()
                ? Optional.of(new Span(tokens.get(p.roleStart()).begin(), tokens.get(p.roleEnd() - 1).end()).textOf(text))
                : Optional.empty();
        if (phrases.relativePronoun(p)) {
            // "Lynch, who said": the mention is "who", the speaker its antecedent
            int k = p.mentionStart() - 1;
            if (k >= 0 && tokens.get(k).text().equals(",")) {
                k = doc.sources.skipParenthesis(k - 1, 0); // "Sen. Mark Healey, R-Ohio, who"
            }
            Phrase antecedent = k >= 0 ? phrases.endingAt(k, Math.max(0, k - 12)) : null;
            if (tokens.get(p.mentionStart()).is("who")) {
                antecedent = relativeAntecedent(antecedent, Math.max(0, k - 16));
            }
            if (antecedent != null && !tokens.get(antecedent.mentionEnd() - 1).ner().equals("PERSON")) {
                antecedent = affiliated(antecedent); // "Anna Zürcher of the Federal Institute for Snow and Ice, who"
            }
            Phrase named = phrases.trailingPerson(antecedent);
            if (named != null) {
                antecedent = named; // "the endorsement of former Sen. Gordon Humphrey, who told": the one named last
            }
            if (antecedent != null && !antecedent.pronoun()
                    && speakerOf(antecedent, cueToken) instanceof Speaker.Known a) {
                return new Speaker.Known(mention, a.name(), a.kind(), a.role(), a.entity(), Gender.UNKNOWN);
            }
            return known(mention, model.named(SpeakerKind.DESCRIPTION, mention.text()), Optional.empty());
        }
        if (p.pronoun()) {
            return pronoun(p, mention);
        }
        return switch (p.kind()) {
            case PERSON -> person(p, mention, role, cueToken);
            case ORGANIZATION -> organization(p, mention, cueToken);
            case DESCRIPTION -> description(p, mention, cueToken);
        };
    }

    /**
     * The person whose affiliation ends in phrase {@code p} ("Anna Zürcher of the Federal Institute
     * for Snow and Ice": the phrase "Ice" after a link word, back over capitalised words and links
     * to a name the recogniser tagged), else {@code p}.
     */
    private Phrase affiliated(Phrase p) {
        int m = p.start() - 1;
        if (m < 1 || !LINKS.contains(tokens.get(m).text().toLowerCase(Locale.ROOT))) {
            return p;
        }
        for (; m >= 0 && p.start() - m <= 12; m--) {
            Token t = tokens.get(m);
            if (t.ner().equals("PERSON")) {
                Phrase person = phrases.endingAt(m, Math.max(0, m - 8));
                return person != null && person.kind() == SpeakerKind.PERSON && !person.pronoun() ? person : p;
            }
            boolean link = LINKS.contains(t.text().toLowerCase(Locale.ROOT)) || t.pos().equals("DT");
            if (!link && !PhraseFinder.proper(t)) {
                return p;
            }
        }
        return p;
    }

    private static final Set<String> LINKS = Set.of("of", "for", "and", "&", "at", "in");

    /**
     * The person a "who" after the phrase {@code p} refers to, looking no further back than token
     * {@code lo}: past an age ("Marsh, 48, who"), and from a phrase that is no person to the one a
     * preposition attaches it to ("a person familiar with the investigation, who", "a senior diplomat
     * based in Port Selim, who"); {@code p} itself otherwise.
     */
    private Phrase relativeAntecedent(Phrase p, int lo) {
        if (p == null) {
            return null;
        }
        if (doc.sources.isNumber(p) && p.start() - 2 >= lo && tokens.get(p.start() - 1).text().equals(",")) {
            Phrase named = phrases.endingAt(p.start() - 2, lo);
            return named != null ? named : p;
        }
        if (personLike(p)) {
            return p;
        }
        int m = p.start() - 1;
        if (m <= lo || !(tokens.get(m).pos().equals("IN") || tokens.get(m).pos().equals("TO"))) {
            return p;
        }
        m--;
        while (m > lo && (tokens.get(m).pos().equals("VBN") || tokens.get(m).pos().startsWith("JJ"))) {
            m--; // "based in", "familiar with"
        }
        Phrase head = phrases.endingAt(m, lo);
        if (head == null || head.end() != m + 1 || !personLike(head)) {
            return p;
        }
        if (head.start() - 2 >= lo && tokens.get(head.start() - 1).text().equals(",")) {
            // "Senator Jeff Flake, Republican of Arizona, who": the person the description is in apposition to
            Phrase named = phrases.endingAt(head.start() - 2, lo);
            if (named != null && named.kind() == SpeakerKind.PERSON && !named.pronoun()
                    && tokens.get(named.mentionEnd() - 1).ner().equals("PERSON")) {
                return named;
            }
        }
        return head;
    }

    /**
     * The capitalised words, lower case, of a description from token {@code from} before its head
     * at {@code headAt} ("The Ohio governor": ohio).
     */
    private List<String> capitalisedModifiers(int from, int headAt) {
        List<String> out = new ArrayList<>();
        for (int k = from; k < headAt; k++) {
            Token t = tokens.get(k);
            if (!t.pos().equals("DT") && Character.isUpperCase(t.text().codePointAt(0))) {
                out.add(t.text().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** Whether phrase {@code p} names a person or describes one by a noun for people ("a senior diplomat"). */
    private boolean personLike(Phrase p) {
        if (p.pronoun()) {
            return false;
        }
        if (p.kind() == SpeakerKind.PERSON) {
            return tokens.get(p.mentionEnd() - 1).ner().equals("PERSON") || tokens.get(p.mentionEnd() - 1).isProperNoun();
        }
        return p.kind() == SpeakerKind.DESCRIPTION && lexicons.canSpeak(tokens.get(head(p)).text().toLowerCase(Locale.ROOT));
    }

    private Speaker pronoun(Phrase p, Mention mention) {
        String pr = mention.text().toLowerCase(Locale.ROOT);
        Speaker described = (pr.equals("he") || pr.equals("she")) ? unnamedSubject(p.mentionStart(), mention, pr) : null;
        if (described != null) {
            return described;
        }
        Speaker subject = (pr.equals("he") || pr.equals("she")) ? describedSubject(p.mentionStart(), mention, pr) : null;
        if (subject != null) {
            return subject;
        }
        EntityModel.Entity e = pr.equals("it") ? itSpeaker(p.mentionStart()) : pr.equals("they") ? groupSpeaker(p.mentionStart())
                : reporterBefore(p.mentionStart(), pr);
        if (e == null && pr.equals("they")) {
            e = openingGroupBefore(p.mentionStart());
        }
        if (e == null && !pr.equals("it")) {
            e = model.resolvePronoun(p.mentionStart(), pr, previousSpeaker());
        }
        if (e != null) {
            return known(mention, e, Optional.ofNullable(e.role));
        }
        SpeakerKind kind = pr.equals("it") || pr.equals("they") || pr.equals("we") || pr.equals("their")
                || pr.equals("its") ? SpeakerKind.DESCRIPTION : SpeakerKind.PERSON;
        EntityModel.Entity named = model.named(kind, mention.text());
        named.state(GenderCues.ofPronoun(pr)); // a "she" no one is found for is still a woman: no "he" joins her
        return known(mention, named, Optional.empty());
    }

    /**
     * The person a "he" or "she" at token {@code at} refers to when the last sentence of narration
     * before it has a definite description of someone the article named as its subject, by the
     * role or age the article gave them ("Asked whether he would open a second shop, the former
     * welder laughed. “…,” he said."; "the rookie grinned. “…,” she said."): that person, when the
     * gender allows and no one spoke in the paragraph after the description; else null.
     */
    private Speaker describedSubject(int at, Mention mention, String pronoun) {
        int u = model.describedSubjectBefore(at);
        if (u < 0 || spokeInParagraphAfter(u)) {
            return null;
        }
        int start = u;
        while (!tokens.get(start).is("the")) {
            start--;
        }
        String word = tokens.get(u).text().toLowerCase(Locale.ROOT);
        EntityModel.Entity e = model.byRole(word, u, capitalisedModifiers(start, u));
        int age = ageIn(start, u);
        if (e == null && age >= 0) {
            e = model.byAge(age, u);
        }
        Gender g = GenderCues.ofPronoun(pronoun);
        if (e == null || e.kind != SpeakerKind.PERSON || !GenderCues.compatible(e.gender(), g)
                || model.otherPersonNamedJustBefore(e, start, g)) {
            return null; // not "… anchor Ilia Calderón reacted …. The Afro-Colombian journalist …": the journalist named long before
        }
        e.state(g);
        e.epithets++;
        return known(mention, e, Optional.ofNullable(e.role));
    }

    /**
     * Whether the description {@code p} has an apposition after a comma that names a thing or a body
     * rather than a person ("The building's new tenant, a coffee chain, has promised"): then it is no
     * person the article named before.
     */
    private boolean inanimateApposition(Phrase p) {
        int k = p.mentionEnd();
        if (k + 1 >= tokens.size() || doc.quotedTok[k] || !tokens.get(k).text().equals(",")) {
            return false;
        }
        Phrase a = phrases.startingAt(k + 1, doc.sentenceEnd(tokens.get(k).sentence()));
        if (a == null || a.pronoun() || a.kind() != SpeakerKind.DESCRIPTION || a.start() != k + 1
                || !ArticleTokens.indefinite(tokens.get(a.start()))) {
            return false;
        }
        Token head = tokens.get(a.mentionEnd() - 1);
        return head.isNoun() && !lexicons.animate().contains(head.text().toLowerCase(Locale.ROOT))
                && !lexicons.animate().contains(WordList.singular(head.text().toLowerCase(Locale.ROOT)));
    }

    /** Whether the last attribution of the paragraph so far has a speaker mentioned after token {@code u}: someone spoke since. */
    private boolean spokeInParagraphAfter(int u) {
        Attribution last = memory.inParagraph();
        return last != null && last.speaker() instanceof Speaker.Known k && k.mention().span().begin() > tokens.get(u).begin();
    }

    /**
     * The unnamed person a "he" or "she" at token {@code at} refers to: the indefinite description
     * that opens the last sentence of narration before the pronoun's own, or follows "said" there
     * ("One farmer, who asked not to be named, said … “…,” he said"), when no one is named or quoted
     * as speaking after it and its words allow the gender; else null.
     */
    private Speaker unnamedSubject(int at, Mention mention, String pronoun) {
        int u = model.unnamedSubjectBefore(at);
        if (u < 0) {
            u = model.unnamedSubjectOfSentence(at);
        }
        if (u < 0 || spokeInParagraphAfter(u)) {
            return null;
        }
        Gender g = GenderCues.ofPronoun(pronoun);
        if (!GenderCues.compatible(GenderCues.ofNoun(tokens.get(u).text()), g) || tokens.get(u).pos().equals("NNS")) {
            return null;
        }
        Phrase d = phrases.endingAt(u, Math.max(0, u - 8));
        if (d == null || d.kind() != SpeakerKind.DESCRIPTION || d.pronoun() || d.mentionEnd() != u + 1) {
            return null;
        }
        if (!ArticleTokens.indefinite(tokens.get(d.mentionStart()))) {
            return null; // "The vet … she": a definite description may be someone the article named
        }
        int start = d.start();
        boolean opensSentence = start == 0 || tokens.get(start - 1).sentence() != tokens.get(start).sentence();
        boolean afterSay = start > 0 && tokens.get(start - 1).lemma().equals("say");
        if (!opensSentence && !afterSay) {
            return null; // not "became a bully", "is a successful president": a subject, or "said one resident"
        }
        // "A spokeswoman for Tarnside Police said …": the speaker the whole phrase named, "for …" and all
        Phrase whole = phrases.startingAt(d.start(), doc.sentenceEnd(tokens.get(u).sentence()));
        EntityModel.Entity e = whole != null && whole.mentionStart() == d.mentionStart() && whole.mentionEnd() > d.mentionEnd()
                ? model.existing(SpeakerKind.DESCRIPTION, shortName(whole)) : null;
        if (e == null) {
            e = model.named(SpeakerKind.DESCRIPTION, shortName(d));
        }
        e.state(g);
        return known(mention, e, Optional.empty());
    }

    private Speaker person(Phrase p, Mention mention, Optional<String> role, int cueToken) {
        if (model.epithet(p.mentionStart(), p.mentionEnd())) {
            // "recalls the unflappable Scot": a word for people the recogniser took for a name
            Span whole = new Span(tokens.get(p.start()).begin(), tokens.get(p.mentionEnd() - 1).end());
            return description(new Phrase(p.start(), p.end(), p.start(), p.mentionEnd(), SpeakerKind.DESCRIPTION, false, -1, -1),
                    new Mention(whole, whole.textOf(text)), cueToken);
        }
        if (p.mentionEnd() - p.mentionStart() == 1 && !role.isPresent()) {
            // "MEP added" after "The Ministry of Emergency Preparedness (MEP)", the acronym taken for a name;
            // "Northwind wrote" after "Northwind Footwear"
            EntityModel.Entity org = model.organizationAlias(tokens.get(p.mentionStart()).text());
            if (org == null) {
                org = model.organizationByFirstWord(p.mentionStart());
            }
            if (org != null) {
                return known(mention, org, Optional.empty());
            }
        }
        EntityModel.Entity e = model.lookup(p.mentionStart(), p.mentionEnd());
        if (e == null) {
            return known(mention, model.named(SpeakerKind.PERSON, mention.text()), role);
        }
        if (role.isPresent()) {
            model.describe(e, p.roleStart(), p.roleEnd());
            if (e.role == null) {
                e.role = role.get();
            }
        }
        return known(mention, e, role.isPresent() ? role : Optional.ofNullable(e.role));
    }

    /** Determiners after which an organisation noun refers to no one organisation named before. */
    private static final Set<String> QUANTIFIERS = Set.of("neither", "either", "each", "every", "no", "any", "all", "both",
            "some", "another", "many", "few", "several");

    private Speaker organization(Phrase p, Mention mention, int cueToken) {
        if (phrases.titledName(p.mentionStart(), p.mentionEnd())) {
            EntityModel.Entity person = model.lookup(p.mentionStart(), p.mentionEnd());
            if (person != null && person.kind == SpeakerKind.PERSON) {
                return known(mention, person, Optional.ofNullable(person.role)); // "spokesperson, Morgan Tell,": tagged a company
            }
        }
        String word = tokens.get(p.mentionStart()).text();
        if (p.mentionEnd() - p.mentionStart() == 1 && lexicons.organizationWords().contains(word.toLowerCase(Locale.ROOT))) {
            EntityModel.Entity named = model.organizationNamedWithNearby(cueToken, word);
            if (named != null) {
                return known(mention, named, Optional.empty()); // "Police said" after or before "the Eastvale Regional Police Service"
            }
        }
        if (p.mentionEnd() - p.mentionStart() == 1 && tokens.get(p.mentionStart()).isProperNoun()) {
            EntityModel.Entity person = model.byName(tokens.get(p.mentionStart()).text());
            if (person != null) {
                return known(mention, person, Optional.ofNullable(person.role)); // "Campbell", taken for a company
            }
        }
        boolean named = false;
        for (int k = p.mentionStart(); k < p.mentionEnd(); k++) {
            named |= tokens.get(k).isProperNoun() || !tokens.get(k).ner().equals("O");
        }
        // "the campaign", "a union that has endorsed him"; "the streaming company" (lower-case words only)
        int length = p.mentionEnd() - p.mentionStart();
        boolean modified = length > 2 && length <= 4 && !named && tokens.get(p.mentionStart()).is("the")
                && lowerCase(p.mentionStart() + 1, p.mentionEnd());
        boolean bare = (length <= 2 || modified) && tokens.get(p.mentionStart()).pos().equals("DT");
        if (bare && QUANTIFIERS.contains(tokens.get(p.mentionStart()).text().toLowerCase(Locale.ROOT))) {
            // "Neither campaign", "any company": no one organisation, a description of the ones meant
            return known(mention, model.named(SpeakerKind.DESCRIPTION, mention.text()), Optional.empty());
        }
        EntityModel.Entity e = named || !bare ? model.organization(p.mentionStart(), p.mentionEnd())
                : model.organizationFor(cueToken, tokens.get(p.mentionEnd() - 1).text(),
                        modified ? words(p.mentionStart() + 1, p.mentionEnd() - 1) : List.of());
        if (e == null) {
            e = model.organization(p.mentionStart(), p.mentionEnd()); // "the company", the article's only one
        }
        return e == null ? Speaker.unknown() : known(mention, e, Optional.empty());
    }

    /**
     * The first token of the sentence of token {@code k} when only a quotation and punctuation come
     * before {@code k} in it ("“…,” the shopkeeper said"); else {@code k}.
     */
    private int openingBefore(int k) {
        int s = tokens.get(k).sentence();
        int begin = doc.sentenceBegin(s);
        for (int j = begin; j < k; j++) {
            if (!doc.quotedTok[j] && !tokens.get(j).isPunctuation()) {
                return k;
            }
        }
        return begin;
    }

    /** The words of tokens {@code [from, to)}, in lower case. */
    private List<String> words(int from, int to) {
        List<String> w = new java.util.ArrayList<>();
        for (int k = from; k < to; k++) {
            w.add(tokens.get(k).text().toLowerCase(Locale.ROOT));
        }
        return w;
    }

    /** Whether every token of {@code [from, to)} is written in lower case ("streaming", not "German"). */
    private boolean lowerCase(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!tokens.get(k).text().equals(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private Speaker description(Phrase p, Mention mention, int cueToken) {
        Token first = tokens.get(p.mentionStart());
        int headAt = head(p);
        Token head = tokens.get(headAt);
        String headWord = head.text().toLowerCase(Locale.ROOT);
        boolean definite = first.is("the") || first.pos().equals("PRP$") || possessive(p);
        boolean plural = head.pos().equals("NNS") || head.pos().equals("NNPS") || lexicons.groups().contains(headWord);
        String description = mention.text().replaceFirst("(?i)^the\\s+", "");
        boolean capitalised = Character.isUpperCase(first.text().codePointAt(0)) && Character.isUpperCase(head.text().codePointAt(0));
        if (first.isProperNoun() || head.isProperNoun() || capitalised) { // "BC Coastal Ferries", tagged common nouns
            EntityModel.Entity org = model.organizationEndingWith(cueToken, description);
            if (org != null && org.canonical().equalsIgnoreCase(description)) {
                return known(mention, org, Optional.empty()); // "Meridale Freight Systems (MFS)", collected untagged
            }
        }
        String word = writtenAsOneWord(p.mentionStart(), p.mentionEnd());
        if (word != null) {
            EntityModel.Entity org = model.organizationAlias(word);
            if (org != null) {
                return known(mention, org, Optional.empty()); // "CHEC said", the acronym tagged a common noun
            }
            // "Price said" after "Darnell Price"; "Achebe-Strand told reporters", "Strand" tagged a common noun
            EntityModel.Entity person = Character.isUpperCase(word.codePointAt(0)) ? model.byName(word) : null;
            if (person != null && person.kind == SpeakerKind.PERSON) {
                return known(mention, person, Optional.ofNullable(person.role));
            }
        }
        Speaker creator = creator(p, mention, headAt, cueToken);
        if (creator != null) {
            return creator; // "a statement from the authority": the authority speaks
        }
        if (first.is("the") && headAt == p.mentionEnd() - 1 && headAt - p.mentionStart() <= 2
                && lexicons.media().contains(head.lemma().toLowerCase(Locale.ROOT))) {
            Speaker.Known issuer = issuerOfEarlier(p.mentionStart(), head.lemma().toLowerCase(Locale.ROOT));
            if (issuer != null) { // "The union said in a statement that …. “…,” the statement said.": the union
                return new Speaker.Known(mention, issuer.name(), issuer.kind(), issuer.role(), issuer.entity(), Gender.UNKNOWN);
            }
        }
        if (first.is("the") && headAt == p.mentionEnd() - 1 && headAt - p.mentionStart() >= 2) {
            EntityModel.Entity org = model.organizationEndingWith(cueToken,
                    new Span(tokens.get(p.mentionStart() + 1).begin(), tokens.get(headAt).end()).textOf(text));
            if (org != null) {
                return known(mention, org, Optional.empty()); // "the coast guard" after "the Aldmoor Coast Guard"
            }
        }
        if (first.is("the") && !plural && headAt - p.mentionStart() <= 2 && !lexicons.canSpeak(headWord)) {
            EntityModel.Entity org = model.organizationNamedWith(cueToken, headWord);
            if (org != null) {
                return known(mention, org, Optional.empty()); // "the district", named in full before
            }
        }
        boolean comparative = headWord.equals("older") || headWord.equals("elder") || headWord.equals("younger");
        if (first.is("the") && comparative && headAt + 2 < p.mentionEnd() && tokens.get(headAt + 1).is("of")) {
            EntityModel.Entity e = model.ofTheTwo(cueToken, !headWord.equals("younger"));
            if (e != null) {
                return known(mention, e, Optional.of(description)); // "said the older of the two"
            }
        }
        if (definite && !plural) {
            // "her husband said": a relative or colleague of the person the possessive refers to, never that person
            EntityModel.Entity possessor = first.pos().equals("PRP$") && p.mentionEnd() - p.mentionStart() <= 3
                    ? model.possessor(p.mentionStart(), first.text().toLowerCase(Locale.ROOT), previousSpeaker()) : null;
            EntityModel.Entity e = possessor != null ? model.relative(possessor, headWord, cueToken) : null;
            if (e == null) {
                e = model.byRole(headWord, cueToken, capitalisedModifiers(p.mentionStart(), headAt));
            }
            int age = ageIn(p.mentionStart(), headAt);
            if (e == null && age >= 0 && possessor == null) {
                e = model.byAge(age, cueToken); // "the 52-year-old" again, or after "Tom Haldane, 52,"
            }
            if (e != null && e == possessor) {
                e = null;
            }
            boolean office = lexicons.offices().contains(headWord) && !hasAge(p.mentionStart(), headAt);
            // "His wife had warned him": a relative the article has not named is no one else it named either
            boolean unnamedRelative = possessor != null && e == null && Families.familyNoun(headWord);
            // "A neighbour, who …, said …" then "the neighbour"; "“…,” says a narrator." then "the ad's narrator"
            EntityModel.Entity introduced = e == null && possessor == null && headAt == p.mentionEnd() - 1
                    && (office || lexicons.animate().contains(headWord) && !inanimateApposition(p))
                    ? introducedAs(p.mentionStart(), headWord, false) : null;
            if (introduced != null) {
                return known(mention, introduced, Optional.empty());
            }
            // "Gary Johnson's doctor", "Obama's former campaign strategist": someone of a person the article names,
            // not that person nor whoever was named last, when no role or age ties them to a name
            // (a relative aside: "Donald Trump's eldest daughter, 34," is whom the profile is about)
            boolean ofNamedPerson = possessor == null && namedPossessor(p, headAt) && !Families.familyNoun(headWord);
            if (e == null && !office && !unnamedRelative && !ofNamedPerson
                    && (lexicons.animate().contains(headWord) || hasAge(p.mentionStart(), headAt)
                    || first.is("the") && animateModifier(p.mentionStart() + 1, headAt)) && !inanimateApposition(p)) {
                // an office the article gave no one ("the tournament director") is someone new
                Gender g = GenderCues.ofNoun(headWord);
                if (g == Gender.UNKNOWN) { // "said the freshman center, who … her first tournament game"
                    int last = p.mentionEnd() - 1;
                    g = model.pronounAfter(last, doc.sentenceEnd(tokens.get(last).sentence()));
                }
                // a noun for people is not whom its own words name ("the first witness in the trial of Glenn
                // Roarke", "Clinton's right-hand woman"); "the event with Obama" may be
                boolean someoneElse = lexicons.animate().contains(headWord)
                        || lexicons.animate().contains(tokens.get(phrases.firstHead(p)).text().toLowerCase(Locale.ROOT));
                // a new description is rarely the one who spoke just before, unless that one was the subject of the
                // sentence this description opens after: "Kelly Tran … said …. The mother of three said"
                int excluded = possessor != null ? possessor.id : previousSpeaker();
                EntityModel.Entity subjectBefore = model.subjectOfSentenceBefore(openingBefore(p.mentionStart()));
                if (possessor == null && subjectBefore != null && subjectBefore.id == excluded) {
                    excluded = -1;
                }
                e = model.recentPerson(cueToken, g, excluded, someoneElse ? p.mentionStart() : 0, someoneElse ? p.mentionEnd() : 0);
                if (e != null) {
                    e.state(g); // the pronoun refers to the description, so to the person it names
                }
            }
            if (e != null) {
                model.describe(e, p.mentionStart(), p.mentionEnd());
                if (age >= 0 && e.age < 0) {
                    e.age = age; // "the 52-year-old said", named before: a later "the 52-year-old" is the same person
                }
                if (possessor == null && e.kind == SpeakerKind.PERSON) {
                    e.epithets++;
                }
                return known(mention, e, Optional.of(description));
            }
        }
        if (first.is("the") && !plural && headAt == p.mentionEnd() - 1 && lexicons.sources().contains(headWord)) {
            EntityModel.Entity introduced = introducedAs(p.mentionStart(), headWord, true);
            if (introduced != null) {
                return known(mention, introduced, Optional.empty()); // "A source close to the couple told …" then "the source said"
            }
        }
        if (noSpeaker(p, head, headWord)) {
            return Speaker.unknown(); // "this week", "oil": no speaker
        }
        boolean headLast = headAt == p.mentionEnd() - 1
                || KEPT_LINKS.contains(tokens.get(headAt + 1).text().toLowerCase(Locale.ROOT)); // "a spokesperson for Dunmore"
        if ((first.is("a") || first.is("an")) && !plural && headLast
                && (lexicons.animate().contains(headWord) || lexicons.titles().contains(headWord))
                && !anonymousOrNamedAfter(headAt, p.mentionEnd())) {
            // with a prepositional phrase ("a spokesperson for Dunmore"), only the one named right after
            EntityModel.Entity named = model.namedLaterAs(headWord, headAt,
                    headAt == p.mentionEnd() - 1 ? EntityModel.REACH_TOKENS * 3 : NAMED_RIGHT_AFTER);
            if (named != null) {
                // "A building inspector told the court that …" then "The inspector, Anselm Korhonen, said"
                return known(mention, named, Optional.of(description));
            }
        }
        return known(mention, model.named(SpeakerKind.DESCRIPTION, shortName(p)), Optional.empty());
    }

    /**
     * The unnamed person or thing an earlier indefinite description with the same head noun
     * introduced ("A neighbour, who asked not to be named, said …", then "the neighbour said"; "A
     * source close to the couple told …", then "the source said"), within
     * {@link EntityModel#REACH_TOKENS} times three tokens before token {@code at}: that
     * description's entity, when it has spoken. Null when there is none, it has not spoken, or a name
     * follows it in apposition; and, when {@code named}, when a description with a proper noun and
     * the same head stands between ("The Quinnipiac poll").
     */
    private EntityModel.Entity introducedAs(int at, String headWord, boolean named) {
        for (int k = at - 1; k > 0 && at - k <= EntityModel.REACH_TOKENS * 3; k--) {
            if (doc.quotedTok[k] || !tokens.get(k).text().equalsIgnoreCase(headWord)) {
                continue;
            }
            if (k + 1 < tokens.size() && tokens.get(k + 1).isNoun()) {
                continue; // "a general election": not the noun's phrase
            }
            Phrase d = phrases.endingAt(k, Math.max(0, k - 6));
            if (named && d != null && d.mentionEnd() == k + 1 && !ArticleTokens.indefinite(tokens.get(d.mentionStart()))
                    && properNounBetween(d.mentionStart(), k)) {
                return null; // "A CNN poll found …. The Quinnipiac poll found …. The poll also found": that one
            }
            if (d == null || d.pronoun() || d.kind() != SpeakerKind.DESCRIPTION || d.mentionEnd() != k + 1
                    || !ArticleTokens.indefinite(tokens.get(d.mentionStart()))) {
                continue;
            }
            int after = k + 1;
            if (after + 1 < tokens.size() && tokens.get(after).text().equals(",") && tokens.get(after + 1).ner().equals("PERSON")) {
                return null; // "a neighbour, Tom Reyes, …": the named person, for the role rules
            }
            // only a description that has spoken already: "A former actuary builds a following" in a headline does not;
            // named with its qualifier when it has one ("A person familiar with the matter said …. The person, who …, said")
            Phrase whole = phrases.startingAt(d.start(), Math.min(tokens.size(), after + EntityModel.MAX_QUALIFIER));
            EntityModel.Entity qualified = whole != null && whole.mentionEnd() > after
                    ? model.existing(SpeakerKind.DESCRIPTION, shortName(whole)) : null;
            for (int end = Math.min(doc.sentenceEnd(tokens.get(k).sentence()), after + EntityModel.MAX_QUALIFIER);
                 qualified == null && end > after; end--) {
                // the qualifier as the source was written: "A source close to the couple told …"
                String written = new Span(tokens.get(d.mentionStart()).begin(), tokens.get(end - 1).end()).textOf(text);
                qualified = model.existing(SpeakerKind.DESCRIPTION, written);
            }
            return qualified != null ? qualified : model.existing(SpeakerKind.DESCRIPTION, shortName(d));
        }
        return null;
    }

    /** Whether a proper noun stands in tokens {@code [from, to)}. */
    private boolean properNounBetween(int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).isProperNoun()) {
                return true;
            }
        }
        return false;
    }

    /** Words that make a source one the article keeps unnamed: "on condition of anonymity", "not authorized to speak". */
    private static final Set<String> ANONYMITY = Set.of("anonymity", "anonymous", "anonymously", "authorized", "authorised",
            "named", "identified");

    /**
     * Whether the sentence of the description whose head is token {@code headAt} says the source
     * stays unnamed ("speaking on condition of anonymity"), or names a person after it ("an
     * unpledged delegate supporting Clinton, Christine Pelosi"): no one named later is that source.
     */
    private boolean anonymousOrNamedAfter(int headAt, int mentionEnd) {
        int sentence = tokens.get(headAt).sentence();
        for (int k = headAt + 1; k < tokens.size() && tokens.get(k).sentence() == sentence; k++) {
            // a name inside the description's own prepositional phrase is whom it works for: "a spokesperson for Dunmore"
            if (!doc.quotedTok[k] && (tokens.get(k).ner().equals("PERSON") && k - headAt <= 8 && k >= mentionEnd
                    || ANONYMITY.contains(tokens.get(k).text().toLowerCase(Locale.ROOT)))) {
                return true;
            }
        }
        for (int k = headAt - 1; k >= 0 && tokens.get(k).sentence() == sentence; k--) {
            if (!doc.quotedTok[k] && ANONYMITY.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The text of tokens {@code [from, to)} when they are written together as one word ("Achebe-Strand"), else null. */
    private String writtenAsOneWord(int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (tokens.get(k - 1).end() != tokens.get(k).begin()) {
                return null;
            }
        }
        return new Span(tokens.get(from).begin(), tokens.get(to - 1).end()).textOf(text);
    }

    /** Whether a word in tokens {@code [from, to)} before the head names people: "the freshman center". */
    private boolean animateModifier(int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).isNoun() && !tokens.get(k).isProperNoun()
                    && lexicons.animate().contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** "the 52-year-old", "the 44-year-old constructor": an age in a description is a person's. */
    private boolean hasAge(int from, int headAt) {
        return ageIn(from, headAt) >= 0;
    }

    /** The age a description in tokens {@code [from, headAt]} gives ("the 52-year-old": 52), or -1. */
    private int ageIn(int from, int headAt) {
        for (int k = from; k <= headAt; k++) {
            int age = age(k);
            if (age >= 0) {
                return age;
            }
        }
        return -1;
    }

    private static final Pattern AGE = Pattern.compile("(\\d{1,3})-year-old");

    /** The age that the word ending at token {@code headAt} is ("52-year-old": 52), or -1. */
    private int age(int headAt) {
        StringBuilder word = new StringBuilder(tokens.get(headAt).text());
        for (int k = headAt; k > 0 && tokens.get(k - 1).end() == tokens.get(k).begin(); k--) {
            word.insert(0, tokens.get(k - 1).text()); // "52", "-", "year", "-", "old" written together
        }
        Matcher m = AGE.matcher(word);
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    /**
     * Whether an unnamed description names nothing that can speak: a time ("this week", "last
     * year") or a bare mass noun that names no person, group or source ("oil", "law"). Quantities
     * of people ("some", "most", "the two"), places and organisations that stand for their people
     * ("the city"), and artifacts ("the report") can speak.
     */
    private boolean noSpeaker(Phrase p, Token head, String headWord) {
        if (TIME_HEADS.contains(headWord) || head.ner().equals("DATE")) {
            return true;
        }
        boolean bare = p.mentionEnd() - p.mentionStart() == 1 && head.pos().equals("NN")
                && Character.isLowerCase(head.text().codePointAt(0)); // "Politifact" is a name
        return bare && !lexicons.canSpeak(headWord) && !lexicons.organizationWords().contains(headWord)
                && !PhraseFinder.quantifier(headWord); // "Nearly half said"
    }

    static final Set<String> TIME_HEADS = Set.of("week", "weeks", "month", "months", "year", "years", "day",
            "days", "decade", "decades", "century", "weekend", "season", "quarter", "hour", "hours", "minute", "minutes",
            "morning", "afternoon", "evening", "night", "today", "yesterday", "tonight", "tomorrow", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "june",
            "july", "august", "september", "october", "november", "december", "spring", "summer", "autumn", "fall",
            "winter");

    /**
     * The source of the report that ended the paragraph before, when the pronoun at token {@code at}
     * has no speaker before it in its own paragraph and means that source; see
     * {@link Pronouns#reporterBefore}. Null otherwise.
     */
    private EntityModel.Entity reporterBefore(int at, String pronoun) {
        Attribution before = memory.inParagraph() == null ? memory.previousParagraph() : null;
        // a quote that took over the attribution before it has that attribution's cue as its owner
        int cue = before == null ? -1 : before.cueToken() >= 0 ? before.cueToken() : Math.max(-1, before.owner());
        if (!(before != null && before.speaker() instanceof Speaker.Known k) || cue < 0) {
            return null;
        }
        return model.reporterBefore(at, pronoun, k.entity(), cue);
    }

    /**
     * The organisation or thing a speaking "it" at token {@code at} refers to: the speaker of the
     * attribution before it, in its paragraph or the one before, when that speaker is no person ("The
     * company said …. It added …", "…, the lawsuit alleges. / It also claims …") when no organisation
     * is named since; else the most recent organisation within reach; null when there is none.
     */
    private EntityModel.Entity itSpeaker(int at) {
        Attribution before = memory.inParagraph() != null ? memory.inParagraph() : memory.previousParagraph();
        int org = model.lastOrganizationBefore(at);
        if (before != null && before.speaker() instanceof Speaker.Known k && k.mention().span().begin() < tokens.get(at).begin()
                && (org < 0 || tokens.get(org).begin() <= k.mention().span().begin()) // no organisation named since
                && (k.kind() == SpeakerKind.ORGANIZATION || k.kind() == SpeakerKind.DESCRIPTION && thing(k.mention()))) {
            return model.entity(k.entity());
        }
        return model.resolveIt(at);
    }

    /**
     * The group a speaking "they" at token {@code at} refers to: the speaker of the attribution before
     * it, in its paragraph or the one before, when that speaker is a plural description of people
     * ("Critics of the fund say …. Cost overruns were never explained, they point out.") and nobody
     * has been named or quoted since; null otherwise.
     */
    private EntityModel.Entity groupSpeaker(int at) {
        Attribution before = memory.inParagraph() != null ? memory.inParagraph() : memory.previousParagraph();
        if (!(before != null && before.speaker() instanceof Speaker.Known k) || k.kind() != SpeakerKind.DESCRIPTION
                || !plural(k.mention()) || k.mention().span().begin() >= tokens.get(at).begin()) {
            return null;
        }
        int h = head(k.mention());
        if (h < 0 || !lexicons.canSpeak(tokens.get(h).text().toLowerCase(Locale.ROOT))) {
            return null; // "They" after "the figures": not people
        }
        int from = doc.analyzed.tokenAtOrAfter(k.mention().span().end());
        if (at - from > 2 * DocumentView.MAX_REACH) {
            return null; // too far back to say
        }
        for (int j = from; j < at; j++) {
            if (tokens.get(j).isProperNoun() && !tokens.get(j).ner().equals("O") && !doc.quotedTok[j]) {
                return null; // someone named since may be whom "they" means
            }
        }
        return model.entity(k.entity());
    }

    /**
     * The group a "They" opening a sentence refers to when the sentence before, in its paragraph,
     * opens with a plural description of people as its subject and names no one ("The researchers,
     * from the University of Kent, measured skulls …. They found …"; "Local residents packed the
     * hall. They said …"): that description, as the speaker an attribution to it would have; null
     * otherwise.
     */
    private EntityModel.Entity openingGroupBefore(int at) {
        int s = tokens.get(at).sentence();
        if (s == 0 || doc.sentenceBegin(s) != at) {
            return null;
        }
        int begin = doc.sentenceBegin(s - 1);
        int end = doc.sentenceEnd(s - 1);
        if (doc.paragraphOf(tokens.get(begin).begin()) != doc.paragraphOf(tokens.get(at).begin())) {
            return null;
        }
        Phrase p = doc.quotedTok[begin] ? null : phrases.startingAt(begin, end);
        if (p == null || p.start() != begin || p.pronoun() || p.kind() != SpeakerKind.DESCRIPTION
                || doc.nextFiniteVerb(begin, end) < p.mentionEnd()) {
            return null;
        }
        int h = phrases.firstHead(p);
        String headWord = tokens.get(h).text().toLowerCase(Locale.ROOT);
        boolean plural = tokens.get(h).pos().equals("NNS") || lexicons.groups().contains(headWord);
        boolean people = lexicons.groups().contains(headWord) || lexicons.animate().contains(WordList.singular(headWord));
        if (!plural || !people) {
            return null; // "They" after "The figures" or "The results": not people
        }
        for (int j = begin; j < end; j++) {
            if (!doc.quotedTok[j] && tokens.get(j).ner().equals("PERSON")) {
                return null; // someone named may be whom "they" means
            }
        }
        return model.named(SpeakerKind.DESCRIPTION, shortName(p));
    }

    /**
     * Whether a description names one thing that speaks for someone ("the lawsuit", "The ad", "the
     * email"; source-nouns.txt, medium-nouns.txt) or an organisation ("the department"): what "it" can be.
     */
    private boolean thing(Mention m) {
        String[] w = m.text().toLowerCase(Locale.ROOT).split("\\s+");
        String head = w[w.length - 1];
        return w.length <= 4 && !plural(m) && (lexicons.sources().contains(head) || lexicons.media().contains(head)
                || lexicons.organizationWords().contains(head));
    }

    /** The entity of the last attribution in the paragraph, or -1. */
    private int previousSpeaker() {
        Attribution last = memory.inParagraph();
        return last != null && last.speaker() instanceof Speaker.Known k ? k.entity() : -1;
    }

    /**
     * The maker of an artifact that a description names as the source ("a statement from the
     * authority", "a post by the mayor"): PolNeAR's manual takes the creator as the source and the
     * artifact as part of the cue. Null when the description names no maker.
     */
    private Speaker creator(Phrase p, Mention mention, int headAt, int cueToken) {
        String headWord = tokens.get(headAt).text().toLowerCase(Locale.ROOT);
        boolean listed = lexicons.sources().contains(headWord);
        if (!listed && !lexicons.sources().contains(WordList.singular(headWord))) {
            return null; // a plural only with its maker after it: "calculations by …", not "some GOP figures"
        }
        EntityModel.Entity firm = listed ? makerBefore(p, headAt, cueToken) : null;
        if (firm != null) {
            // "a Brightline Analytics poll", "The Northcote survey": the firm is the source, the phrase its mention
            return known(mention, firm, Optional.empty());
        }
        // a thing made, not people ("Scott's family", "Clinton's campaign")
        boolean artifact = !lexicons.groups().contains(headWord) && !lexicons.animate().contains(headWord)
                && !lexicons.organizationWords().contains(headWord);
        Speaker owner = listed && artifact && headAt == p.mentionEnd() - 1 ? possessorOf(p, headAt, cueToken) : null;
        if (owner instanceof Speaker.Known k) {
            // "Her latest paper argues", "Rourke's statement said": its maker, the phrase the mention
            return new Speaker.Known(mention, k.name(), k.kind(), k.role(), k.entity(), k.gender());
        }
        for (int k = headAt + 1; k + 1 < p.mentionEnd(); k++) {
            if (tokens.get(k).is("from") || tokens.get(k).is("by") || tokens.get(k).is("of")) {
                Phrase maker = phrases.startingAt(k + 1, p.mentionEnd());
                if (maker != null && maker.kind() != SpeakerKind.DESCRIPTION) {
                    return speakerOf(maker, cueToken);
                }
                if (maker != null && (tokens.get(maker.mentionEnd() - 1).isNoun()
                        && lexicons.organizationWords().contains(tokens.get(maker.mentionEnd() - 1).text().toLowerCase(Locale.ROOT)))) {
                    return speakerOf(maker, cueToken);
                }
                return null;
            }
        }
        int after = p.mentionEnd();
        int sentenceEnd = doc.sentenceEnd(tokens.get(headAt).sentence());
        if (headAt == p.mentionEnd() - 1 && after + 1 < sentenceEnd && !doc.quotedTok[after]) {
            // "calculations by Ruth Okafor", "a court document filed by state attorney Dave Aronberg", "audio
            // provided by Wyoming Public Radio"
            int by = tokens.get(after).pos().equals("VBN") ? after + 1 : after;
            Phrase maker = by + 1 < sentenceEnd && tokens.get(by).is("by") ? phrases.startingAt(by + 1, sentenceEnd) : null;
            if (maker != null && maker.start() == by + 1 && !maker.pronoun() && maker.kind() != SpeakerKind.DESCRIPTION
                    && speakerOf(maker, cueToken) instanceof Speaker.Known k) {
                // the maker speaks; the mention is the whole phrase that names the artifact and its maker
                Span whole = new Span(mention.span().begin(), tokens.get(maker.mentionEnd() - 1).end());
                return new Speaker.Known(new Mention(whole, whole.textOf(text)), k.name(), k.kind(), k.role(), k.entity(),
                        k.gender());
            }
        }
        return null;
    }

    /**
     * The maker an artifact's possessive names ("Her latest paper", "Rourke's statement", "its
     * report"): the person "his" or "her" refers to, the organisation "its" does, or the name before
     * "'s"; null when there is none or it is no one the article names.
     */
    private Speaker possessorOf(Phrase p, int headAt, int cueToken) {
        Token first = tokens.get(p.mentionStart());
        String w = first.text().toLowerCase(Locale.ROOT);
        if (first.pos().equals("PRP$")) {
            EntityModel.Entity e = w.equals("his") || w.equals("her") ? model.possessor(p.mentionStart(), w, previousSpeaker())
                    : w.equals("its") ? itSpeaker(p.mentionStart()) : null;
            return e == null ? null : known(new Mention(new Span(first.begin(), first.end()), first.text()), e, Optional.ofNullable(e.role));
        }
        for (int k = p.mentionStart() + 1; k < headAt; k++) {
            if (tokens.get(k).pos().equals("POS")) {
                Phrase maker = phrases.startingAt(p.mentionStart(), k);
                // a name: not "The school’s Facebook post", whose school is no one named
                return maker != null && maker.start() == p.mentionStart() && maker.mentionEnd() == k && !maker.pronoun()
                        && maker.kind() != SpeakerKind.DESCRIPTION && tokens.get(k - 1).isProperNoun()
                        ? speakerOf(maker, cueToken) : null;
            }
        }
        return null;
    }

    /**
     * The organisation that proper nouns between the determiner and the head of an artifact's
     * description (not of a source who is a person or a body) name ("a Brightline Analytics poll", "The Northcote survey", "a new Pew study"):
     * the words the recogniser tagged an organisation, or an organisation the article named whose
     * name holds the first of them (whatever the recogniser tagged it: "Northcote" for "Northcote
     * Polling Group"). Null when there is none, or the first is the name of a person of the article.
     */
    private EntityModel.Entity makerBefore(Phrase p, int headAt, int cueToken) {
        String head = tokens.get(headAt).lemma().toLowerCase(Locale.ROOT);
        if (head.equals("source") || lexicons.animate().contains(head) || lexicons.organizationWords().contains(head)) {
            return null; // "a senior National Party source" is a person, "a Labour Party committee" a body of its own
        }
        if (!tokens.get(p.mentionStart()).pos().equals("DT")) {
            return null; // "Clinton’s campaign statement": the possessor made it
        }
        int a = p.mentionStart() + 1;
        while (a < headAt && (!tokens.get(a).isProperNoun() || TIME_HEADS.contains(tokens.get(a).text().toLowerCase(Locale.ROOT)))) {
            if (tokens.get(a).pos().equals("POS")) {
                return null; // "the school’s Facebook post": the possessor made it, not the medium
            }
            a++; // "a new Pew study", "a 2015 Gallup survey", "a September Fox News poll"
        }
        int b = a;
        while (b < headAt && tokens.get(b).isProperNoun()) {
            b++;
        }
        if (a >= headAt || b != headAt) {
            return null; // no name right before the noun
        }
        boolean tagged = true;
        for (int k = a; k < b; k++) {
            tagged &= tokens.get(k).ner().equals("ORGANIZATION");
        }
        String words = new Span(tokens.get(a).begin(), tokens.get(b - 1).end()).textOf(text);
        if (tagged) {
            EntityModel.Entity named = model.organizationEndingWith(cueToken, words);
            return named != null ? named : model.named(SpeakerKind.ORGANIZATION, words); // "A Fox News poll"
        }
        Token first = tokens.get(a);
        EntityModel.Entity person = model.byName(first.text());
        if (person != null && person.kind == SpeakerKind.PERSON || first.ner().equals("LOCATION")
                || lexicons.organizationWords().contains(first.text().toLowerCase(Locale.ROOT))) {
            return null; // "a Trump campaign statement", "U.S. Census data", "News footage"
        }
        return model.organizationNamedWithNearby(cueToken, first.text());
    }

    /** Tokens back over which "the statement" looks for the statement the article introduced. */
    private static final int ISSUE_REACH = 250;

    /**
     * The speaker who put out the thing that "the statement" (at token {@code at}, head lemma
     * {@code noun}, of {@code medium-nouns.txt}) refers to: the subject of the verb that introduced
     * "a statement" before it, within {@link #ISSUE_REACH} tokens of narration ("said in a statement
     * that", "issued a statement"); null when there is none or it names no person or organisation.
     */
    private Speaker.Known issuerOfEarlier(int at, String noun) {
        for (int j = at - 1; j >= 2 && j >= at - ISSUE_REACH; j--) {
            Token t = tokens.get(j);
            if (doc.quotedTok[j] || !t.isNoun() || !t.lemma().toLowerCase(Locale.ROOT).equals(noun)) {
                continue;
            }
            Token det = tokens.get(j - 1);
            if (!doc.quotedTok[j - 1] && det.is("the")) {
                continue; // "the statement" again: the one that introduced it is further back
            }
            if (doc.quotedTok[j - 1] || !(det.is("a") || det.is("an"))) {
                return null; // "in its letter", "a second letter"…: not plain enough
            }
            int sentenceEnd = doc.sentenceEnd(t.sentence());
            if (tokens.get(j - 2).is("in") || tokens.get(j - 2).is("In")) {
                // "In a statement, Trump said …": the name after the comma, right before its cue
                Phrase subject = j + 2 < sentenceEnd && tokens.get(j + 1).text().equals(",")
                        ? phrases.startingAt(j + 2, sentenceEnd) : null;
                if (subject != null && subject.start() == j + 2 && !subject.pronoun() && subject.kind() != SpeakerKind.DESCRIPTION
                        && subject.end() < sentenceEnd && doc.cues.cueAt(subject.end(), sentenceEnd) > 0) {
                    return speakerOf(subject, subject.end()) instanceof Speaker.Known k && k.kind() != SpeakerKind.DESCRIPTION
                            ? k : null;
                }
            }
            int v = j - 2;
            if (v >= 0 && !doc.quotedTok[v] && tokens.get(v).is("in")) {
                v--; // "said in a statement"
            }
            int lo = doc.sentenceBegin(t.sentence());
            if (v < lo || doc.quotedTok[v] || !tokens.get(v).isVerb()
                    || doc.cues.cueAt(v, j) == 0 && !lexicons.issuing().contains(tokens.get(v).lemma().toLowerCase(Locale.ROOT))) {
                return null;
            }
            Phrase subject = doc.sources.left(v, lo);
            // a name, not a pronoun: one is resolved where it stands, not from here
            if (subject == null || subject.end() > v || subject.pronoun() || subject.kind() == SpeakerKind.DESCRIPTION
                    || subject.start() > lo && (tokens.get(subject.start() - 1).is("and") || tokens.get(subject.start() - 1).is("&"))) {
                return null; // "Trump and Ryan issued a statement": no one of them alone
            }
            return speakerOf(subject, v) instanceof Speaker.Known k && k.kind() != SpeakerKind.DESCRIPTION ? k : null;
        }
        return null;
    }

    /** The head noun of a description: the last noun before an "of"/"for" phrase, or its last token. */
    private int head(Phrase p) {
        for (int k = p.mentionStart() + 1; k < p.mentionEnd(); k++) {
            Token t = tokens.get(k);
            boolean postModifier = (t.pos().equals("VBN") || t.pos().equals("VBG")) && tokens.get(k - 1).isNoun();
            if (KEPT_LINKS.contains(t.text().toLowerCase(Locale.ROOT)) || t.is("from") || t.is("by") || postModifier) {
                return k - 1; // "a report released last year", "a statement from the authority": report, statement
            }
        }
        return p.mentionEnd() - 1;
    }

    /**
     * Whether a name the recogniser tagged a person's owns the head of phrase {@code p} at
     * {@code headAt}, no preposition between: "Gary Johnson's doctor", not "a supporter of Hillary
     * Clinton's bid" nor "the party's nominee".
     */
    private boolean namedPossessor(Phrase p, int headAt) {
        for (int k = p.mentionStart() + 1; k < headAt; k++) {
            Token t = tokens.get(k);
            if (t.pos().equals("IN")) {
                return false;
            }
            if ((t.pos().equals("POS") || t.text().equals("’s") || t.text().equals("'s")) && tokens.get(k - 1).ner().equals("PERSON")) {
                return true;
            }
        }
        return false;
    }

    private boolean possessive(Phrase p) {
        for (int k = p.mentionStart(); k < p.mentionEnd(); k++) {
            Token t = tokens.get(k);
            if (t.pos().equals("POS") || t.text().equals("’s") || t.text().equals("'s")) {
                return true;
            }
        }
        return false;
    }

    /** Heads that say nothing of a source but that it is one: "a person familiar with …", "sources close to …". */
    private static final Set<String> GENERIC_HEADS = Set.of("person", "persons", "people", "source", "sources", "someone",
            "individual", "individuals");

    /** The name of an unnamed source: its words up to a post-modifier other than "of"/"for" ("a senior engineer"). */
    private String shortName(Phrase p) {
        int end = p.mentionEnd();
        for (int k = p.mentionStart() + 1; k < p.mentionEnd(); k++) {
            Token t = tokens.get(k);
            if ((t.pos().startsWith("JJ") || t.pos().startsWith("RB")) && GENERIC_HEADS.contains(tokens.get(k - 1).text().toLowerCase(Locale.ROOT))) {
                break; // "a person familiar with the matter": the words after a bare "person" are what identify the source
            }
            boolean quantity = t.is("than") && PhraseFinder.COMPARATIVES.contains(tokens.get(k - 1).text().toLowerCase(Locale.ROOT));
            if (t.pos().equals("IN") && !quantity && !KEPT_LINKS.contains(t.text().toLowerCase(Locale.ROOT)) || t.pos().startsWith("JJ")
                    && k > p.mentionStart() && tokens.get(k - 1).isNoun()) {
                end = k; // "a senior engineer in the payments group", "a senior official familiar with the talks"
                break;
            }
        }
        return new Span(tokens.get(p.mentionStart()).begin(), tokens.get(end - 1).end()).textOf(text);
    }

    /**
     * {@code k} with its entity's final canonical name, kind and stated gender, now that the whole
     * document has been read.
     */
    Speaker.Known finalSpeaker(Speaker.Known k) {
        EntityModel.Entity e = model.entity(k.entity());
        // whether a description names one person; read for descriptions only
        boolean individual = !plural(k.mention()) && (individual(k.mention()) || individual(e.canonical()));
        if (e.kind == SpeakerKind.DESCRIPTION && e.evidence == Gender.UNKNOWN && individual) {
            // "one resident", then "she": the description's own noun, else a pronoun right after it
            int at = doc.analyzed.tokenAtOrAfter(k.mention().span().begin());
            int last = doc.analyzed.tokenAtOrAfter(k.mention().span().end() - 1);
            for (int i = at; i <= last && i < tokens.size(); i++) {
                e.state(GenderCues.ofNoun(tokens.get(i).text()));
            }
            int sentence = tokens.get(last).sentence();
            int end = sentence + 1 < doc.analyzed.sentenceCount() ? doc.sentenceEnd(sentence + 1) : tokens.size();
            // not the agent of a passive: "asked by a public broadcaster whether she …" is about the one asked; not
            // someone of a named person: "Hillary Clinton's top spokesman insisted that … her server" is about her
            boolean agent = at > 0 && tokens.get(at - 1).is("by");
            boolean namedInside = false;
            for (int i = at; i <= last && i < tokens.size(); i++) {
                namedInside |= tokens.get(i).ner().equals("PERSON");
            }
            if (!agent && !namedInside) {
                e.state(model.pronounAfter(last, end));
            }
        }
        Gender g = e.kind == SpeakerKind.ORGANIZATION || e.kind == SpeakerKind.DESCRIPTION && !individual
                ? Gender.UNKNOWN : e.evidence;
        return new Speaker.Known(k.mention(), e.canonical(), e.kind, k.role(), e.id, g);
    }

    /**
     * Whether the name of a description is one person's: its head noun, before any "of", "from"
     * … phrase ("one line worker from Kamloops": worker), names people and is singular.
     */
    private boolean individual(String name) {
        String[] words = name.toLowerCase(Locale.ROOT).split("\\s+");
        int end = words.length;
        for (int i = 1; i < words.length; i++) {
            if (HEAD_ENDS.contains(words[i])) {
                end = i;
                break;
            }
        }
        String w = words[end - 1];
        boolean plural = w.endsWith("s") && lexicons.animate().contains(w.substring(0, w.length() - 1))
                || lexicons.groups().contains(w);
        return !plural && personHead(w) && !GROUP_WORDS.contains(words[0]);
    }

    /** A head noun that names people, not an organisation, a source or a group pronoun: "resident", "worker", not "they". */
    private boolean personHead(String w) {
        return lexicons.animate().contains(w) && !lexicons.organizationWords().contains(w) && !lexicons.sources().contains(w)
                && !Pronouns.GROUP_PRONOUNS.contains(w);
    }

    private static final Set<String> HEAD_ENDS = Set.of("of", "from", "at", "in", "for", "with", "on", "who", ",", "close",
            "familiar", "knowledgeable", "briefed");
    private static final Set<String> GROUP_WORDS = Set.of("some", "many", "several", "two", "three", "few", "most", "all");

    /** Whether a description names one person ("one resident", "a firefighter"), not a group or a thing. */
    private boolean individual(Mention mention) {
        int h = head(mention);
        if (h < 0) {
            return false;
        }
        Token head = tokens.get(h);
        String w = head.text().toLowerCase(Locale.ROOT);
        return head.pos().equals("NN") && personHead(w);
    }

    /** Whether the mention's head noun is plural or names a group ("authorities", "officials", "the couple"): never one person. */
    private boolean plural(Mention mention) {
        int h = head(mention);
        return h >= 0 && (tokens.get(h).pos().equals("NNS") || tokens.get(h).pos().equals("NNPS")
                || lexicons.groups().contains(tokens.get(h).text().toLowerCase(Locale.ROOT)));
    }

    /** The token of the mention's head noun, before any post-modifier ("one voter leaving the polling station": voter), or -1. */
    private int head(Mention mention) {
        int first = doc.analyzed.tokenAtOrAfter(mention.span().begin());
        int last = doc.analyzed.tokenAtOrAfter(mention.span().end() - 1);
        if (last >= tokens.size()) {
            return -1;
        }
        for (int k = first + 1; k <= last; k++) {
            String pos = tokens.get(k).pos();
            if (pos.equals("IN") || pos.equals("TO") || pos.equals("VBG") || pos.equals("VBN") || pos.startsWith("W") || pos.equals(",")) {
                int h = k - 1;
                while (h > first && (tokens.get(h).pos().startsWith("JJ") || tokens.get(h).pos().startsWith("RB"))
                        && tokens.get(h - 1).isNoun()) {
                    h--; // "people close to the mayor", "a person familiar with the talks"
                }
                return h;
            }
        }
        return last;
    }
}
