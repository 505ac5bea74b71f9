package jp.manabi.content.scorm.manifest;

import java.util.Objects;
import java.util.Optional;

/**
 * A file a resource declares it needs, as written and with the xml:base of its resource applied.
 *
 * @param resolved the href with xml:base applied: a path inside the package, or an absolute URL
 */
public record ResourceFile(String href, String resolved) {

    public ResourceFile {
        Objects.requireNonNull(href);
        Objects.requireNonNull(resolved);
    }

    /** The file's path inside the package, decoded; empty when it lives elsewhere (an absolute URL). */
    public Optional<String> packagePath() {
        return LaunchUrls.packagePath(resolved);
    }
}
