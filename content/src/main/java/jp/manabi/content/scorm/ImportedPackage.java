package jp.manabi.content.scorm;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import jp.manabi.content.scorm.manifest.Manifest;

/** A package taken in: the folder it now lives in and what it holds. */
public record ImportedPackage(Path folder, PackageInspection inspection) {

    public ImportedPackage {
        Objects.requireNonNull(folder);
        Objects.requireNonNull(inspection);
    }

    public Manifest manifest() {
        return inspection.manifest();
    }

    public List<String> files() {
        return inspection.files();
    }

    public List<PackageProblem> warnings() {
        return inspection.warnings();
    }
}
