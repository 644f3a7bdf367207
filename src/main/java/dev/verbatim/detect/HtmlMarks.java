package dev.verbatim.detect;

import java.util.Locale;
import java.util.Map;

/** Quotation marks written as HTML entities, as scraped text often keeps them. */
final class HtmlMarks {

    private static final Map<String, Character> NAMED = Map.of(
            "quot", '"', "ldquo", '“', "rdquo", '”', "lsquo", '‘', "rsquo", '’', "apos", '\'',
            "laquo", '«', "raquo", '»', "bdquo", '„', "sbquo", '‚');

    private HtmlMarks() {
    }

    /** The quotation mark that {@code entity} ("&quot;", "&#8220;", "&#x201C;") stands for, or 0. */
    static char decode(String entity) {
        if (entity.length() < 4 || entity.charAt(0) != '&' || entity.charAt(entity.length() - 1) != ';') {
            return 0;
        }
        String body = entity.substring(1, entity.length() - 1);
        char c;
        if (body.startsWith("#x") || body.startsWith("#X")) {
            c = number(body.substring(2), 16);
        } else if (body.startsWith("#")) {
            c = number(body.substring(1), 10);
        } else {
            c = NAMED.getOrDefault(body.toLowerCase(Locale.ROOT), (char) 0);
        }
        return switch (c) {
            case '"', '“', '”', '‘', '’', '\'', '«', '»', '„', '‚', '‹', '›' -> c;
            default -> 0;
        };
    }

    private static char number(String digits, int radix) {
        if (digits.isEmpty() || digits.length() > 6) {
            return 0;
        }
        try {
            int v = Integer.parseInt(digits, radix);
            return v > 0 && v < 0x10000 ? (char) v : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
