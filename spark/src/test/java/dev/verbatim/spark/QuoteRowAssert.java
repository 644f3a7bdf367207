package dev.verbatim.spark;

import dev.verbatim.Cue;
import dev.verbatim.Quote;
import dev.verbatim.Span;
import dev.verbatim.Speaker;
import org.apache.spark.sql.Row;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Field-by-field comparison of quote rows with the library's {@link Quote} records. */
final class QuoteRowAssert {

    private QuoteRowAssert() {
    }

    /** Quote rows grouped by document id (as a string), each group in quote_index order. */
    static Map<String, List<Row>> byDocument(List<Row> rows, String idColumn) {
        Map<String, List<Row>> out = new TreeMap<>();
        for (Row r : rows) {
            out.computeIfAbsent(String.valueOf(r.get(r.fieldIndex(idColumn))), k -> new ArrayList<>()).add(r);
        }
        out.values().forEach(l -> l.sort(Comparator.comparingInt(r -> r.getInt(r.fieldIndex("quote_index")))));
        return out;
    }

    /** The rows of one document against the library's quotes of the same text, every field. */
    static void assertSameQuotes(String doc, List<Row> rows, List<Quote> expected) {
        assertThat(rows).as("number of quotes of %s", doc).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertSameQuote(doc + " quote " + i, i, rows.get(i), expected.get(i));
        }
    }

    static void assertSameQuote(String what, int index, Row r, Quote q) {
        assertThat(r.<Integer>getAs("quote_index")).as("%s quote_index", what).isEqualTo(index);
        assertThat(r.<String>getAs("type")).as("%s type", what).isEqualTo(q.type().name());
        assertThat(r.<String>getAs("text")).as("%s text", what).isEqualTo(q.text());
        List<Row> spans = r.getList(r.fieldIndex("spans"));
        assertThat(spans).as("%s spans", what).hasSize(q.spans().size());
        for (int s = 0; s < spans.size(); s++) {
            Span expected = q.spans().get(s);
            assertThat(spans.get(s).<Integer>getAs("begin")).as("%s span %d begin", what, s).isEqualTo(expected.begin());
            assertThat(spans.get(s).<Integer>getAs("end")).as("%s span %d end", what, s).isEqualTo(expected.end());
        }
        Row speaker = r.getAs("speaker");
        if (q.speaker() instanceof Speaker.Known k) {
            assertThat(speaker).as("%s speaker", what).isNotNull();
            assertThat(speaker.<String>getAs("name")).as("%s speaker name", what).isEqualTo(k.name());
            assertThat(speaker.<String>getAs("kind")).as("%s speaker kind", what).isEqualTo(k.kind().name());
            assertThat(speaker.<String>getAs("role")).as("%s speaker role", what).isEqualTo(k.role().orElse(null));
            Row mention = speaker.getAs("mention");
            assertThat(mention.<Integer>getAs("begin")).as("%s mention begin", what).isEqualTo(k.mention().span().begin());
            assertThat(mention.<Integer>getAs("end")).as("%s mention end", what).isEqualTo(k.mention().span().end());
            assertThat(mention.<String>getAs("text")).as("%s mention text", what).isEqualTo(k.mention().text());
            assertThat(speaker.<Integer>getAs("entity")).as("%s speaker entity", what).isEqualTo(k.entity());
            assertThat(speaker.<String>getAs("gender")).as("%s speaker gender", what).isEqualTo(k.gender().name());
        } else {
            assertThat(speaker).as("%s speaker (unknown)", what).isNull();
        }
        Row cue = r.getAs("cue");
        if (q.cue() instanceof Cue.Present c) {
            assertThat(cue).as("%s cue", what).isNotNull();
            assertThat(cue.<Integer>getAs("begin")).as("%s cue begin", what).isEqualTo(c.span().begin());
            assertThat(cue.<Integer>getAs("end")).as("%s cue end", what).isEqualTo(c.span().end());
            assertThat(cue.<String>getAs("text")).as("%s cue text", what).isEqualTo(c.text());
            assertThat(cue.<String>getAs("lemma")).as("%s cue lemma", what).isEqualTo(c.lemma());
        } else {
            assertThat(cue).as("%s cue (absent)", what).isNull();
        }
        assertThat(r.<Double>getAs("confidence")).as("%s confidence", what).isEqualTo(q.confidence());
        assertThat(r.<String>getAs("rule")).as("%s rule", what).isEqualTo(q.rule());
        assertThat(r.<Integer>getAs("paragraph")).as("%s paragraph", what).isEqualTo(q.paragraph());
    }
}
