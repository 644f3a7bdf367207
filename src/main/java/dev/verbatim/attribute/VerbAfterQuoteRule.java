package dev.verbatim.attribute;

import dev.verbatim.SpeakerKind;
import dev.verbatim.nlp.Token;

import java.util.Locale;
import java.util.Set;

/**
 * “France will always be France,” an angry Hollande retaliated. / “…?” reacted Trump: a verb that
 * no cue list holds, right after a quotation that a comma, question or exclamation mark closes,
 * with its subject on either side, and nothing after them but a prepositional phrase and the end of
 * the sentence or a comma, is the quotation's cue. Writers report speech with more verbs than any
 * list holds; in this position the verb can only be one.
 */
final class VerbAfterQuoteRule implements QuotedSpanRule {

    /** Verbs that stand after a quotation without saying it: “Yes,” it was. / “…,” he had. */
    private static final Set<String> NOT_SPEECH = Set.of("be", "have", "do", "get", "go", "come", "become", "seem",
            "appear", "remain", "mean", "include", "read");

    @Override
    public String name() {
        return "verb-after-quote";
    }

    @Override
    public Decision decide(DocumentView doc, int q) {
        int last = doc.lastTok[q];
        int hi = doc.sentenceEndWithTail(doc.sentenceOf(last), last);
        if (!doc.endsWithComma(q, hi) && !doc.endsWithQuestion(q)) {
            return null;
        }
        int k = last + 1;
        if (k < hi && !doc.quotedTok[k] && doc.token(k).text().equals(",")) {
            k++;
        }
        if (k >= hi || doc.quotedTok[k]) {
            return null;
        }
        // “…,” an angry Hollande retaliated.
        Phrase subject = doc.phrases.startingAt(k, hi);
        if (subject != null && subject.start() == k) {
            int v = doc.sources.skipAdverbs(subject.end(), hi);
            if (verb(doc, v, hi) && closes(doc, afterAdjunct(doc, v + 1, hi), hi) && speaks(doc, subject)) {
                return speech(doc, subject, v);
            }
        }
        // “…?” reacted Trump.
        if (verb(doc, k, hi)) {
            Phrase inverted = doc.phrases.startingAt(k + 1, hi);
            if (inverted != null && inverted.start() == k + 1 && !inverted.pronoun()
                    && closes(doc, afterAdjunct(doc, inverted.end(), hi), hi)
                    && speaks(doc, inverted)) {
                return speech(doc, inverted, k);
            }
        }
        return null;
    }

    private Decision speech(DocumentView doc, Phrase subject, int v) {
        return Decision.speech(new Attribution(doc.speakers.speakerOf(subject, v), doc.cues.cue(v, 1), 0.7, v, name()));
    }

    /** A finite verb in the past or present tense at {@code v}, outside quotation marks. */
    private static boolean verb(DocumentView doc, int v, int hi) {
        if (v >= hi || doc.quotedTok[v]) {
            return false;
        }
        Token t = doc.token(v);
        return (t.pos().equals("VBD") || t.pos().equals("VBZ")) && !NOT_SPEECH.contains(t.lemma());
    }

    /** {@code k}, or past one prepositional phrase that starts there ("… I confessed to my editor."). */
    private static int afterAdjunct(DocumentView doc, int k, int hi) {
        if (k + 1 < hi && !doc.quotedTok[k] && (doc.token(k).pos().equals("IN") || doc.token(k).pos().equals("TO"))) {
            Phrase object = doc.phrases.startingAt(k + 1, hi);
            if (object != null && object.start() == k + 1) {
                return object.end();
            }
        }
        return k;
    }

    /** Whether the sentence ends at {@code k}, or a comma follows. */
    private static boolean closes(DocumentView doc, int k, int hi) {
        if (k >= hi) {
            return true;
        }
        String w = doc.token(k).text();
        return !doc.quotedTok[k] && (w.equals(".") || w.equals(",") || w.equals("!"));
    }

    /** A person, an organisation, a personal pronoun or a description of someone who speaks. */
    private static boolean speaks(DocumentView doc, Phrase p) {
        if (p.pronoun()) {
            String w = doc.token(p.mentionStart()).text().toLowerCase(Locale.ROOT);
            return w.equals("he") || w.equals("she") || w.equals("they") || w.equals("i") || w.equals("we");
        }
        if (p.kind() != SpeakerKind.DESCRIPTION) {
            return true;
        }
        return doc.sources.namesSomeoneWhoSpeaks(p);
    }
}
