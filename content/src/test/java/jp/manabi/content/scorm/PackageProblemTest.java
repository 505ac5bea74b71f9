package jp.manabi.content.scorm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every problem can be told to the trainer in Japanese and in English. */
class PackageProblemTest {

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PackageProblem.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void bothBundlesHoldExactlyOneMessagePerCode() throws IOException {
        Set<String> codes = Arrays.stream(ProblemCode.values()).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
        Properties english = bundle("Messages.properties");
        Properties japanese = bundle("Messages_ja.properties");
        assertEquals(codes, new TreeSet<>(english.stringPropertyNames()));
        assertEquals(codes, new TreeSet<>(japanese.stringPropertyNames()));
        for (String code : codes) {
            String en = english.getProperty(code);
            String ja = japanese.getProperty(code);
            assertNotEquals(en, ja, code);
            assertTrue(ja.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
                    || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA
                    || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), code + " is Japanese");
            assertEquals(new MessageFormat(en).getFormats().length, new MessageFormat(ja).getFormats().length,
                    code + " quotes the same number of values in both languages");
        }
    }

    @Test
    void theMessageFollowsTheLocaleWhateverTheServerDefault() {
        PackageProblem problem = PackageProblem.of(ProblemCode.MANIFEST_NOT_AT_ROOT, "course/imsmanifest.xml",
                "course/imsmanifest.xml");
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.JAPAN);
            assertTrue(problem.english().startsWith("imsmanifest.xml is not at the top of the zip but at course/"),
                    problem.english());
            Locale.setDefault(Locale.US);
            assertTrue(problem.japanese().contains("最上位ではなく course/imsmanifest.xml"), problem.japanese());
            assertEquals(problem.english(), problem.message(Locale.FRENCH), "other languages read English");
            assertEquals(problem.japanese(), problem.message(Locale.JAPAN));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aProblemKnowsItsSeverityAndSurvivesSerialisation() throws Exception {
        PackageProblem usual = PackageProblem.of(ProblemCode.FILE_MISSING, "resource[@identifier='r']", "a.js");
        assertEquals(PackageProblem.Severity.WARNING, usual.severity());
        assertEquals(PackageProblem.Severity.ERROR, PackageProblem.error(ProblemCode.FILE_MISSING, "", "a.js").severity());
        PackageRejectedException e = new PackageRejectedException(List.of(usual,
                PackageProblem.of(ProblemCode.NOT_A_ZIP, "")));
        assertEquals(List.of(ProblemCode.NOT_A_ZIP), e.errors().stream().map(PackageProblem::code).toList());
        assertEquals(List.of(usual), e.warnings());

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(e);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(e.problems(), ((PackageRejectedException) in.readObject()).problems());
        }
        assertThrows(IllegalArgumentException.class, () -> new PackageRejectedException(List.of(usual)),
                "warnings alone refuse nothing");
    }
}
