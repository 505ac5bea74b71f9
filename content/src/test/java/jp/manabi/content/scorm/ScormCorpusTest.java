package jp.manabi.content.scorm;

import static jp.manabi.content.TestPackages.corpus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import jp.manabi.content.TestPackages;
import jp.manabi.content.scorm.manifest.ManifestReader;
import jp.manabi.content.scorm.manifest.ManifestReading;
import jp.manabi.content.scorm.manifest.ScormEdition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every package and manifest of the shared corpus goes in as INVENTORY.txt describes it. The
 * inventory's counts were checked against the manifests: items are all item elements, SCOs the
 * resources whose scormType is sco, seqNodes all imsss:sequencing elements (on organizations, on
 * items and in the sequencing collection), missingFiles the distinct paths that resources name
 * (href or file) and the zip lacks.
 */
class ScormCorpusTest {

    @TempDir
    Path work;

    /** One line of INVENTORY.txt. */
    record Row(String file, boolean root, String schemaVersion, int items, int scos, int sequencingNodes, int missingFiles) {

        private static final Pattern LINE = Pattern.compile(
                "(\\S+\\.zip)\\s+\\d+\\s+([TF])\\s+'([^']*)'\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+\\S+");

        static Row parse(String line) {
            Matcher m = LINE.matcher(line.strip());
            if (!m.matches()) {
                throw new IllegalArgumentException("not an inventory line: " + line);
            }
            return new Row(m.group(1), m.group(2).equals("T"), m.group(3), Integer.parseInt(m.group(4)),
                    Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)), Integer.parseInt(m.group(7)));
        }

        @Override
        public String toString() {
            return file;
        }
    }

    static List<Row> inventory() throws IOException {
        return Files.readAllLines(corpus().resolve("INVENTORY.txt")).stream().filter(l -> l.contains(".zip"))
                .map(Row::parse).toList();
    }

    static List<Path> adlManifests() throws IOException {
        try (Stream<Path> files = Files.list(corpus().resolve("adl-cts/manifests"))) {
            return files.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
    }

    @Test
    void theInventoryListsEveryCorpusPackage() throws IOException {
        List<Row> rows = inventory();
        assertEquals(20, rows.size());
        for (String folder : List.of("scorm12", "scorm2004", "manifest-only")) {
            try (Stream<Path> zips = Files.list(corpus().resolve(folder))) {
                zips.filter(p -> p.toString().endsWith(".zip")).forEach(zip -> assertTrue(
                        rows.stream().anyMatch(r -> r.file().equals(folder + "/" + zip.getFileName())), zip.toString()));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("inventory")
    void everyCorpusPackageImportsAsTheInventorySays(Row row) throws Exception {
        Path zip = corpus().resolve(row.file());
        Path target = work.resolve("course");
        ImportedPackage imported;
        try (InputStream in = Files.newInputStream(zip)) {
            imported = new ScormPackageImporter().importPackage(in, target);
        }
        var manifest = imported.manifest();
        assertEquals(ScormEdition.ofSchemaVersion(row.schemaVersion()).orElseThrow(), manifest.edition());
        assertEquals(row.schemaVersion(), manifest.schemaVersion());
        assertEquals(row.items(), manifest.allItems().size(), "items");
        assertEquals(row.scos(), manifest.scos().size(), "SCOs");
        assertEquals(row.sequencingNodes(), manifest.sequencingElementCount(), "sequencing elements");
        assertEquals(row.missingFiles(), imported.inspection().missingFiles().size(), "missing files "
                + imported.inspection().missingFiles());
        assertTrue(row.root());
        assertTrue(Files.isRegularFile(target.resolve("imsmanifest.xml")));

        try (ZipFile original = new ZipFile(zip.toFile())) {
            long files = original.stream().filter(e -> !e.isDirectory()).count();
            assertEquals(files, imported.files().size());
        }
        assertEquals(imported.files().stream().sorted().toList(),
                TestPackages.filesIn(target).stream().filter(f -> Files.isRegularFile(target.resolve(f))).toList());
        assertEquals(List.of("course"), TestPackages.filesIn(work).stream().filter(f -> !f.contains("/")).toList(),
                "nothing but the package is left beside it");

        // Every warning is about a missing file, and every missing file has a warning.
        assertTrue(imported.warnings().stream().allMatch(w -> w.code() == ProblemCode.FILE_MISSING
                || w.code() == ProblemCode.LAUNCH_FILE_MISSING), imported.warnings().toString());
        assertEquals(imported.inspection().missingFiles(), imported.warnings().stream()
                .map(w -> w.arguments().get(0)).collect(Collectors.toSet()));
        // Every leaf item launches something inside the package.
        manifest.allItems().stream().filter(i -> i.isLeaf()).forEach(item -> {
            assertTrue(item.launchUrl().isPresent(), item.identifier());
            assertFalse(item.launchUrl().get().startsWith("/"), item.launchUrl().get());
        });
    }

    @ParameterizedTest
    @MethodSource("adlManifests")
    void everyAdlConformanceManifestIsRead(Path file) throws Exception {
        ManifestReading reading = ManifestReader.read(Files.readAllBytes(file));
        assertEquals(ScormEdition.SCORM_2004_4TH, reading.manifest().edition());
        assertFalse(reading.manifest().organization().items().isEmpty());
        assertTrue(reading.warnings().stream().allMatch(w -> w.code() == ProblemCode.UNKNOWN_OBJECTIVE_REFERENCE),
                reading.warnings().toString());
    }

    @Test
    void theAdlSuiteHasAllItsManifests() throws IOException {
        assertEquals(189, adlManifests().size());
    }

    @Test
    void inspectingReadsThePackageWithoutUnpackingIt() throws Exception {
        Path zip = corpus().resolve("manifest-only/ADL-CTS_LMSTestPackage_CM-01.zip");
        PackageInspection inspection;
        try (InputStream in = Files.newInputStream(zip)) {
            inspection = new ScormPackageImporter().inspect(in);
        }
        assertEquals(List.of("imsmanifest.xml"), inspection.files());
        assertEquals(7, inspection.missingFiles().size());
        assertTrue(inspection.missingFiles().contains("resources/SequencingTest.htm"));
        assertTrue(inspection.missingFiles().contains("common/LMSTest.jar"), "xml:base of the resource applies to its files");
        assertEquals(3, inspection.manifest().allItems().size());
    }
}
