package jp.manabi.content.scorm.manifest;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Something an item launches, or that other resources need: a SCO or an asset, its entry point
 * (href), the files it consists of and the resources it depends on.
 *
 * @param base the xml:base in force for this resource (manifest, resources and resource levels
 *        combined), "" when none
 * @param launchHref the href with that base applied, before any item's parameters
 */
public record Resource(String identifier, String type, ScormType scormType, Optional<String> href, String base,
        Optional<String> launchHref, List<ResourceFile> files, List<String> dependencies) {

    public Resource {
        Objects.requireNonNull(identifier);
        Objects.requireNonNull(type);
        Objects.requireNonNull(scormType);
        Objects.requireNonNull(href);
        Objects.requireNonNull(base);
        Objects.requireNonNull(launchHref);
        files = List.copyOf(files);
        dependencies = List.copyOf(dependencies);
    }

    public boolean isSco() {
        return scormType == ScormType.SCO;
    }

    /** The launched file's path inside the package, decoded; empty for absolute URLs or without href. */
    public Optional<String> launchPath() {
        return launchHref.flatMap(LaunchUrls::packagePath);
    }
}
