package jp.manabi.content.scorm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import jp.manabi.content.scorm.archive.PackageArchive;
import jp.manabi.content.scorm.manifest.Locations;
import jp.manabi.content.scorm.manifest.ManifestReader;
import jp.manabi.content.scorm.manifest.ManifestReading;
import jp.manabi.content.scorm.manifest.Resource;
import jp.manabi.content.scorm.manifest.ResourceFile;

/**
 * Takes in an uploaded SCORM package, all or nothing. The upload is spooled to a file beside the
 * target, its zip structure checked (paths, links, duplicates, sizes), its manifest read from the
 * top of the zip and checked, and only then is it unpacked: into a hidden folder beside the target
 * that is renamed to the target in one step once every byte is out. A refused package, or a
 * failure half-way, leaves nothing behind.
 *
 * <p>Problems with the package are {@link PackageRejectedException}s with every problem found;
 * problems of the server (a full disk, a target that already exists) stay {@link IOException}s.
 * An importer holds only its limits and may be shared between threads.
 */
public final class ScormPackageImporter {

    private static final String MANIFEST = "imsmanifest.xml";

    private final ImportLimits limits;

    public ScormPackageImporter() {
        this(ImportLimits.defaults());
    }

    public ScormPackageImporter(ImportLimits limits) {
        this.limits = limits;
    }

    public ImportLimits limits() {
        return limits;
    }

    /**
     * Unpacks the package in {@code zip} into {@code targetDir}, which must not exist yet, and
     * returns what it holds. The stream is read to its end but not closed.
     */
    public ImportedPackage importPackage(InputStream zip, Path targetDir) throws PackageRejectedException, IOException {
        Path target = targetDir.toAbsolutePath().normalize();
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString(), null, "a package is never unpacked over another");
        }
        Path parent = Files.createDirectories(target.getParent());
        String hidden = "." + target.getFileName() + "." + UUID.randomUUID();
        Path spool = parent.resolve(hidden + ".upload");
        Path partial = parent.resolve(hidden + ".partial");
        try {
            PackageArchive.spool(zip, spool, limits);
            PackageInspection inspection;
            try (PackageArchive archive = PackageArchive.open(spool, limits)) {
                inspection = inspect(archive);
                archive.extractTo(partial);
            }
            // The spool goes first: once the package is in place, nothing may fail any more.
            Files.delete(spool);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            return new ImportedPackage(target, inspection);
        } catch (PackageRejectedException | IOException | RuntimeException | Error e) {
            try {
                deleteRecursively(partial);
                Files.deleteIfExists(spool);
            } catch (IOException | RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /**
     * Checks the package in {@code zip} and reads its manifest without unpacking it. Sizes are
     * checked as the zip declares them; only unpacking counts the real bytes.
     */
    public PackageInspection inspect(InputStream zip) throws PackageRejectedException, IOException {
        // A folder of its own (created readable by this process only) rather than a bare temporary
        // file, so that the spool can be created exclusively without a window for another process.
        Path folder = Files.createTempDirectory("manabi-scorm-");
        Path spool = folder.resolve("upload.zip");
        try {
            PackageArchive.spool(zip, spool, limits);
            try (PackageArchive archive = PackageArchive.open(spool, limits)) {
                return inspect(archive);
            }
        } finally {
            Files.deleteIfExists(spool);
            Files.deleteIfExists(folder);
        }
    }

    private PackageInspection inspect(PackageArchive archive) throws PackageRejectedException, IOException {
        List<String> files = archive.files();
        if (!archive.contains(MANIFEST)) {
            // A course zipped together with its folder has the manifest one level down: say where.
            String nested = files.stream().filter(f -> f.endsWith("/" + MANIFEST))
                    .min(Comparator.comparingLong((String f) -> f.chars().filter(c -> c == '/').count())
                            .thenComparing(Comparator.naturalOrder()))
                    .orElse(null);
            throw new PackageRejectedException(nested == null ? PackageProblem.of(ProblemCode.MANIFEST_MISSING, "")
                    : PackageProblem.of(ProblemCode.MANIFEST_NOT_AT_ROOT, nested, nested));
        }
        byte[] manifest = archive.read(MANIFEST, limits.maxManifestBytes(), ProblemCode.MANIFEST_TOO_LARGE,
                ImportLimits.megabytes(limits.maxManifestBytes()));
        ManifestReading reading = ManifestReader.read(manifest);
        List<PackageProblem> warnings = new ArrayList<>(reading.warnings());
        Set<String> missing = new LinkedHashSet<>();
        for (Resource resource : reading.manifest().resources().values()) {
            String location = Locations.withKey("", "resource", "identifier", resource.identifier());
            resource.launchPath().filter(path -> !archive.contains(path)).ifPresent(path -> {
                missing.add(path);
                warnings.add(PackageProblem.of(ProblemCode.LAUNCH_FILE_MISSING, location, path));
            });
            for (ResourceFile file : resource.files()) {
                file.packagePath().filter(path -> !archive.contains(path)).ifPresent(path -> {
                    missing.add(path);
                    warnings.add(PackageProblem.of(ProblemCode.FILE_MISSING,
                            Locations.withKey(location, "file", "href", file.href()), path));
                });
            }
        }
        return new PackageInspection(reading.manifest(), files, missing, warnings);
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
