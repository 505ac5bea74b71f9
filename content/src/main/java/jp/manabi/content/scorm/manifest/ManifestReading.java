package jp.manabi.content.scorm.manifest;

import java.util.List;
import java.util.Objects;
import jp.manabi.content.scorm.PackageProblem;

/** A manifest that could be read, with what only bends the standard in it. */
public record ManifestReading(Manifest manifest, List<PackageProblem> warnings) {

    public ManifestReading {
        Objects.requireNonNull(manifest);
        warnings = List.copyOf(warnings);
    }
}
