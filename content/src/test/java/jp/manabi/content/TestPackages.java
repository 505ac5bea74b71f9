package jp.manabi.content;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Test material: the shared SCORM corpus beside the checkout, small zips made on the spot, and
 * the byte surgery that turns them into the hostile zips no honest tool writes.
 */
public final class TestPackages {

    private static final int CENTRAL_ENTRY = 0x02014b50;
    private static final int LOCAL_ENTRY = 0x04034b50;

    private TestPackages() {
    }

    /** ../shared/scorm-corpus (the build passes manabi.shared.dir; from the module folder it is ../../shared). */
    public static Path corpus() {
        String shared = System.getProperty("manabi.shared.dir");
        return (shared != null && !shared.isBlank() ? Path.of(shared) : Path.of("../../shared")).resolve("scorm-corpus");
    }

    /** A zip of the given names and texts (name, text, name, text, …); names ending in "/" are folders. */
    public static byte[] zip(String... namesAndContents) {
        return zip(StandardCharsets.UTF_8, namesAndContents);
    }

    /** The same, with names in {@code charset} and no UTF-8 flag unless it is UTF-8. */
    public static byte[] zip(Charset charset, String... namesAndContents) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, charset)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A zip with one entry of {@code size} zero bytes (which deflate compresses about a thousandfold). */
    public static byte[] zipOfZeros(String name, int size, String... moreNamesAndContents) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(new byte[size]);
            zip.closeEntry();
            for (int i = 0; i < moreNamesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(moreNamesAndContents[i]));
                zip.write(moreNamesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A minimal valid SCORM 2004 package: a manifest and the page it launches, plus extra entries. */
    public static byte[] scormPackage(String... moreNamesAndContents) {
        String[] entries = Stream.concat(Stream.of("imsmanifest.xml", MINIMAL_MANIFEST, "index.html", "<p>一</p>"),
                Stream.of(moreNamesAndContents)).toArray(String[]::new);
        return zip(entries);
    }

    public static final String MINIMAL_MANIFEST = """
            <manifest identifier="m" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
                xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3">
              <metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>
              <organizations default="org"><organization identifier="org"><title>講座</title>
                <item identifier="i1" identifierref="r1"><title>第1章</title></item>
              </organization></organizations>
              <resources><resource identifier="r1" type="webcontent" adlcp:scormType="sco" href="index.html">
                <file href="index.html"/></resource></resources>
            </manifest>
            """;

    /** Every central-directory record of a zip, as its offset. */
    private static List<Integer> centralRecords(byte[] zip) {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        return Stream.iterate(0, i -> i <= zip.length - 4, i -> i + 1).filter(i -> b.getInt(i) == CENTRAL_ENTRY).toList();
    }

    private static String centralName(byte[] zip, int record) {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int length = Short.toUnsignedInt(b.getShort(record + 28));
        return new String(zip, record + 46, length, StandardCharsets.UTF_8);
    }

    /** Marks an entry as made on Unix with the given st_mode (e.g. 0120777 for a symbolic link, as zip -y writes). */
    public static byte[] withUnixMode(byte[] zip, String name, int mode) {
        byte[] copy = zip.clone();
        ByteBuffer b = ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN);
        for (int record : centralRecords(copy)) {
            if (centralName(copy, record).equals(name)) {
                b.put(record + 5, (byte) 3);
                b.putInt(record + 38, mode << 16);
            }
        }
        return copy;
    }

    /** Sets the uncompressed size an entry's central record declares, leaving its data as it is. */
    public static byte[] withDeclaredSize(byte[] zip, String name, int size) {
        byte[] copy = zip.clone();
        ByteBuffer b = ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN);
        for (int record : centralRecords(copy)) {
            if (centralName(copy, record).equals(name)) {
                b.putInt(record + 24, size);
            }
        }
        return copy;
    }

    /** Sets the encryption flag of an entry in its local and central headers. */
    public static byte[] withEncryptionFlag(byte[] zip, String name) {
        byte[] copy = zip.clone();
        ByteBuffer b = ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN);
        for (int record : centralRecords(copy)) {
            if (centralName(copy, record).equals(name)) {
                b.putShort(record + 8, (short) (b.getShort(record + 8) | 1));
                int local = b.getInt(record + 42);
                if (b.getInt(local) == LOCAL_ENTRY) {
                    b.putShort(local + 6, (short) (b.getShort(local + 6) | 1));
                }
            }
        }
        return copy;
    }

    /** Replaces every occurrence of a name's bytes with another of the same length (in local and central headers). */
    public static byte[] renamed(byte[] zip, String from, String to) {
        byte[] a = from.getBytes(StandardCharsets.UTF_8);
        byte[] b = to.getBytes(StandardCharsets.UTF_8);
        if (a.length != b.length) {
            throw new IllegalArgumentException("names must have the same length");
        }
        byte[] copy = zip.clone();
        for (int i = 0; i + a.length <= copy.length; i++) {
            boolean match = true;
            for (int j = 0; j < a.length && match; j++) {
                match = copy[i + j] == a[j];
            }
            if (match) {
                System.arraycopy(b, 0, copy, i, b.length);
            }
        }
        return copy;
    }

    /** Flips one byte inside an entry's compressed data, so that its CRC no longer matches. */
    public static byte[] withDamagedData(byte[] zip, String name) {
        byte[] copy = zip.clone();
        ByteBuffer b = ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN);
        for (int record : centralRecords(copy)) {
            if (centralName(copy, record).equals(name)) {
                int local = b.getInt(record + 42);
                int data = local + 30 + Short.toUnsignedInt(b.getShort(local + 26)) + Short.toUnsignedInt(b.getShort(local + 28));
                copy[data + 1] ^= 0x55;
            }
        }
        return copy;
    }

    /** The files left in a folder, relative to it, sorted. */
    public static List<String> filesIn(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> !p.equals(folder)).map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
