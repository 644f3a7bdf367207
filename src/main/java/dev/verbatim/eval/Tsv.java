package dev.verbatim.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Tab-separated values read as Python's {@code csv} module reads them with {@code delimiter='\t'}
 * (as {@code score.py} reads {@code metadata.tsv}): a field that starts with {@code "} is quoted and
 * may hold tabs and line breaks, {@code ""} inside it stands for one {@code "}, text after its
 * closing quote is kept; blank lines yield no row; line breaks are LF, CR LF or CR.
 */
final class Tsv {

    private Tsv() {
    }

    /** The rows of {@code text}, each a list of fields. */
    static List<List<String>> parse(String text) {
        String input = text.replace("\r\n", "\n").replace('\r', '\n');
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean atFieldStart = true;
        boolean quoted = false;
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (quoted) {
                if (c != '"') {
                    field.append(c);
                } else if (i + 1 < input.length() && input.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = false;
                }
            } else if (c == '\t' || c == '\n') {
                if (c == '\n' && row.isEmpty() && atFieldStart) {
                    continue;
                }
                row.add(field.toString());
                field.setLength(0);
                atFieldStart = true;
                if (c == '\n') {
                    rows.add(row);
                    row = new ArrayList<>();
                }
            } else {
                quoted = c == '"' && atFieldStart;
                if (!quoted) {
                    field.append(c);
                }
                atFieldStart = false;
            }
        }
        if (!row.isEmpty() || !atFieldStart) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
