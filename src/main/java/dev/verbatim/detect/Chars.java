package dev.verbatim.detect;

/** Character classes used by the detector. */
final class Chars {

    private Chars() {
    }

    /** White space including no-break and zero-width spaces and the byte-order mark. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\u200C'
                || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.isSurrogate(c);
    }
}
