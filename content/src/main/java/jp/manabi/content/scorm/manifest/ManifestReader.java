package jp.manabi.content.scorm.manifest;

import java.io.IOException;
import java.io.InputStream;
import jp.manabi.content.scorm.ImportLimits;
import jp.manabi.content.scorm.PackageProblem;
import jp.manabi.content.scorm.PackageRejectedException;
import jp.manabi.content.scorm.ProblemCode;

/**
 * Reads an imsmanifest.xml into a {@link Manifest}. Every problem is collected before the verdict:
 * a manifest with errors is refused with all of them, one that only bends the standard is read
 * with its warnings. Whether the files it names exist is for the caller, who has the package.
 */
public final class ManifestReader {

    private ManifestReader() {
    }

    public static ManifestReading read(byte[] xml) throws PackageRejectedException {
        return new ManifestParser().read(SecureXml.parse(xml));
    }

    /** Reads at most {@code maxBytes}; a longer manifest is refused without being parsed. */
    public static ManifestReading read(InputStream xml, long maxBytes) throws IOException, PackageRejectedException {
        byte[] bytes = xml.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 16));
        if (bytes.length > maxBytes) {
            throw new PackageRejectedException(PackageProblem.of(ProblemCode.MANIFEST_TOO_LARGE, "imsmanifest.xml",
                    ImportLimits.megabytes(maxBytes)));
        }
        return read(bytes);
    }
}
