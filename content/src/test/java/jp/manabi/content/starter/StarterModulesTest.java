package jp.manabi.content.starter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import jp.manabi.content.scorm.ImportedPackage;
import jp.manabi.content.scorm.PackageRejectedException;
import jp.manabi.content.scorm.ScormPackageImporter;
import jp.manabi.content.scorm.manifest.Item;
import jp.manabi.content.scorm.manifest.Manifest;
import jp.manabi.content.scorm.manifest.Resource;
import jp.manabi.content.scorm.manifest.ResourceFile;
import jp.manabi.content.scorm.manifest.ScormEdition;
import jp.manabi.content.scorm.sequencing.Objective;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The starter modules as the build packaged them: each zip on the classpath goes through the real
 * importer without a warning, is one SCO whose primary objective the LMS satisfies by a scaled score
 * of 0.8, has accessible Japanese pages that reach no other host, a consistent answer key, and a
 * script that behaves against a strict fake of the SCORM 2004 API (run with node when it is there).
 */
class StarterModulesTest {

    private static final Pattern OTHER_HOST = Pattern.compile("(?i)(https?:)?//[a-z0-9.-]+\\.[a-z]{2,}|https?://");

    @TempDir
    Path work;

    /** The zip's entries, name → bytes, in zip order. */
    private static Map<String, byte[]> entries(StarterModules module) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(module.openZip(), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!entry.isDirectory()) {
                    entries.put(entry.getName(), zip.readAllBytes());
                }
            }
        }
        return entries;
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setExpandEntityReferences(false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(new ByteArrayInputStream(xml));
    }

    private static List<Element> elements(Element root, String tag) {
        NodeList list = root.getElementsByTagName(tag);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            elements.add((Element) list.item(i));
        }
        return elements;
    }

    private ImportedPackage imported(StarterModules module) throws IOException, PackageRejectedException {
        try (InputStream zip = module.openZip()) {
            return new ScormPackageImporter().importPackage(zip, work.resolve(module.code()));
        }
    }

    @Test
    void theModulesAreTheTwoOfTheIssue() {
        assertEquals(List.of("starter-security", "starter-policy-legal"),
                java.util.Arrays.stream(StarterModules.values()).map(StarterModules::code).toList());
        assertEquals("PROFESSIONAL_PRACTICE", StarterModules.SECURITY.abilityCode());
        assertEquals("POLICY_LEGAL", StarterModules.POLICY_LEGAL.abilityCode());
        assertEquals("情報セキュリティ基礎", StarterModules.SECURITY.titleJa());
        assertEquals("政策法務入門", StarterModules.POLICY_LEGAL.titleJa());
        assertEquals("jp/manabi/content/starter/security.zip", StarterModules.SECURITY.resourceName());
        assertEquals("jp/manabi/content/starter/policy-legal.zip", StarterModules.POLICY_LEGAL.resourceName());
        assertEquals(StarterModules.POLICY_LEGAL, StarterModules.ofCode("starter-policy-legal").orElseThrow());
        assertTrue(StarterModules.ofCode("starter-unknown").isEmpty());
        for (StarterModules module : StarterModules.values()) {
            assertTrue(module.suggestedPoints() > 0 && module.estimatedMinutes() > 0, module.code());
            assertFalse(module.titleEn().isBlank(), module.code());
        }
    }

    @ParameterizedTest
    @EnumSource(StarterModules.class)
    void importsAsOneScoThatTheLmsPassesAtEightyPercent(StarterModules module) throws Exception {
        ImportedPackage imported = imported(module);
        assertEquals(List.of(), imported.warnings());
        assertEquals(Set.of(), imported.inspection().missingFiles());
        Manifest manifest = imported.manifest();
        assertEquals(ScormEdition.SCORM_2004_4TH, manifest.edition());
        assertEquals("2004 4th Edition", manifest.schemaVersion());
        assertEquals(1, manifest.organizations().size());
        assertEquals(module.titleJa(), manifest.organization().title());

        assertEquals(1, manifest.scos().size());
        Resource sco = manifest.scos().get(0);
        assertEquals(1, manifest.resources().size());
        String launch = sco.launchPath().orElseThrow();
        assertEquals("index.html", launch);
        assertTrue(Files.isRegularFile(imported.folder().resolve(launch)));

        List<Item> items = manifest.organization().allItems();
        assertEquals(1, items.size());
        Item item = items.get(0);
        assertTrue(item.isLeaf());
        assertEquals(sco.identifier(), item.identifierRef().orElseThrow());
        Objective primary = item.effectiveSequencing().primaryObjective().orElseThrow();
        assertTrue(primary.satisfiedByMeasure());
        assertEquals(0, primary.minNormalizedMeasure().compareTo(new BigDecimal("0.8")));

        // The resource lists exactly the files the zip holds (the manifest aside).
        Set<String> listed = new HashSet<>();
        for (ResourceFile file : sco.files()) {
            listed.add(file.packagePath().orElseThrow());
        }
        Set<String> inZip = new HashSet<>(imported.files());
        inZip.remove("imsmanifest.xml");
        assertEquals(inZip, listed);
        assertEquals(Set.of("index.html", "sco.js", "style.css"), listed);
    }

    @ParameterizedTest
    @EnumSource(StarterModules.class)
    void theManifestDeclaresItsNamespaces(StarterModules module) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document manifest = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(entries(module).get("imsmanifest.xml")));
        String imsss = "http://www.imsglobal.org/xsd/imsss";
        assertEquals("http://www.imsglobal.org/xsd/imscp_v1p1", manifest.getDocumentElement().getNamespaceURI());
        Element primary = (Element) manifest.getElementsByTagNameNS(imsss, "primaryObjective").item(0);
        assertNotNull(primary);
        assertEquals("true", primary.getAttribute("satisfiedByMeasure"));
        assertEquals("0.8", primary.getElementsByTagNameNS(imsss, "minNormalizedMeasure").item(0).getTextContent());
        Element resource = (Element) manifest.getElementsByTagName("resource").item(0);
        assertEquals("sco", resource.getAttributeNS("http://www.adlnet.org/xsd/adlcp_v1p3", "scormType"));
    }

    @ParameterizedTest
    @EnumSource(StarterModules.class)
    void everyPageIsJapaneseAccessibleAndSelfContained(StarterModules module) throws Exception {
        Map<String, byte[]> entries = entries(module);
        int pages = 0;
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            String name = entry.getKey();
            String text = new String(entry.getValue(), StandardCharsets.UTF_8);
            if (!name.equals("imsmanifest.xml")) {
                assertFalse(OTHER_HOST.matcher(text).find(), name + " refers to another host: "
                        + OTHER_HOST.matcher(text).results().map(r -> r.group()).toList());
            }
            if (!name.endsWith(".html")) {
                continue;
            }
            pages++;
            Element html = parse(entry.getValue()).getDocumentElement();
            assertEquals("html", html.getTagName(), name);
            assertEquals("ja", html.getAttribute("lang"), name);
            List<Element> titles = elements(html, "title");
            assertEquals(1, titles.size(), name);
            assertFalse(titles.get(0).getTextContent().isBlank(), name);
            assertEquals(module.titleJa(), titles.get(0).getTextContent().strip(), name);
            assertEquals(1, elements(html, "h1").size(), name);
            assertEquals(module.code(), elements(html, "body").get(0).getAttribute("data-module"), name);

            for (String tag : List.of("script", "link", "img", "iframe", "a")) {
                for (Element element : elements(html, tag)) {
                    for (String attribute : List.of("src", "href")) {
                        String value = element.getAttribute(attribute);
                        assertTrue(value.isEmpty() || entries.containsKey(value),
                                name + ": " + tag + " " + attribute + "=" + value + " is not in the package");
                    }
                }
            }

            Set<String> ids = new HashSet<>();
            for (Element element : elements(html, "*")) {
                String id = element.getAttribute("id");
                assertTrue(id.isEmpty() || ids.add(id), name + ": duplicate id " + id);
            }
            Set<String> labelled = new HashSet<>();
            elements(html, "label").forEach(label -> labelled.add(label.getAttribute("for")));
            for (Element input : elements(html, "input")) {
                assertTrue(labelled.contains(input.getAttribute("id")), name + ": input without label " + input.getAttribute("id"));
            }
            for (Element button : elements(html, "button")) {
                assertFalse(button.getTextContent().isBlank(), name + ": button without text " + button.getAttribute("id"));
                assertFalse(button.getAttribute("type").isEmpty(), name + ": button without type " + button.getAttribute("id"));
            }

            List<Element> sections = elements(html, "section").stream()
                    .filter(s -> s.getAttribute("class").equals("page")).toList();
            assertTrue(sections.size() >= 5 && sections.size() <= 8, name + ": " + sections.size() + " pages");
            assertEquals("quiz", sections.get(sections.size() - 1).getAttribute("id"), name);
            for (Element section : sections) {
                assertFalse(section.getAttribute("data-title").isBlank(), section.getAttribute("id"));
                assertEquals(1, elements(section, "h2").size(), section.getAttribute("id"));
                assertTrue(elements(section, "p").size() >= 1, section.getAttribute("id"));
            }
        }
        assertEquals(1, pages);
    }

    @ParameterizedTest
    @EnumSource(StarterModules.class)
    void theAnswerKeyIsConsistent(StarterModules module) throws Exception {
        Element html = parse(entries(module).get("index.html")).getDocumentElement();
        List<Element> questions = elements(html, "fieldset").stream().filter(f -> f.hasAttribute("data-question")).toList();
        assertTrue(questions.size() >= 5 && questions.size() <= 8, questions.size() + " questions");
        Set<String> questionIds = new HashSet<>();
        Set<String> descriptions = new HashSet<>();
        for (Element question : questions) {
            String id = question.getAttribute("data-question");
            assertTrue(id.matches("q\\d+") && questionIds.add(id), "question id " + id);
            String description = question.getAttribute("data-description");
            assertTrue(!description.isBlank() && description.codePointCount(0, description.length()) <= 250
                    && descriptions.add(description), id + ": description");
            assertTrue(description.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                    || Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA), id + ": description in Japanese");
            assertFalse(question.getAttribute("data-label").isBlank(), id);
            assertEquals(1, elements(question, "legend").size(), id);
            List<Element> radios = elements(question, "input");
            assertTrue(radios.size() >= 3 && radios.size() <= 6, id + ": choices");
            Set<String> values = new HashSet<>();
            for (Element radio : radios) {
                assertEquals("radio", radio.getAttribute("type"), id);
                assertEquals(id, radio.getAttribute("name"), id);
                assertTrue(radio.getAttribute("value").matches("[a-z]") && values.add(radio.getAttribute("value")), id);
            }
            String correct = question.getAttribute("data-correct");
            assertEquals(1, radios.stream().filter(r -> r.getAttribute("value").equals(correct)).count(),
                    id + ": exactly one choice is the correct answer " + correct);
            assertEquals(1, elements(question, "p").stream().filter(p -> p.getAttribute("class").equals("explanation")).count(), id);
        }
    }

    @ParameterizedTest
    @EnumSource(StarterModules.class)
    void theZipDependsOnlyOnItsSources(StarterModules module) throws IOException {
        Set<Long> times = new HashSet<>();
        try (ZipInputStream zip = new ZipInputStream(module.openZip(), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                times.add(entry.getTime());
            }
        }
        assertEquals(1, times.size(), "every entry carries the same fixed time");
    }

    @ParameterizedTest
    @EnumSource(StarterModules.class)
    void theScoScriptPassesItsChecksWithNode(StarterModules module) throws Exception {
        assumeTrue(nodeAvailable(), "node is not installed");
        ImportedPackage imported = imported(module);
        Path check = work.resolve("sco-check.js");
        try (InputStream script = StarterModulesTest.class.getResourceAsStream("sco-check.js")) {
            Files.copy(script, check);
        }
        Path output = work.resolve("node-" + module.code() + ".txt");
        Process node = new ProcessBuilder("node", check.toString(), imported.folder().toString())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertTrue(node.waitFor(60, TimeUnit.SECONDS), "node did not finish");
        String printed = Files.readString(output);
        assertEquals(0, node.exitValue(), printed);
        assertTrue(printed.strip().matches("ok \\d+ checks"), printed);
    }

    private static boolean nodeAvailable() {
        try {
            Process process = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
