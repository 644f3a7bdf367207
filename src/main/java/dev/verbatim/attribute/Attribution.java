package dev.verbatim.attribute;

import dev.verbatim.Cue;
import dev.verbatim.Speaker;

/**
 * An attribution a rule proposes: speaker, cue, confidence, the cue's token (-1 without a cue in
 * reach), the name of the rule, and its owner: the attribution it belongs to. Quoted spans and
 * reported speech with the same owner are one quote (one attribution per cue, as in PolNeAR): a
 * quote split around its cue, a quote continued without a cue of its own, a paraphrase with a
 * quotation after it. The owner is the cue's token, that of the attribution taken over, or
 * {@link #UNOWNED} until the stage gives a quote without a cue an owner of its own.
 */
record Attribution(Speaker speaker, Cue cue, double confidence, int cueToken, String rule, int owner) {

    /** The owner of an attribution that has none yet. */
    static final int UNOWNED = Integer.MIN_VALUE;

    /** An attribution by the cue at {@code cueToken} (or none, -1), owned by that cue. */
    Attribution(Speaker speaker, Cue cue, double confidence, int cueToken, String rule) {
        this(speaker, cue, confidence, cueToken, rule, cueToken >= 0 ? cueToken : UNOWNED);
    }

    /** No speaker and no cue. */
    static Attribution unattributed(double confidence, String rule) {
        return new Attribution(Speaker.unknown(), Cue.absent(), confidence, -1, rule);
    }

    /** The same speaker, taken over by a quote without a cue of its own, by rule {@code by}: one attribution with it. */
    Attribution inherited(double maxConfidence, String by) {
        return new Attribution(speaker, Cue.absent(), Math.min(maxConfidence, confidence), -1, by, owner);
    }

    /** This attribution owned by {@code id}. */
    Attribution ownedBy(int id) {
        return new Attribution(speaker, cue, confidence, cueToken, rule, id);
    }

    boolean hasKnownSpeaker() {
        return speaker instanceof Speaker.Known;
    }
}
