package jp.manabi.content.scorm;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import jp.manabi.content.scorm.manifest.Manifest;

/**
 * What an accepted package holds: its manifest, its files, the files its manifest names but the
 * zip lacks, and every warning (the manifest's and the package's).
 *
 * @param files the package's files (not folders), as paths from its top folder
 * @param missingFiles package paths named by resources (as href or file) that are not in the zip
 */
public record PackageInspection(Manifest manifest, List<String> files, Set<String> missingFiles,
        List<PackageProblem> warnings) {

    public PackageInspection {
        Objects.requireNonNull(manifest);
        files = List.copyOf(files);
        missingFiles = Set.copyOf(missingFiles);
        warnings = List.copyOf(warnings);
    }
}
