package jp.manabi.content.scorm;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.manabi.content.packaging.PackageRejectedException;
import jp.manabi.content.packaging.PackageRejectedException.Reason;
import jp.manabi.content.packaging.SafeUnzip;
import jp.manabi.content.packaging.ZipLimits;

/**
 * Takes in an uploaded SCORM package: unpacks it safely into the folder of one version, checks that
 * its manifest is at the root and readable, and notes resources that point at files the zip lacks.
 * A refused package leaves no folder behind.
 */
public final class ScormPackages {

    /** A package that was accepted: its manifest, its files, and what only bends the standard. */
    public record Imported(Manifest manifest, List<String> files, List<String> warnings) {
    }

    private ScormPackages() {
    }

    public static Imported importPackage(InputStream zip, Path versionFolder, ZipLimits limits) throws PackageRejectedException {
        List<String> files = SafeUnzip.extract(zip, versionFolder, limits);
        try {
            if (!files.contains("imsmanifest.xml")) {
                String nested = files.stream().filter(f -> f.endsWith("/imsmanifest.xml")).findFirst().orElse(null);
                throw nested == null ? new PackageRejectedException(Reason.MANIFEST_MISSING, "")
                        : new PackageRejectedException(Reason.MANIFEST_NOT_AT_ROOT, nested);
            }
            Manifest manifest;
            try (InputStream in = Files.newInputStream(versionFolder.resolve("imsmanifest.xml"))) {
                manifest = ManifestParser.parse(in);
            }
            List<String> warnings = new ArrayList<>(manifest.warnings());
            Set<String> present = new HashSet<>(files);
            for (Manifest.Resource resource : manifest.resources().values()) {
                String href = resource.href().split("[?#]")[0];
                if (!href.isEmpty() && !present.contains(normalise(resource.base() + href))) {
                    warnings.add("resource '" + resource.identifier() + "' launches " + resource.base() + href
                            + ", which is not in the package");
                }
            }
            return new Imported(manifest, files, List.copyOf(warnings));
        } catch (PackageRejectedException | IOException | RuntimeException e) {
            SafeUnzip.deleteQuietly(versionFolder);
            if (e instanceof PackageRejectedException rejected) {
                throw rejected;
            }
            throw new PackageRejectedException(Reason.MANIFEST_INVALID, e.getMessage());
        }
    }

    private static String normalise(String path) {
        return Path.of(path).normalize().toString().replace('\\', '/');
    }
}
