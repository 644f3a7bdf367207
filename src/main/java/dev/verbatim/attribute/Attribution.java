package dev.verbatim.attribute;

import dev.verbatim.Cue;
import dev.verbatim.Speaker;

/**
 * An attribution a rule proposes: speaker, cue, confidence, the cue's token (-1 without a cue in
 * reach) and the name of the rule.
 */
record Attribution(Speaker speaker, Cue cue, double confidence, int cueToken, String rule) {

    /** No speaker and no cue. */
    static Attribution unattributed(double confidence, String rule) {
        return new Attribution(Speaker.unknown(), Cue.absent(), confidence, -1, rule);
    }

    /** The same speaker, taken over by a quote without a cue of its own, by rule {@code by}. */
    Attribution inherited(double maxConfidence, String by) {
        return new Attribution(speaker, Cue.absent(), Math.min(maxConfidence, confidence), -1, by);
    }

    boolean hasKnownSpeaker() {
        return speaker instanceof Speaker.Known;
    }
}
