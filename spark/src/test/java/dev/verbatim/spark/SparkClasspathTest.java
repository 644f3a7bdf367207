package dev.verbatim.spark;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.ProtobufAnnotationSerializer;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pins of spark/pom.xml are what the tests run on, and CoreNLP works on them: the versions
 * Spark 4.2.0 ships, not the ones CoreNLP 4.5.10 was built with. (The library's own path, the
 * tokenizer, tagger, lemmatizer and NER, runs inside Spark in {@link VerbatimSparkTest}.)
 */
class SparkClasspathTest {

    @Test
    void coreNlpsProtobufCodeRunsOnSparksProtobuf4() throws Exception {
        assertThat(jarOf(com.google.protobuf.Message.class)).contains("protobuf-java-4.33.5");
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos");
        props.setProperty("tokenize.language", "en");
        StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
        Annotation doc = new Annotation("\u201cWe are set on serious negotiations,\u201d he affirmed.");
        pipeline.annotate(doc);

        ProtobufAnnotationSerializer serializer = new ProtobufAnnotationSerializer();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        serializer.writeCoreDocument(new edu.stanford.nlp.pipeline.CoreDocument(doc), bytes);
        Annotation back = serializer.read(new ByteArrayInputStream(bytes.toByteArray())).first;

        List<CoreLabel> before = doc.get(CoreAnnotations.TokensAnnotation.class);
        List<CoreLabel> after = back.get(CoreAnnotations.TokensAnnotation.class);
        assertThat(after).extracting(CoreLabel::word).containsExactlyElementsOf(before.stream().map(CoreLabel::word).toList());
        assertThat(after).extracting(CoreLabel::tag).containsExactlyElementsOf(before.stream().map(CoreLabel::tag).toList());
        assertThat(after).extracting(CoreLabel::beginPosition)
                .containsExactlyElementsOf(before.stream().map(CoreLabel::beginPosition).toList());
    }

    @Test
    void coreNlpLogsThroughSlf4j2ToSparksLog4j() {
        assertThat(jarOf(LoggerFactory.class)).contains("slf4j-api-2.0.17");
        assertThat(LoggerFactory.getILoggerFactory().getClass().getName()).startsWith("org.apache.logging.slf4j");
        // no SLF4J 1.7 binding (the library's slf4j-nop is excluded)
        assertThat(getClass().getClassLoader().getResource("org/slf4j/impl/StaticLoggerBinder.class")).isNull();
    }

    @Test
    void theOtherSharedArtifactsAreSparksVersionsAndCoreNlpDoesNotLinkAgainstThem() throws Exception {
        assertThat(jarOf(org.apache.commons.lang3.StringUtils.class)).contains("commons-lang3-3.20.0");
        assertThat(jarOf(Class.forName("jakarta.servlet.Servlet"))).contains("jakarta.servlet-api-6.0.0");
        // CoreNLP 4.5.10 declares commons-lang3 3.3.1 and jakarta.servlet-api 4.0.4 (javax.servlet),
        // but no class of its jar refers to either: the versions Spark ships cannot break it
        String jar = jarOf(StanfordCoreNLP.class);
        assertThat(jar).contains("stanford-corenlp-4.5.10.jar");
        Map<String, Integer> referring = new TreeMap<>();
        List<String> packages = List.of("org/apache/commons/lang3/", "javax/servlet/", "jakarta/servlet/",
                "com/google/protobuf/");
        int classes = 0;
        try (JarFile j = new JarFile(jar)) {
            for (JarEntry e : java.util.Collections.list(j.entries())) {
                if (!e.getName().endsWith(".class")) {
                    continue;
                }
                classes++;
                String constants = new String(j.getInputStream(e).readAllBytes(), StandardCharsets.ISO_8859_1);
                for (String p : packages) {
                    if (constants.contains(p)) {
                        referring.merge(p, 1, Integer::sum);
                    }
                }
            }
        }
        assertThat(classes).isGreaterThan(1000);
        assertThat(referring).doesNotContainKeys("org/apache/commons/lang3/", "javax/servlet/", "jakarta/servlet/");
        // the scan does see references where there are some: protobuf, tested above
        assertThat(referring).containsKey("com/google/protobuf/");
    }

    private static String jarOf(Class<?> c) {
        return c.getProtectionDomain().getCodeSource().getLocation().getPath();
    }
}
