package jp.manabi.content.scorm;

import static jp.manabi.content.TestPackages.MINIMAL_MANIFEST;
import static jp.manabi.content.TestPackages.filesIn;
import static jp.manabi.content.TestPackages.renamed;
import static jp.manabi.content.TestPackages.scormPackage;
import static jp.manabi.content.TestPackages.withDamagedData;
import static jp.manabi.content.TestPackages.withDeclaredSize;
import static jp.manabi.content.TestPackages.withEncryptionFlag;
import static jp.manabi.content.TestPackages.withUnixMode;
import static jp.manabi.content.TestPackages.zip;
import static jp.manabi.content.TestPackages.zipOfZeros;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way an upload may attack the server or simply not be a package is refused with its own
 * problem code, and leaves nothing behind: no spooled upload, no half-unpacked folder.
 */
class HostilePackagesTest {

    @TempDir
    Path work;

    private PackageRejectedException refused(byte[] upload, ImportLimits limits, ProblemCode expected) throws Exception {
        Path target = work.resolve("courses").resolve("course-1");
        PackageRejectedException e = assertThrows(PackageRejectedException.class,
                () -> new ScormPackageImporter(limits).importPackage(new ByteArrayInputStream(upload), target));
        assertTrue(e.errors().stream().anyMatch(p -> p.code() == expected), e.problems().toString());
        assertEquals(List.of("courses"), filesIn(work), "a refused upload leaves nothing in the target's folder");
        for (PackageProblem problem : e.problems()) {
            assertTrue(!problem.japanese().isBlank() && !problem.english().isBlank(), problem.toString());
        }
        return e;
    }

    private PackageRejectedException refused(byte[] upload, ProblemCode expected) throws Exception {
        return refused(upload, ImportLimits.defaults(), expected);
    }

    @Test
    void zipSlipIsRefused() throws Exception {
        PackageRejectedException e = refused(scormPackage("../evil.txt", "x"), ProblemCode.UNSAFE_PATH);
        assertEquals("../evil.txt", e.errors().get(0).location());
        refused(scormPackage("content/../../evil.txt", "x"), ProblemCode.UNSAFE_PATH);
        assertTrue(Files.notExists(work.resolve("evil.txt")));
    }

    @Test
    void absolutePathsAreRefused() throws Exception {
        refused(scormPackage("/etc/cron.d/evil", "x"), ProblemCode.UNSAFE_PATH);
        refused(scormPackage("C:/Windows/evil.txt", "x"), ProblemCode.UNSAFE_PATH);
        refused(scormPackage("c:evil.txt", "x"), ProblemCode.UNSAFE_PATH);
    }

    @Test
    void backslashesAndControlCharactersAreRefused() throws Exception {
        refused(scormPackage("..\\evil.txt", "x"), ProblemCode.UNSAFE_PATH);
        refused(scormPackage("pages\\..\\..\\evil.txt", "x"), ProblemCode.UNSAFE_PATH);
        refused(scormPackage("evil\u0000.txt", "x"), ProblemCode.UNSAFE_PATH);
    }

    @Test
    void symbolicLinksAreRefused() throws Exception {
        byte[] upload = withUnixMode(scormPackage("link", "/etc/passwd"), "link", 0120777);
        PackageRejectedException e = refused(upload, ProblemCode.SYMBOLIC_LINK);
        assertEquals("link", e.errors().get(0).location());
    }

    @Test
    void devicesAndPipesAreRefused() throws Exception {
        refused(withUnixMode(scormPackage("fifo", ""), "fifo", 0010644), ProblemCode.SPECIAL_FILE);
    }

    @Test
    void ordinaryUnixModesAreAccepted() throws Exception {
        byte[] upload = withUnixMode(withUnixMode(scormPackage("pages/", "", "pages/a.html", "a"), "pages/", 0040755),
                "pages/a.html", 0100644);
        ImportedPackage imported = new ScormPackageImporter().importPackage(new ByteArrayInputStream(upload),
                work.resolve("course"));
        assertTrue(Files.isRegularFile(imported.folder().resolve("pages/a.html")));
    }

    @Test
    void anEntryLargerThanAllowedIsRefused() throws Exception {
        refused(scormPackage("video.mp4", "x".repeat(5000)), ImportLimits.defaults().withMaxEntryBytes(4000),
                ProblemCode.ENTRY_TOO_LARGE);
    }

    @Test
    void sizesAreCountedNotTakenFromTheZip() throws Exception {
        // The central directory claims 10 bytes; the data inflates to 5000.
        byte[] lying = withDeclaredSize(scormPackage("video.mp4", "x".repeat(5000)), "video.mp4", 10);
        refused(lying, ImportLimits.defaults().withMaxEntryBytes(4000), ProblemCode.ENTRY_TOO_LARGE);
        refused(lying, ImportLimits.defaults().withMaxTotalBytes(4000), ProblemCode.PACKAGE_TOO_LARGE);
    }

    @Test
    void aPackageLargerThanAllowedIsRefused() throws Exception {
        refused(scormPackage("a.txt", "x".repeat(3000), "b.txt", "y".repeat(3000)),
                ImportLimits.defaults().withMaxTotalBytes(5000), ProblemCode.PACKAGE_TOO_LARGE);
    }

    @Test
    void anUploadLargerThanAllowedIsRefusedWhileSpooling() throws Exception {
        refused(scormPackage("a.txt", "x"), ImportLimits.defaults().withMaxArchiveBytes(100), ProblemCode.ARCHIVE_TOO_LARGE);
    }

    @Test
    void tooManyEntriesAreRefused() throws Exception {
        refused(scormPackage("1", "a", "2", "b", "3", "c"), ImportLimits.defaults().withMaxEntries(4),
                ProblemCode.TOO_MANY_ENTRIES);
    }

    @Test
    void aZipBombIsRefusedByItsCompressionRatio() throws Exception {
        // 8 MB of zeros deflate to about 8 KB: a ratio of a thousand.
        byte[] bomb = zipOfZeros("zeros.bin", 8 << 20, "imsmanifest.xml", MINIMAL_MANIFEST, "index.html", "<p/>");
        assertTrue(bomb.length < 20_000);
        refused(bomb, ProblemCode.COMPRESSION_RATIO);
        // The same when the zip hides the size: the ratio of what really comes out is watched.
        refused(withDeclaredSize(bomb, "zeros.bin", 100), ProblemCode.COMPRESSION_RATIO);
    }

    @Test
    void smallFilesMayCompressWell() throws Exception {
        byte[] blanks = zipOfZeros("blank.bin", 100_000, "imsmanifest.xml", MINIMAL_MANIFEST, "index.html", "<p/>");
        new ScormPackageImporter().importPackage(new ByteArrayInputStream(blanks), work.resolve("course"));
    }

    @Test
    void duplicateEntriesAreRefused() throws Exception {
        // ZipOutputStream refuses duplicates, so the second name is rewritten in the finished zip.
        byte[] upload = renamed(scormPackage("pages/a.html", "1", "pages/b.html", "2"), "pages/b.html", "pages/a.html");
        PackageRejectedException e = refused(upload, ProblemCode.DUPLICATE_ENTRY);
        assertEquals("pages/a.html", e.errors().get(0).location());
        // Two manifests: which one would another tool read?
        refused(renamed(scormPackage("imsmanifest.xmm", "<manifest/>"), "imsmanifest.xmm", "imsmanifest.xml"),
                ProblemCode.DUPLICATE_ENTRY);
    }

    @Test
    void aFileAndAFolderOfTheSameNameAreRefused() throws Exception {
        refused(scormPackage("page", "1", "page/a.html", "2"), ProblemCode.DUPLICATE_ENTRY);
        refused(scormPackage("page/a.html", "2", "page", "1"), ProblemCode.DUPLICATE_ENTRY);
    }

    @Test
    void aManifestOnlyInASubfolderIsRefusedWithWhereItIs() throws Exception {
        PackageRejectedException e = refused(zip("course/imsmanifest.xml", MINIMAL_MANIFEST, "course/index.html", "<p/>",
                "course/deeper/imsmanifest.xml", MINIMAL_MANIFEST), ProblemCode.MANIFEST_NOT_AT_ROOT);
        PackageProblem problem = e.errors().get(0);
        assertEquals("course/imsmanifest.xml", problem.location());
        assertTrue(problem.japanese().contains("course/imsmanifest.xml"), problem.japanese());
        assertTrue(problem.english().contains("course/imsmanifest.xml"), problem.english());
    }

    @Test
    void aZipWithoutManifestIsRefused() throws Exception {
        refused(zip("index.html", "<p/>"), ProblemCode.MANIFEST_MISSING);
        refused(zip(), ProblemCode.MANIFEST_MISSING);
    }

    @Test
    void whatIsNotAZipIsRefused() throws Exception {
        refused("this is not a zip file".getBytes(StandardCharsets.UTF_8), ProblemCode.NOT_A_ZIP);
        refused(new byte[0], ProblemCode.NOT_A_ZIP);
        byte[] whole = scormPackage();
        refused(Arrays.copyOf(whole, whole.length - 10), ProblemCode.NOT_A_ZIP);
        refused(Arrays.copyOf(whole, whole.length / 2), ProblemCode.NOT_A_ZIP);
    }

    @Test
    void damagedAndEncryptedEntriesAreRefused() throws Exception {
        refused(withDamagedData(scormPackage("page.html", "<p>" + "ページ".repeat(200) + "</p>"), "page.html"),
                ProblemCode.ENTRY_UNREADABLE);
        refused(withEncryptionFlag(scormPackage("secret.html", "x"), "secret.html"), ProblemCode.ENTRY_UNREADABLE);
    }

    @Test
    void aDoctypeWithExternalEntitiesIsRefused() throws Exception {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE manifest [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <manifest identifier="x"><organizations/><resources/>&xxe;</manifest>""";
        PackageRejectedException e = refused(zip("imsmanifest.xml", xxe), ProblemCode.MANIFEST_DOCTYPE);
        assertTrue(e.getMessage().contains("DOCTYPE"));
    }

    @Test
    void billionLaughsAreRefused() throws Exception {
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        laughs.append("]><manifest identifier=\"m\">&lol9;</manifest>");
        refused(zip("imsmanifest.xml", laughs.toString()), ProblemCode.MANIFEST_DOCTYPE);
    }

    @Test
    void aManifestLargerThanAllowedIsRefusedBeforeItIsParsed() throws Exception {
        refused(scormPackage(), ImportLimits.defaults().withMaxManifestBytes(100), ProblemCode.MANIFEST_TOO_LARGE);
    }

    @Test
    void aManifestThatIsNotXmlIsRefusedWithItsPosition() throws Exception {
        PackageRejectedException e = refused(zip("imsmanifest.xml", "<manifest>\n<organizations></manifest>"),
                ProblemCode.MANIFEST_MALFORMED);
        assertEquals("2", e.errors().get(0).arguments().get(0), "the line of the error");
        refused(zip("imsmanifest.xml", "<html><body/></html>"), ProblemCode.MANIFEST_WRONG_ROOT);
    }

    @Test
    void deeplyNestedXmlIsRefused() throws Exception {
        String deep = "<manifest>" + "<item>".repeat(5000) + "</item>".repeat(5000) + "</manifest>";
        refused(zip("imsmanifest.xml", deep), ProblemCode.MANIFEST_MALFORMED);
    }

    @Test
    void aCleanPackageAppearsWholeUnderItsFinalNameAndNothingElseRemains() throws Exception {
        Path target = work.resolve("courses").resolve("course-1");
        ImportedPackage imported = new ScormPackageImporter().importPackage(
                new ByteArrayInputStream(scormPackage("pages/", "", "pages/1.html", "<p>一</p>")), target);
        assertEquals(target, imported.folder());
        assertEquals(List.of("imsmanifest.xml", "index.html", "pages/1.html"), imported.files().stream().sorted().toList());
        assertEquals("<p>一</p>", Files.readString(target.resolve("pages/1.html")));
        assertEquals(List.of("courses", "courses/course-1", "courses/course-1/imsmanifest.xml",
                "courses/course-1/index.html", "courses/course-1/pages", "courses/course-1/pages/1.html"), filesIn(work));
        assertEquals(List.of(), imported.warnings());
    }

    @Test
    void aStoredPackageIsNeverOverwritten() throws Exception {
        Path target = work.resolve("course");
        new ScormPackageImporter().importPackage(new ByteArrayInputStream(scormPackage()), target);
        assertThrows(FileAlreadyExistsException.class, () -> new ScormPackageImporter()
                .importPackage(new ByteArrayInputStream(scormPackage("other.html", "x")), target));
        assertEquals(List.of("course", "course/imsmanifest.xml", "course/index.html"), filesIn(work));
    }

    @Test
    void namesZippedOnJapaneseWindowsAreRead() throws Exception {
        // Explorer on Japanese Windows writes Shift_JIS names without the UTF-8 flag.
        byte[] upload = zip(Charset.forName("windows-31j"), "imsmanifest.xml", MINIMAL_MANIFEST, "index.html", "<p/>",
                "資料/第1章.html", "<p>第1章</p>");
        ImportedPackage imported = new ScormPackageImporter().importPackage(new ByteArrayInputStream(upload),
                work.resolve("course"));
        assertTrue(imported.files().contains("資料/第1章.html"), imported.files().toString());
        assertTrue(Files.isRegularFile(work.resolve("course/資料/第1章.html")));
    }

    @Test
    void everyProblemOfTheZipIsReportedAtOnce() throws Exception {
        byte[] upload = withUnixMode(scormPackage("../a", "x", "/b", "y", "link", "z"), "link", 0120777);
        PackageRejectedException e = refused(upload, ProblemCode.UNSAFE_PATH);
        assertEquals(List.of(ProblemCode.UNSAFE_PATH, ProblemCode.UNSAFE_PATH, ProblemCode.SYMBOLIC_LINK),
                e.errors().stream().map(PackageProblem::code).toList());
        assertTrue(e.errors().get(2).message(Locale.JAPAN).contains("シンボリックリンク"));
    }
}
