package jp.manabi.content.scorm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a course package's imsmanifest.xml says: its edition, the organizations (the course's
 * structure, one of them the default), the resources the items launch, and the sequencing
 * definitions, kept as XML for the sequencing engine. Warnings note what only bends the standard.
 */
public record Manifest(String identifier, ScormEdition edition, String defaultOrganization, List<Organization> organizations,
        Map<String, Resource> resources, String sequencingCollectionXml, List<String> warnings) {

    /** An organization: a tree of items under a title. */
    public record Organization(String identifier, String title, List<Item> items, String sequencingXml) {
    }

    /**
     * An item of the course tree. A leaf references a resource; its launch URL is that resource's
     * href with xml:base applied and the item's parameters appended (CAM rules for ? and #).
     */
    public record Item(String identifier, String identifierRef, String title, boolean visible, String parameters,
            String launchUrl, Map<String, String> settings, String sequencingXml, List<String> hideLmsUi, List<Item> children) {
    }

    /** A resource: a SCO (talks to the run-time API) or an asset, with its files and dependencies. */
    public record Resource(String identifier, String type, boolean sco, String href, String base, List<String> files,
            List<String> dependencies) {
    }

    /** The organization the LMS presents: the default one, or the first when the default is missing. */
    public Optional<Organization> organization() {
        return organizations.stream().filter(o -> o.identifier().equals(defaultOrganization)).findFirst()
                .or(() -> organizations.stream().findFirst());
    }

    /** Every item of every organization, depth first. */
    public List<Item> allItems() {
        List<Item> all = new ArrayList<>();
        organizations.forEach(o -> collect(o.items(), all));
        return all;
    }

    private static void collect(List<Item> items, List<Item> into) {
        for (Item item : items) {
            into.add(item);
            collect(item.children(), into);
        }
    }
}
