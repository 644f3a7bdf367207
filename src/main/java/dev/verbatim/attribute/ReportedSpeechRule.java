package dev.verbatim.attribute;

import java.util.List;

/**
 * One pattern of reported speech ("Putin said that …", "…, Putin said.", "According to the Kremlin,
 * …"): the rule looks at one sentence and adds what it finds to {@code out}. Conflicts between
 * rules and with the quoted spans are settled afterwards, in one place
 * ({@link ReportSettlement}). Implementations are stateless and thread-safe.
 */
interface ReportedSpeechRule {

    /** The rule's short, stable name, as it appears in {@link dev.verbatim.Quote#rule()}. */
    String name();

    /** Adds the reported speech of sentence {@code sentence} of {@code doc} to {@code out}. */
    void propose(DocumentView doc, int sentence, List<Report> out);
}
