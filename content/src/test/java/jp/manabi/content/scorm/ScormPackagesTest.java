package jp.manabi.content.scorm;

import static jp.manabi.content.TestPackages.corpus;
import static jp.manabi.content.TestPackages.zip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jp.manabi.content.packaging.PackageRejectedException;
import jp.manabi.content.packaging.PackageRejectedException.Reason;
import jp.manabi.content.packaging.ZipLimits;
import jp.manabi.content.runtime.ScormVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus's real packages and the ADL suite's manifests are read; broken and hostile ones refused. */
class ScormPackagesTest {

    @TempDir
    Path work;

    /** INVENTORY.txt: file, bytes, root, schemaversion (quoted), items, scos, … */
    private static Map<String, String[]> inventory() throws IOException {
        Map<String, String[]> rows = new HashMap<>();
        for (String line : Files.readAllLines(corpus().resolve("INVENTORY.txt"))) {
            if (!line.contains(".zip")) {
                continue;
            }
            String file = line.substring(0, line.indexOf(' '));
            String version = line.substring(line.indexOf('\'') + 1, line.lastIndexOf('\''));
            String[] numbers = line.substring(line.lastIndexOf('\'') + 1).trim().split("\\s+");
            rows.put(file, new String[] {version, numbers[0], numbers[1]});
        }
        return rows;
    }

    @Test
    void everyCorpusPackageImportsWithItsEditionItemsAndScos() throws Exception {
        Map<String, String[]> expected = inventory();
        assertEquals(20, expected.size());
        for (Map.Entry<String, String[]> row : expected.entrySet()) {
            Path folder = work.resolve(row.getKey().replace('/', '_'));
            ScormPackages.Imported imported;
            try (InputStream in = Files.newInputStream(corpus().resolve(row.getKey()))) {
                imported = ScormPackages.importPackage(in, folder, ZipLimits.defaults());
            }
            Manifest manifest = imported.manifest();
            String version = row.getValue()[0];
            ScormEdition edition = switch (version) {
                case "1.2" -> ScormEdition.SCORM_12;
                case "CAM 1.3" -> ScormEdition.SCORM_2004_2ND;
                case "2004 3rd Edition" -> ScormEdition.SCORM_2004_3RD;
                default -> ScormEdition.SCORM_2004_4TH;
            };
            assertEquals(edition, manifest.edition(), row.getKey());
            assertEquals(Integer.parseInt(row.getValue()[1]), manifest.allItems().size(), row.getKey() + " items");
            long scos = manifest.resources().values().stream().filter(Manifest.Resource::sco).count();
            assertEquals(Long.parseLong(row.getValue()[2]), scos, row.getKey() + " SCOs");
            assertTrue(manifest.organization().isPresent(), row.getKey());
        }
    }

    @Test
    void everyAdlConformanceManifestParses() throws Exception {
        List<Path> manifests;
        try (Stream<Path> files = Files.list(corpus().resolve("adl-cts/manifests"))) {
            manifests = files.filter(p -> p.toString().endsWith(".xml")).toList();
        }
        assertEquals(189, manifests.size());
        int withSequencing = 0;
        for (Path file : manifests) {
            try (InputStream in = Files.newInputStream(file)) {
                Manifest manifest = ManifestParser.parse(in);
                assertEquals(ScormVersion.SCORM_2004, manifest.edition().runtime(), file.toString());
                assertFalse(manifest.allItems().isEmpty(), file.toString());
                if (manifest.allItems().stream().anyMatch(i -> i.sequencingXml() != null)) {
                    withSequencing++;
                }
            }
        }
        assertTrue(withSequencing > 100, "sequencing definitions are kept: " + withSequencing);
    }

    @Test
    void launchUrlsFollowTheCamRulesForBaseAndParameters() throws Exception {
        Manifest manifest;
        try (InputStream in = Files.newInputStream(corpus().resolve("adl-cts/manifests/LMSTestPackage_API.imsmanifest.xml"))) {
            manifest = ManifestParser.parse(in);
        }
        Manifest.Item first = manifest.organization().orElseThrow().items().get(0);
        assertEquals("resources/AssetLaunchTest.htm?tc=API&act=1", first.launchUrl());
        assertEquals(List.of("suspendAll"), first.hideLmsUi());
        assertEquals("page.htm?a=1&b=2", ManifestParser.launchUrl("page.htm?a=1", "?b=2"));
        assertEquals("page.htm?b=2", ManifestParser.launchUrl("page.htm", "b=2"));
        assertEquals("page.htm#p2", ManifestParser.launchUrl("page.htm", "#p2"));
        assertEquals("page.htm#p1", ManifestParser.launchUrl("page.htm#p1", "#p2"));
    }

    @Test
    void aManifestWithADoctypeIsRefusedBeforeAnyEntityIsRead() throws IOException {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE manifest [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<manifest identifier=\"x\"><organizations/><resources/>&xxe;</manifest>";
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]>"
                + "<manifest>&lol2;</manifest>";
        for (String manifest : List.of(xxe, laughs)) {
            Path folder = work.resolve("v1");
            PackageRejectedException e = assertThrows(PackageRejectedException.class,
                    () -> ScormPackages.importPackage(new ByteArrayInputStream(zip("imsmanifest.xml", manifest)), folder,
                            ZipLimits.defaults()));
            assertEquals(Reason.MANIFEST_UNSAFE, e.reason());
            assertFalse(Files.exists(folder), "nothing is kept of a refused package");
        }
    }

    @Test
    void aManifestInASubfolderOrNoneAtAllIsRefusedWithWhereItWas() throws IOException {
        PackageRejectedException nested = assertThrows(PackageRejectedException.class, () -> ScormPackages.importPackage(
                new ByteArrayInputStream(zip("course/imsmanifest.xml", "<manifest/>")), work.resolve("a"), ZipLimits.defaults()));
        assertEquals(Reason.MANIFEST_NOT_AT_ROOT, nested.reason());
        assertEquals("course/imsmanifest.xml", nested.detail());
        PackageRejectedException missing = assertThrows(PackageRejectedException.class, () -> ScormPackages.importPackage(
                new ByteArrayInputStream(zip("index.html", "<p/>")), work.resolve("b"), ZipLimits.defaults()));
        assertEquals(Reason.MANIFEST_MISSING, missing.reason());
        PackageRejectedException broken = assertThrows(PackageRejectedException.class, () -> ScormPackages.importPackage(
                new ByteArrayInputStream(zip("imsmanifest.xml", "<manifest><unclosed></manifest>")), work.resolve("c"),
                ZipLimits.defaults()));
        assertEquals(Reason.MANIFEST_INVALID, broken.reason());
        try (Stream<Path> left = Files.list(work)) {
            assertEquals(List.of(), left.toList());
        }
    }

    @Test
    void whatOnlyBendsTheStandardIsAcceptedWithAWarning() throws Exception {
        String manifest = "<manifest identifier=\"m\" xmlns=\"http://www.imsproject.org/xsd/imscp_rootv1p1p2\""
                + " xmlns:adlcp=\"http://www.adlnet.org/xsd/adlcp_rootv1p2\">"
                + "<organizations default=\"missing\"><organization identifier=\"o\"><title>t</title>"
                + "<item identifier=\"i\" identifierref=\"r\"><title>一</title><adlcp:masteryscore>80</adlcp:masteryscore></item>"
                + "</organization></organizations>"
                + "<resources><resource identifier=\"r\" type=\"webcontent\" adlcp:scormtype=\"sco\" href=\"gone.html\"/></resources>"
                + "</manifest>";
        ScormPackages.Imported imported = ScormPackages.importPackage(new ByteArrayInputStream(zip("imsmanifest.xml", manifest)),
                work.resolve("v1"), ZipLimits.defaults());
        assertEquals(ScormEdition.SCORM_12, imported.manifest().edition(), "told by its namespace");
        assertEquals("o", imported.manifest().organization().orElseThrow().identifier(), "falls back to the first");
        assertEquals("80", imported.manifest().allItems().get(0).settings().get("masteryscore"));
        assertTrue(imported.manifest().resources().get("r").sco());
        assertEquals(3, imported.warnings().size(), imported.warnings().toString());
        assertNotNull(imported.files());
    }
}
