package dev.verbatim.attribute;

import dev.verbatim.SpeakerKind;
import dev.verbatim.nlp.Token;

/**
 * The cues in the sentence around a quoted span: the nearest after it and the outermost before it,
 * and which of the two owns the quote. Shared by {@link CueAfterQuoteRule} and
 * {@link CueBeforeQuoteRule}, which between them attribute a quote from the cue in its sentence.
 *
 * @param lo first token looked at
 * @param hi token after the last one looked at
 * @param after the cue after the quote, or -1
 * @param afterLen its length in tokens
 * @param wordsAfter words between the quote and that cue
 * @param before the cue before the quote, or -1
 * @param beforeLen its length in tokens
 * @param wordsBefore words between that cue and the quote
 * @param useAfter whether the cue after the quote owns it
 */
record SentenceCues(int lo, int hi, int after, int afterLen, int wordsAfter, int before, int beforeLen,
                    int wordsBefore, boolean useAfter) {

    /** Marks a quote whose sentence has no cue. */
    static final SentenceCues NONE = new SentenceCues(0, 0, -1, 0, 0, -1, 0, 0, false);

    /** The cues around quote {@code q}, or null when its sentence has none. */
    static SentenceCues find(DocumentView doc, int q) {
        int first = doc.firstTok[q];
        int last = doc.lastTok[q];
        int sa = doc.sentenceOf(first);
        int sb = doc.sentenceOf(last);
        int lo = sentenceStop(doc, Math.max(doc.sentenceBegin(sa), first - DocumentView.MAX_REACH), first);
        int hi = Math.min(doc.sentenceEndWithTail(sb, last), last + 1 + DocumentView.MAX_REACH);
        int after = -1;
        int afterLen = 0;
        int dAfter = 0;
        // "…campaign." Sen. Berg said he would …: a straight closing mark that the splitter put at the
        // start of the next sentence, after a full stop, leaves that sentence's cues to it
        boolean closedByFullStop = last == doc.sentenceBegin(sb) && last > first && doc.token(last - 1).text().equals(".");
        for (int k = closedByFullStop ? hi : last + 1; k < hi; k++) {
            if (doc.quotedTok[k]) {
                continue;
            }
            int len = doc.cues.cueAt(k, hi);
            if (len > 0) {
                after = k;
                afterLen = len;
                break;
            }
            if (!doc.token(k).isPunctuation()) {
                dAfter++;
            }
        }
        int before = -1;
        int beforeLen = 0;
        int dBefore = 0;
        for (int k = labelBeforeColon(doc, first, lo) ? lo - 1 : first - 1; k >= lo; k--) {
            if (doc.quotedTok[k]) {
                continue;
            }
            int len = doc.cues.cueAt(k, hi);
            if (len > 0 && k + len <= first && !insideClosedRelative(doc, k, first)) {
                before = k;
                beforeLen = len;
                break;
            }
            if (!doc.token(k).isPunctuation()) {
                dBefore++;
            }
        }
        if (after < 0 && before < 0) {
            return null;
        }
        boolean introduced = first - 1 >= lo && !doc.quotedTok[first - 1]
                && (doc.token(first - 1).text().equals(",") || doc.token(first - 1).text().equals(":"));
        if (before >= 0 && !introduced && !appositiveRelative(doc, before, lo) && !participleOnNoun(doc, before, lo)) {
            // "Clinton says she appreciated … what she calls a “war …”": the outer cue owns the quote;
            // not "… was talking about defence when he told Fox News, “…”": a quote after a comma or colon is its cue's
            // nor "…, money and a garage likened to a museum, Speaker of the House Tom Hale said “…”": a subject
            // after a comma opens the clause of its own finite cue right before the quotation
            Phrase own = dBefore == 0 && doc.token(before).isFiniteVerb() ? doc.sources.subjectOf(before, beforeLen, false, lo, hi) : null;
            int clauseStart = own != null && own.start() - 1 >= lo && !doc.quotedTok[own.start() - 1]
                    && doc.token(own.start() - 1).text().equals(",") ? own.start() - 1 : lo - 1;
            for (int k = before - 1; k > clauseStart && !doc.quotedTok[k]; k--) {
                if (temporalSubordinator(doc.token(k))) {
                    break; // "McCain issued a statement after Trump told a town hall that it is “peanuts”": Trump's
                }
                if ((doc.token(k).is("which") || doc.token(k).is("whom")) && k - 1 > lo && !doc.quotedTok[k - 1]
                        && (doc.token(k - 1).pos().equals("IN") || doc.token(k - 1).pos().equals("TO"))
                        && doc.token(k - 2).text().equals(",")) {
                    break; // "a question that asked …, to which 21 percent said “…”": the relative clause's
                }
                int len = doc.cues.cueAt(k, hi);
                if (len > 0 && doc.token(before).isFiniteVerb() && insideClosedSubordinate(doc, k, before, lo)) {
                    break; // "when Rubio … said it was great to be home, a man yelled “Stay there!”": the man's
                }
                if (len > 0 && !doc.token(k).pos().equals("VBN") && doc.sources.subjectOf(k, len, false, lo, hi) != null) {
                    dBefore += before - k;
                    before = k;
                    beforeLen = len;
                }
            }
        }
        boolean useAfter;
        if (after < 0) {
            useAfter = false;
        } else if (before < 0) {
            useAfter = true;
        } else if (doc.startsSentence(first, lo)) {
            useAfter = true;
        } else {
            // an embedded quote belongs to the cue before it, unless “…,” X said follows at once
            // — but not “…,” and she vowed: a clause of its own
            // also "Comey cannot say that “…,” Lewandowski added.": a finite cue that ends its clause right after
            // a quotation that a comma closes, and its subject, attribute the whole clause, the cue inside it
            // included, when no comma or colon introduced the quotation
            boolean trailing = !introduced && dAfter >= 1 && doc.token(after).isFiniteVerb() && doc.endsWithComma(q, hi)
                    && (after + afterLen >= hi || doc.token(after + afterLen).isPunctuation());
            useAfter = dAfter <= 2 && (dAfter < dBefore || trailing) && !conjunctionBetween(doc, last, after)
                    && (doc.endsWithComma(q, hi) || !introduced && doc.endsWithQuestion(q)); // "— “why …?” asked Dunn"
        }
        return new SentenceCues(lo, hi, after, afterLen, dAfter, before, beforeLen, dBefore, useAfter);
    }

    /**
     * The first token after the last full stop, question or exclamation mark outside quotation marks
     * in {@code [lo, first)}, or {@code lo}: the splitter puts a straight opening mark it took for a
     * closing one into the sentence before ("…" Clinton said. "Grizzly Adams?" Maddow repeated.),
     * whose cue must not own the quote.
     */
    private static int sentenceStop(DocumentView doc, int lo, int first) {
        for (int k = first - 1; k >= lo; k--) {
            if (!doc.quotedTok[k]) {
                String t = doc.token(k).text();
                if (t.equals(".") || t.equals("?") || t.equals("!")) {
                    return k + 1;
                }
            }
        }
        return lo;
    }

    /**
     * Whether the cue at {@code c} is a participle whose subject is the noun phrase right before it
     * ("Video of the incident shows a flight attendant telling the father, “…”"): the quotation is
     * that person's, not the speaker's of a verb before them.
     */
    private static boolean participleOnNoun(DocumentView doc, int c, int lo) {
        int k = c - 1;
        if (!doc.token(c).pos().equals("VBG") || k < lo || doc.quotedTok[k] || !doc.token(k).isNoun()
                || doc.token(k).isProperNoun()) {
            return false;
        }
        Phrase subject = doc.sources.participleSubject(c, lo);
        return subject != null && subject.end() == c;
    }

    /**
     * Whether the cue at {@code c} stands in a relative clause without a pronoun ("that" or "which"
     * aside), with a subject of its own, on a noun phrase in apposition after a comma or a dash:
     * "…, a charge his campaign calls “misleading.”" The quotation is that clause's, not the cue's
     * of the sentence it is appended to.
     */
    private static boolean appositiveRelative(DocumentView doc, int c, int lo) {
        int k = ReportedClauseRule.skipAuxiliariesBack(doc, c - 1, lo);
        Phrase subject = k >= lo && !doc.quotedTok[k] ? doc.phrases.endingAt(k, lo) : null;
        if (subject == null || subject.end() != k + 1 || subject.start() - 1 < lo || doc.quotedTok[subject.start() - 1]) {
            return false;
        }
        int headEnd = subject.start() - 1;
        if (headEnd > lo && (doc.token(headEnd).is("that") || doc.token(headEnd).is("which")) && !doc.quotedTok[headEnd - 1]) {
            headEnd--; // ", a charge that his campaign has called “…”"
        }
        Phrase head = doc.phrases.endingAt(headEnd, lo);
        if (head == null || head.pronoun() || head.end() != headEnd + 1 || head.start() - 1 < lo) {
            return false;
        }
        int comma = head.start() - 1;
        return !doc.quotedTok[comma] && (doc.token(comma).text().equals(",") || doc.phrases.spacedDash(comma))
                && ReportedClauses.APPOSITION_OPENERS.contains(doc.token(head.start()).text().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Whether the cue at {@code k} lies in a relative clause that a comma closes before the quote at
     * {@code first} ("Hoff, who declined to comment, proposes this wording: “…”"): the quote is the main clause's.
     */
    private static boolean insideClosedRelative(DocumentView doc, int k, int first) {
        if (doc.nextComma(k + 1, first) >= first - 1) {
            return false; // no comma, or only the one that introduces the quote ("Lee, who declared, “…”")
        }
        for (int r = k - 1; r > 0 && r >= k - DocumentView.MAX_REACH && !doc.quotedTok[r]; r--) {
            if (doc.token(r).text().equals(",")) {
                return false;
            }
            if (doc.token(r).pos().startsWith("W") && doc.token(r - 1).text().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the cue at {@code k} stands in an adverbial clause (opened by a word such as "when" or
     * "after") that a comma closes before the cue at {@code before}.
     */
    private static boolean insideClosedSubordinate(DocumentView doc, int k, int before, int lo) {
        if (doc.nextComma(k + 1, before) >= before) {
            return false;
        }
        for (int j = k - 1; j >= lo && !doc.quotedTok[j]; j--) {
            String w = doc.token(j).text();
            if (w.equals(",") || w.equals(";") || w.equals(":")) {
                return false;
            }
            if (temporalSubordinator(doc.token(j))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a name after a spaced dash labels the quotation that a colon introduces ("Pollsters
     * agree - Carl Bialik: “…”"): the cues of the words before the dash are not the quotation's.
     */
    private static boolean labelBeforeColon(DocumentView doc, int first, int lo) {
        int colon = first - 1;
        if (colon - 2 < lo || doc.quotedTok[colon] || !doc.token(colon).text().equals(":") || doc.quotedTok[colon - 1]) {
            return false;
        }
        Phrase p = doc.phrases.endingAt(colon - 1, lo);
        if (p == null || p.pronoun() || p.kind() == SpeakerKind.DESCRIPTION || p.start() - 1 <= lo) {
            return false;
        }
        int d = p.start() - 1;
        return !doc.quotedTok[d] && doc.phrases.spacedDash(d);
    }

    /** A word that opens an adverbial clause of time or cause: a cue after it is no content of a cue before it. */
    private static boolean temporalSubordinator(Token t) {
        return ReportedClauseRule.subordinator(t) && !t.is("as") && !t.is("if") && !t.is("even")
                && (t.pos().equals("IN") || t.pos().equals("WRB"));
    }

    /** Whether "and" or "but" stands between the quote's last token and the cue after it. */
    private static boolean conjunctionBetween(DocumentView doc, int last, int after) {
        for (int k = last + 1; k < after; k++) {
            if (!doc.quotedTok[k] && doc.token(k).pos().equals("CC")) {
                return true;
            }
        }
        return false;
    }

    /** The attribution by the owning cue, named {@code rule}. */
    Attribution attribution(DocumentView doc, String rule) {
        int c = useAfter ? after : before;
        int len = useAfter ? afterLen : beforeLen;
        Phrase subject = doc.sources.subjectOf(c, len, useAfter && wordsAfter == 0, lo, hi);
        var cue = doc.cues.cue(c, len);
        if (subject == null) {
            return new Attribution(dev.verbatim.Speaker.unknown(), cue, 0.5, c, rule);
        }
        double conf = useAfter ? (wordsAfter <= 3 ? 0.95 : 0.85) : (wordsBefore <= 2 ? 0.95 : 0.8);
        return new Attribution(doc.speakers.speakerOf(subject, c), cue, subject.pronoun() ? conf - 0.05 : conf, c, rule);
    }
}
