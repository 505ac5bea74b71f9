package jp.manabi.content;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Test material: the shared SCORM corpus beside the checkout, and small zips made on the spot. */
public final class TestPackages {

    private TestPackages() {
    }

    /** ../shared/scorm-corpus (the build passes manabi.shared.dir). */
    public static Path corpus() {
        String shared = System.getProperty("manabi.shared.dir");
        return (shared != null && !shared.isBlank() ? Path.of(shared) : Path.of("../../shared")).resolve("scorm-corpus");
    }

    /** A zip of the given names and texts (name, text, name, text, …). */
    public static byte[] zip(String... namesAndContents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
