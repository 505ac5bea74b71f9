package jp.manabi.content.packaging;

import static jp.manabi.content.TestPackages.corpus;
import static jp.manabi.content.TestPackages.zip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import jp.manabi.content.packaging.PackageRejectedException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real course packages unpack; every kind of hostile zip is refused and leaves nothing behind. */
class SafeUnzipTest {

    @TempDir
    Path work;

    private static byte[] replace(byte[] bytes, String from, String to) {
        byte[] f = from.getBytes(StandardCharsets.US_ASCII);
        byte[] t = to.getBytes(StandardCharsets.US_ASCII);
        byte[] out = bytes.clone();
        for (int i = 0; i + f.length <= out.length; i++) {
            boolean match = true;
            for (int j = 0; j < f.length && match; j++) {
                match = out[i + j] == f[j];
            }
            if (match) {
                System.arraycopy(t, 0, out, i, t.length);
            }
        }
        return out;
    }

    private void assertRefused(byte[] zip, ZipLimits limits, Reason reason) throws IOException {
        Path target = work.resolve("package");
        PackageRejectedException e = assertThrows(PackageRejectedException.class,
                () -> SafeUnzip.extract(new ByteArrayInputStream(zip), target, limits));
        assertEquals(reason, e.reason(), e.getMessage());
        assertFalse(e.message(Locale.JAPANESE).isBlank());
        assertFalse(e.message(Locale.ENGLISH).isBlank());
        try (Stream<Path> left = Files.list(work)) {
            assertEquals(List.of(), left.toList(), "a refused upload leaves nothing behind");
        }
    }

    @Test
    void everyCorpusPackageUnpacks() throws Exception {
        List<Path> packages;
        try (Stream<Path> files = Stream.of("scorm12", "scorm2004", "manifest-only").flatMap(dir -> {
            try {
                return Files.list(corpus().resolve(dir));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        })) {
            packages = files.filter(p -> p.toString().endsWith(".zip")).sorted().toList();
        }
        assertEquals(20, packages.size());
        for (Path zip : packages) {
            Path target = work.resolve(zip.getFileName().toString().replace(".zip", ""));
            try (InputStream in = Files.newInputStream(zip)) {
                List<String> files = SafeUnzip.extract(in, target, ZipLimits.defaults());
                assertTrue(files.contains("imsmanifest.xml"), zip + " " + files);
                assertTrue(Files.isRegularFile(target.resolve("imsmanifest.xml")));
            }
        }
    }

    @Test
    void pathsLeavingThePackageAreRefused() throws IOException {
        assertRefused(zip("../evil.txt", "x"), ZipLimits.defaults(), Reason.UNSAFE_PATH);
        assertRefused(zip("content/../../evil.txt", "x"), ZipLimits.defaults(), Reason.UNSAFE_PATH);
        assertRefused(zip("/etc/cron.d/evil", "x"), ZipLimits.defaults(), Reason.UNSAFE_PATH);
        assertRefused(zip("C:/Windows/evil.txt", "x"), ZipLimits.defaults(), Reason.UNSAFE_PATH);
        assertRefused(zip("..\\evil.txt", "x"), ZipLimits.defaults(), Reason.UNSAFE_PATH);
    }

    @Test
    void symbolicLinksAreRefused() throws IOException {
        byte[] zip = zip("imsmanifest.xml", "<manifest/>", "link", "/etc/passwd");
        // Mark "link" as made on Unix (host 3) with mode lrwxrwxrwx, as zip -y does.
        for (int p = zip.length - 22; p >= 0; p--) {
            if (zip[p] == 0x50 && zip[p + 1] == 0x4b && zip[p + 2] == 0x01 && zip[p + 3] == 0x02
                    && new String(zip, p + 46, 4, StandardCharsets.US_ASCII).equals("link")) {
                zip[p + 5] = 3;
                int mode = 0120777;
                zip[p + 40] = (byte) (mode & 0xff);
                zip[p + 41] = (byte) (mode >> 8);
            }
        }
        assertRefused(zip, ZipLimits.defaults(), Reason.LINK);
    }

    @Test
    void duplicateNamesAreRefused() throws IOException {
        assertRefused(replace(zip("a.txt", "1", "b.txt", "2"), "b.txt", "a.txt"), ZipLimits.defaults(), Reason.DUPLICATE);
    }

    @Test
    void limitsStopZipBombs() throws IOException {
        assertRefused(zip("1", "a", "2", "b", "3", "c"), new ZipLimits(2, 1000, 1000, 200), Reason.TOO_MANY_ENTRIES);
        assertRefused(zip("big.txt", "x".repeat(200)), new ZipLimits(10, 100, 1000, 10_000), Reason.ENTRY_TOO_LARGE);
        assertRefused(zip("a", "x".repeat(100), "b", "y".repeat(100)), new ZipLimits(10, 1000, 150, 10_000), Reason.TOO_LARGE);
        assertRefused(zip("zeros.bin", "\0".repeat(4 << 20)), ZipLimits.defaults(), Reason.COMPRESSION_RATIO);
    }

    @Test
    void whatIsNotAZipIsRefused() throws IOException {
        assertRefused("this is not a zip file".getBytes(StandardCharsets.UTF_8), ZipLimits.defaults(), Reason.NOT_A_ZIP);
        assertRefused(new byte[0], ZipLimits.defaults(), Reason.NOT_A_ZIP);
    }

    @Test
    void aCleanPackageAppearsWholeUnderItsFinalName() throws Exception {
        Path target = work.resolve("course-v1");
        List<String> files = SafeUnzip.extract(new ByteArrayInputStream(zip("imsmanifest.xml", "<manifest/>",
                "pages/", "", "pages/1.html", "<p>一</p>")), target, ZipLimits.defaults());
        assertEquals(List.of("imsmanifest.xml", "pages/1.html"), files);
        assertEquals("<p>一</p>", Files.readString(target.resolve("pages/1.html")));
        try (Stream<Path> left = Files.list(work)) {
            assertEquals(List.of(target), left.toList(), "no spool file or partial folder remains");
        }
        assertThrows(PackageRejectedException.class, () -> SafeUnzip.extract(
                new ByteArrayInputStream(zip("x", "y")), target, ZipLimits.defaults()), "a stored version is never overwritten");
    }
}
