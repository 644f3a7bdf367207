package dev.verbatim.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Python's notion of white space, which the reference scorer ({@code score.py}) relies on:
 * {@code str.isspace()}, the {@code \s} of {@code re} and the separators of {@code str.split()}.
 */
final class PythonText {

    /** Every character for which Python's {@code str.isspace()} is true; all lie in the BMP. */
    private static final String WHITESPACE = "\t\n\u000B\f\r\u001C\u001D\u001E\u001F \u0085\u00A0\u1680"
            + "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000";

    /** A {@link java.util.regex.Pattern} character class matching exactly what Python's {@code \s} matches. */
    static final String WHITESPACE_CLASS = WHITESPACE.chars()
            .mapToObj(c -> String.format("\\u%04X", c))
            .reduce("[", String::concat) + "]";

    private PythonText() {
    }

    /** Python's {@code str.isspace()} for one code point. */
    static boolean isSpace(int codePoint) {
        return WHITESPACE.indexOf(codePoint) >= 0;
    }

    /** Python's {@code s.split()}: the runs of non-white-space characters. */
    static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || isSpace(s.charAt(i))) {
                if (start >= 0) {
                    out.add(s.substring(start, i));
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
        }
        return out;
    }
}
