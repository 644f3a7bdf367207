package dev.verbatim.spark;

import dev.verbatim.Cue;
import dev.verbatim.Quote;
import dev.verbatim.Span;
import dev.verbatim.Speaker;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The rows of the output tables and the conversion of the library's records into them. Every
 * field of {@link Quote} has its column; enums are written as their names.
 */
final class QuoteRows {

    static final String QUOTE_INDEX = "quote_index";
    static final String ERROR = "error";

    /** The output column names besides the document id (which keeps the input's name). */
    static final Set<String> RESERVED = Set.of(QUOTE_INDEX, "type", "text", "spans", "speaker", "cue",
            "confidence", "rule", "paragraph", ERROR);

    static final StructType SPAN = new StructType()
            .add("begin", DataTypes.IntegerType, false)
            .add("end", DataTypes.IntegerType, false);

    static final StructType MENTION = new StructType()
            .add("begin", DataTypes.IntegerType, false)
            .add("end", DataTypes.IntegerType, false)
            .add("text", DataTypes.StringType, false);

    static final StructType SPEAKER = new StructType()
            .add("name", DataTypes.StringType, false)
            .add("kind", DataTypes.StringType, false)
            .add("role", DataTypes.StringType, true)
            .add("mention", MENTION, false)
            .add("entity", DataTypes.IntegerType, false)
            .add("gender", DataTypes.StringType, false);

    static final StructType CUE = new StructType()
            .add("begin", DataTypes.IntegerType, false)
            .add("end", DataTypes.IntegerType, false)
            .add("text", DataTypes.StringType, false)
            .add("lemma", DataTypes.StringType, false);

    private QuoteRows() {
    }

    /** The columns of one quote after the document id, all nullable (a failure row leaves them null). */
    private static List<StructField> quoteFields() {
        return List.of(
                field(QUOTE_INDEX, DataTypes.IntegerType),
                field("type", DataTypes.StringType),
                field("text", DataTypes.StringType),
                field("spans", DataTypes.createArrayType(SPAN, false)),
                field("speaker", SPEAKER),
                field("cue", CUE),
                field("confidence", DataTypes.DoubleType),
                field("rule", DataTypes.StringType),
                field("paragraph", DataTypes.IntegerType));
    }

    /**
     * The rows the extraction produces: a quote row (error null) or a failure row (only the id and
     * the error set).
     */
    static StructType outcomeSchema(StructField id) {
        List<StructField> fields = new ArrayList<>();
        fields.add(id);
        fields.addAll(quoteFields());
        fields.add(field(ERROR, DataTypes.StringType));
        return new StructType(fields.toArray(StructField[]::new));
    }

    /** The quotes table: the document id, then one column per field of a quote. */
    static StructType quoteSchema(StructField id) {
        List<StructField> fields = new ArrayList<>();
        fields.add(id);
        fields.addAll(quoteFields());
        return new StructType(fields.toArray(StructField[]::new));
    }

    /** The failures table: the document id and the error. */
    static StructType failureSchema(StructField id) {
        return new StructType(new StructField[] {id, field(ERROR, DataTypes.StringType)});
    }

    private static StructField field(String name, DataType type) {
        return new StructField(name, type, true, Metadata.empty());
    }

    /** A quote as an outcome row. */
    static Row quote(Object id, int index, Quote q) {
        Object[] spans = new Object[q.spans().size()];
        for (int i = 0; i < spans.length; i++) {
            Span s = q.spans().get(i);
            spans[i] = RowFactory.create(s.begin(), s.end());
        }
        Row speaker = null;
        if (q.speaker() instanceof Speaker.Known k) {
            Span m = k.mention().span();
            speaker = RowFactory.create(k.name(), k.kind().name(), k.role().orElse(null),
                    RowFactory.create(m.begin(), m.end(), k.mention().text()), k.entity(), k.gender().name());
        }
        Row cue = null;
        if (q.cue() instanceof Cue.Present c) {
            cue = RowFactory.create(c.span().begin(), c.span().end(), c.text(), c.lemma());
        }
        return RowFactory.create(id, index, q.type().name(), q.text(), spans, speaker, cue,
                q.confidence(), q.rule(), q.paragraph(), null);
    }

    /** A failed document as an outcome row. */
    static Row failure(Object id, Throwable error) {
        return RowFactory.create(id, null, null, null, null, null, null, null, null, null, describe(error));
    }

    /** "java.lang.IllegalArgumentException: text of 5000 characters is longer than ..." */
    static String describe(Throwable error) {
        String message = error.getMessage();
        return message == null ? error.getClass().getName() : error.getClass().getName() + ": " + message;
    }
}
