package dev.verbatim.bench;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

/**
 * Times every CoreNLP annotator a system runs, without changing the system's code: it finds the
 * CoreNLP pipelines reachable from the system object (for Verbatim, by reflection through the
 * fields of {@code dev.verbatim} objects; for CoreNLP, the pipeline itself) and replaces each
 * annotator in them by a wrapper that adds up the wall time of its {@code annotate} calls. The
 * wrapper costs two {@link System#nanoTime()} calls per annotator and document.
 */
final class AnnotatorProfiler {

    /** Wraps one annotator and sums its time (thread-safe). */
    static final class Timed implements Annotator {
        final String name;
        final Annotator inner;
        final LongAdder nanos = new LongAdder();
        final LongAdder calls = new LongAdder();
        final LongAdder tokens = new LongAdder();

        Timed(String name, Annotator inner) {
            this.name = name;
            this.inner = inner;
        }

        @Override
        public void annotate(Annotation annotation) {
            long start = System.nanoTime();
            try {
                inner.annotate(annotation);
            } finally {
                nanos.add(System.nanoTime() - start);
                calls.increment();
            }
            List<?> t = annotation.get(CoreAnnotations.TokensAnnotation.class);
            if (t != null) {
                tokens.add(t.size());
            }
        }

        @Override
        public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
            return inner.requirementsSatisfied();
        }

        @Override
        public Set<Class<? extends CoreAnnotation>> requires() {
            return inner.requires();
        }

        @Override
        public Collection<String> exactRequirements() {
            return inner.exactRequirements();
        }

        @Override
        public void unmount() {
            inner.unmount();
        }
    }

    private final List<Timed> timed = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private AnnotatorProfiler() {
    }

    /** Instruments every pipeline reachable from {@code root}. */
    static AnnotatorProfiler instrument(Object root) {
        AnnotatorProfiler profiler = new AnnotatorProfiler();
        profiler.walk(root, 0, new IdentityHashMap<>());
        return profiler;
    }

    /** Whether some annotator was found and wrapped. */
    boolean found() {
        return !timed.isEmpty();
    }

    /** Why something could not be instrumented, if anything. */
    List<String> problems() {
        return problems;
    }

    /** Zeroes the counters. */
    void reset() {
        for (Timed t : timed) {
            t.nanos.reset();
            t.calls.reset();
            t.tokens.reset();
        }
    }

    /**
     * Nanoseconds, calls and tokens seen per annotator name (annotators of the same name in several
     * pipelines add up), in pipeline order.
     */
    Map<String, long[]> snapshot() {
        Map<String, long[]> out = new LinkedHashMap<>();
        for (Timed t : timed) {
            long[] v = out.computeIfAbsent(t.name, k -> new long[3]);
            v[0] += t.nanos.sum();
            v[1] += t.calls.sum();
            v[2] += t.tokens.sum();
        }
        return out;
    }

    private void walk(Object object, int depth, IdentityHashMap<Object, Boolean> seen) {
        if (object == null || depth > 6 || seen.put(object, Boolean.TRUE) != null) {
            return;
        }
        if (object instanceof AnnotationPipeline pipeline) {
            wrap(pipeline);
            return;
        }
        if (object instanceof Collection<?> c && !(object instanceof Annotator)) {
            c.forEach(e -> walk(e, depth + 1, seen));
            return;
        }
        if (object instanceof Map<?, ?> m) {
            m.values().forEach(e -> walk(e, depth + 1, seen));
            return;
        }
        if (object instanceof Optional<?> o) {
            o.ifPresent(e -> walk(e, depth + 1, seen));
            return;
        }
        if (object.getClass().isArray() && !object.getClass().getComponentType().isPrimitive()) {
            for (int i = 0; i < Array.getLength(object); i++) {
                walk(Array.get(object, i), depth + 1, seen);
            }
            return;
        }
        if (!object.getClass().getName().startsWith("dev.verbatim.")) {
            return;
        }
        for (Class<?> c = object.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) {
                    continue;
                }
                try {
                    f.setAccessible(true);
                    Object value = f.get(object);
                    if (value instanceof Annotator a && !(value instanceof AnnotationPipeline)
                            && f.getType() == Annotator.class && !Modifier.isFinal(f.getModifiers())) {
                        Timed t = new Timed(nameOf(a), a);
                        f.set(object, t);
                        timed.add(t);
                    } else {
                        walk(value, depth + 1, seen);
                    }
                } catch (ReflectiveOperationException | RuntimeException e) {
                    problems.add(c.getSimpleName() + "." + f.getName() + ": " + e);
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void wrap(AnnotationPipeline pipeline) {
        try {
            Field f = AnnotationPipeline.class.getDeclaredField("annotators");
            f.setAccessible(true);
            List<Annotator> annotators = (List<Annotator>) f.get(pipeline);
            for (int i = 0; i < annotators.size(); i++) {
                Annotator a = annotators.get(i);
                if (a instanceof Timed) {
                    continue;
                }
                Timed t = new Timed(nameOf(a), a);
                annotators.set(i, t);
                timed.add(t);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            problems.add(pipeline.getClass().getSimpleName() + ": " + e);
        }
    }

    private static String nameOf(Annotator a) {
        return switch (a.getClass().getSimpleName()) {
            case "TokenizerAnnotator" -> "tokenize";
            case "WordsToSentencesAnnotator" -> "ssplit";
            case "POSTaggerAnnotator" -> "pos";
            case "MorphaAnnotator" -> "lemma";
            case "NERCombinerAnnotator" -> "ner";
            case "DependencyParseAnnotator" -> "depparse";
            case "CorefAnnotator" -> "coref";
            case "DeterministicCorefAnnotator" -> "dcoref";
            case "QuoteAnnotator" -> "quote";
            case "ParserAnnotator" -> "parse";
            case "EntityMentionsAnnotator" -> "entitymentions";
            case "TokensRegexNERAnnotator" -> "regexner";
            default -> a.getClass().getSimpleName();
        };
    }
}
