package dev.verbatim.spark;

import dev.verbatim.QuoteExtractor;
import dev.verbatim.QuoteType;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * How {@link VerbatimSpark} reads its input and configures the extractors: the names of the id and
 * text columns, the {@link QuoteExtractor.Builder} settings (which travel to the executors), and
 * the number of partitions to spread the documents over. Immutable.
 *
 * <pre>{@code
 * ExtractionOptions options = ExtractionOptions.builder()
 *         .idColumn("url").textColumn("body")
 *         .types(QuoteType.DIRECT)
 *         .maxInputLength(1_000_000)
 *         .build();
 * }</pre>
 */
public final class ExtractionOptions implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The default id column: {@value}. */
    public static final String DEFAULT_ID_COLUMN = "id";
    /** The default text column: {@value}. */
    public static final String DEFAULT_TEXT_COLUMN = "text";

    private static final ExtractionOptions DEFAULTS = builder().build();

    private final String idColumn;
    private final String textColumn;
    private final ExtractorSettings extractor;
    private final int partitions;

    private ExtractionOptions(Builder b) {
        this.idColumn = b.idColumn;
        this.textColumn = b.textColumn;
        this.extractor = new ExtractorSettings(b.types, b.maxInputLength, b.doubledApostrophes);
        this.partitions = b.partitions;
    }

    /** Columns {@code id} and {@code text}, the library's defaults, the input's partitioning. */
    public static ExtractionOptions defaults() {
        return DEFAULTS;
    }

    /** A builder starting from {@link #defaults()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these options. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.idColumn = idColumn;
        b.textColumn = textColumn;
        b.types = EnumSet.copyOf(extractor.types());
        b.maxInputLength = extractor.maxInputLength();
        b.doubledApostrophes = extractor.doubledApostrophes();
        b.partitions = partitions;
        return b;
    }

    /** The input column that identifies a document; the output tables keep its name and type. */
    public String idColumn() {
        return idColumn;
    }

    /** The input column that holds the article text (a string column). */
    public String textColumn() {
        return textColumn;
    }

    /** The types of quotes extracted ({@link QuoteExtractor.Builder#types(Set)}). */
    public Set<QuoteType> types() {
        return extractor.types();
    }

    /** The longest text extracted; longer ones land in the failures table. */
    public int maxInputLength() {
        return extractor.maxInputLength();
    }

    /** {@link QuoteExtractor.Builder#doubledApostrophes(boolean)}. */
    public boolean doubledApostrophes() {
        return extractor.doubledApostrophes();
    }

    /** The number of partitions the documents are spread over before extraction; 0 keeps the input's. */
    public int partitions() {
        return partitions;
    }

    ExtractorSettings extractorSettings() {
        return extractor;
    }

    @Override
    public String toString() {
        return "ExtractionOptions[idColumn=" + idColumn + ", textColumn=" + textColumn + ", types=" + types()
                + ", maxInputLength=" + maxInputLength() + ", doubledApostrophes=" + doubledApostrophes()
                + ", partitions=" + partitions + "]";
    }

    /** Builds {@link ExtractionOptions}; every setting starts at its default. */
    public static final class Builder {
        private String idColumn = DEFAULT_ID_COLUMN;
        private String textColumn = DEFAULT_TEXT_COLUMN;
        private Set<QuoteType> types = EnumSet.allOf(QuoteType.class);
        private int maxInputLength = QuoteExtractor.Builder.DEFAULT_MAX_INPUT_LENGTH;
        private boolean doubledApostrophes;
        private int partitions;

        private Builder() {
        }

        /**
         * The id column (default {@value #DEFAULT_ID_COLUMN}), of any type; it must not be named
         * like an output column ({@code quote_index}, {@code type}, {@code text}, {@code spans},
         * {@code speaker}, {@code cue}, {@code confidence}, {@code rule}, {@code paragraph},
         * {@code error}).
         */
        public Builder idColumn(String name) {
            Objects.requireNonNull(name, "name");
            if (QuoteRows.RESERVED.contains(name)) {
                throw new IllegalArgumentException("id column '" + name + "' has the name of an output column; "
                        + "rename it first (withColumnRenamed)");
            }
            this.idColumn = name;
            return this;
        }

        /** The text column (default {@value #DEFAULT_TEXT_COLUMN}), a string column. */
        public Builder textColumn(String name) {
            this.textColumn = Objects.requireNonNull(name, "name");
            return this;
        }

        /** {@link QuoteExtractor.Builder#types(Set)}; default all types. */
        public Builder types(Set<QuoteType> types) {
            QuoteExtractor.builder().types(types); // the library's check: not empty
            this.types = EnumSet.copyOf(types);
            return this;
        }

        /** {@link QuoteExtractor.Builder#types(QuoteType, QuoteType...)}. */
        public Builder types(QuoteType first, QuoteType... more) {
            return types(EnumSet.of(first, more));
        }

        /**
         * {@link QuoteExtractor.Builder#maxInputLength(int)}; default
         * {@value QuoteExtractor.Builder#DEFAULT_MAX_INPUT_LENGTH}. Longer documents are not
         * extracted and land in the failures table.
         */
        public Builder maxInputLength(int chars) {
            QuoteExtractor.builder().maxInputLength(chars); // the library's check: positive
            this.maxInputLength = chars;
            return this;
        }

        /** {@link QuoteExtractor.Builder#doubledApostrophes(boolean)}; default off. */
        public Builder doubledApostrophes(boolean enabled) {
            this.doubledApostrophes = enabled;
            return this;
        }

        /**
         * Spread the documents evenly over this many partitions (a round-robin repartition) before
         * extracting; 0, the default, keeps the input's partitioning. Many partitions per core
         * (the job's default is {@value SparkJob#PARTITIONS_PER_CORE}) keep every core busy to the
         * end when documents differ in length: a core that finishes its last partition early
         * idles while the others finish theirs.
         */
        public Builder partitions(int partitions) {
            if (partitions < 0) {
                throw new IllegalArgumentException("negative number of partitions: " + partitions);
            }
            this.partitions = partitions;
            return this;
        }

        public ExtractionOptions build() {
            return new ExtractionOptions(this);
        }
    }
}
