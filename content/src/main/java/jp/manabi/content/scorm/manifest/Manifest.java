package jp.manabi.content.scorm.manifest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import jp.manabi.content.scorm.sequencing.Sequencing;

/**
 * What a package's imsmanifest.xml says, read once at import: the SCORM edition, the organizations
 * (one of them the course the LMS presents), the resources items launch, and the reusable
 * sequencing definitions. Identifiers are whitespace-normalised as the ADL sample LMS does.
 *
 * @param schemaVersion the schemaversion text as written ("" when absent)
 * @param base the manifest's own xml:base ("" when none)
 * @param defaultOrganizationId the organizations' default attribute as written ("" when absent)
 * @param organization the organization the LMS presents: the default one, or the first when the
 *        default is missing or names no organization
 * @param resources by identifier, in manifest order
 * @param sequencingCollection the imsss:sequencingCollection entries by ID, each read on its own
 */
public record Manifest(String identifier, String version, ScormEdition edition, String schemaVersion, String base,
        String defaultOrganizationId, Organization organization, List<Organization> organizations,
        Map<String, Resource> resources, Map<String, Sequencing> sequencingCollection) {

    public Manifest {
        Objects.requireNonNull(identifier);
        Objects.requireNonNull(version);
        Objects.requireNonNull(edition);
        Objects.requireNonNull(schemaVersion);
        Objects.requireNonNull(base);
        Objects.requireNonNull(defaultOrganizationId);
        Objects.requireNonNull(organization);
        organizations = List.copyOf(organizations);
        resources = Collections.unmodifiableMap(new LinkedHashMap<>(resources));
        sequencingCollection = Collections.unmodifiableMap(new LinkedHashMap<>(sequencingCollection));
    }

    public Optional<Resource> resource(String identifier) {
        return Optional.ofNullable(resources.get(identifier));
    }

    /** Every item of every organization, depth first. */
    public List<Item> allItems() {
        return organizations.stream().flatMap(o -> o.allItems().stream()).toList();
    }

    /** The resources that are SCOs. */
    public List<Resource> scos() {
        return resources.values().stream().filter(Resource::isSco).toList();
    }

    /**
     * How many imsss:sequencing elements the manifest holds: on organizations, on items and in the
     * sequencing collection.
     */
    public int sequencingElementCount() {
        long declared = organizations.stream().filter(o -> o.sequencing().isPresent()).count()
                + allItems().stream().filter(i -> i.sequencing().isPresent()).count();
        return (int) declared + sequencingCollection.size();
    }
}
