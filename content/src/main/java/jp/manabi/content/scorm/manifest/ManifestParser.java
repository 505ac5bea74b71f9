package jp.manabi.content.scorm.manifest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.manabi.content.runtime.ScormTime;
import jp.manabi.content.scorm.PackageProblem;
import jp.manabi.content.scorm.PackageProblem.Severity;
import jp.manabi.content.scorm.PackageRejectedException;
import jp.manabi.content.scorm.ProblemCode;
import jp.manabi.content.scorm.manifest.Dom.Family;
import jp.manabi.content.scorm.manifest.Values.Strictness;
import jp.manabi.content.scorm.sequencing.Sequencing;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads one manifest document into a {@link Manifest}, collecting every problem on the way so
 * that a refusal lists them all. One instance reads one document.
 */
final class ManifestParser {

    private static final BigDecimal HUNDRED = new BigDecimal(100);

    private final Problems problems = new Problems();
    private final Values values = new Values(problems);
    /** Identifiers of the manifest, organizations, items and resources share one xs:ID space. */
    private final Set<String> identifiers = new HashSet<>();
    private ScormEdition edition;
    private Map<String, Resource> resources;
    private SequencingParser sequencing;

    ManifestReading read(Document document) throws PackageRejectedException {
        Element root = document.getDocumentElement();
        if (!"manifest".equals(root.getLocalName())) {
            throw new PackageRejectedException(PackageProblem.of(ProblemCode.MANIFEST_WRONG_ROOT, "imsmanifest.xml",
                    root.getNodeName()));
        }
        Optional<String> identifier = identifier(root, "identifier");
        if (identifier.isEmpty()) {
            problems.warning(ProblemCode.REQUIRED_MISSING, "manifest", "@identifier");
        } else {
            identifiers.add(identifier.get());
        }
        String schemaVersion = Dom.child(root, "metadata").flatMap(m -> Dom.text(Dom.child(m, "schemaversion"))).orElse("");
        edition = edition(root, schemaVersion);
        int position = 0;
        for (Element nested : Dom.children(root, "manifest")) {
            problems.warning(ProblemCode.SUBMANIFEST_IGNORED, identifier(nested, "identifier")
                    .map(id -> Locations.withKey("manifest", "manifest", "identifier", id))
                    .orElse(Locations.indexed("manifest", "manifest", ++position)));
        }
        String base = base("", root, "manifest");
        resources = resources(root, base);
        Map<String, Element> entries = collectionEntries(root);
        sequencing = new SequencingParser(problems, values, entries);
        Map<String, Sequencing> collection = new LinkedHashMap<>();
        entries.forEach((id, entry) -> collection.put(id, sequencing.forCollectionEntry(entry, id)));

        Optional<Element> organizationsElement = Dom.child(root, "organizations");
        String declaredDefault = organizationsElement.flatMap(o -> identifier(o, "default")).orElse("");
        List<Organization> organizations = organizationsElement.map(this::organizations).orElse(List.of());
        if (organizations.isEmpty()) {
            problems.error(ProblemCode.NO_ORGANIZATION, "organizations");
            throw new PackageRejectedException(problems.all());
        }
        Organization organization = defaultOrganization(organizations, declaredDefault);
        for (Organization o : organizations) {
            if (o.items().isEmpty()) {
                problems.add(new PackageProblem(ProblemCode.ORGANIZATION_EMPTY,
                        o == organization ? Severity.ERROR : Severity.WARNING,
                        Locations.withKey("", "organization", "identifier", o.identifier()), List.of()));
            }
        }
        if (problems.hasErrors()) {
            throw new PackageRejectedException(problems.all());
        }
        Manifest manifest = new Manifest(identifier.orElse(""), Dom.attribute(root, "version").orElse(""), edition,
                schemaVersion, base, declaredDefault, organization, organizations, resources, collection);
        return new ManifestReading(manifest, problems.warnings());
    }

    /**
     * The edition the schemaversion names; failing that, the one the namespaces suggest: those of
     * SCORM 1.2 or of 2004, and among 2004 editions the 4th when 4th-only elements are used.
     */
    private ScormEdition edition(Element root, String schemaVersion) {
        Optional<ScormEdition> named = ScormEdition.ofSchemaVersion(schemaVersion);
        if (named.isPresent()) {
            return named.get();
        }
        List<String> namespaces = Dom.namespaces(root).stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
        ScormEdition guess;
        if (namespaces.stream().anyMatch(n -> n.contains("adlcp_rootv1p2") || n.contains("imscp_rootv1p1p2"))) {
            guess = ScormEdition.SCORM_12;
        } else if (namespaces.stream().anyMatch(n -> n.contains("imsss") || n.contains("adlseq") || n.contains("adlnav")
                || n.contains("adlcp_v1p3") || n.contains("imscp_v1p1"))) {
            guess = usesFourthEdition(root) ? ScormEdition.SCORM_2004_4TH : ScormEdition.SCORM_2004_3RD;
        } else {
            guess = ScormEdition.SCORM_12;
        }
        problems.warning(ProblemCode.SCHEMAVERSION_UNKNOWN, "metadata/schemaversion", schemaVersion, guess.displayName());
        return guess;
    }

    private static boolean usesFourthEdition(Element element) {
        Family family = Family.of(element);
        String name = element.getLocalName();
        if (family == Family.ADLCP && name.equals("data") || family == Family.ADLSEQ && name.equals("objectives")
                || name.equals("completionThreshold") && element.getAttributes().getLength() > 0) {
            return true;
        }
        return Dom.children(element).stream().anyMatch(ManifestParser::usesFourthEdition);
    }

    // Resources

    private Map<String, Resource> resources(Element root, String manifestBase) {
        Map<String, Resource> found = new LinkedHashMap<>();
        Map<String, String> locations = new LinkedHashMap<>();
        Optional<Element> resourcesElement = Dom.child(root, "resources");
        if (resourcesElement.isEmpty()) {
            return found;
        }
        String resourcesBase = base(manifestBase, resourcesElement.get(), "resources");
        int position = 0;
        for (Element element : Dom.children(resourcesElement.get(), "resource")) {
            position++;
            Optional<String> id = identifier(element, "identifier");
            if (id.isEmpty()) {
                problems.error(ProblemCode.REQUIRED_MISSING, Locations.indexed("", "resource", position), "@identifier");
                continue;
            }
            String location = Locations.withKey("", "resource", "identifier", id.get());
            if (register(id.get(), location)) {
                found.put(id.get(), resource(element, id.get(), location, resourcesBase));
                locations.put(id.get(), location);
            }
        }
        for (Resource resource : found.values()) {
            for (String dependency : resource.dependencies()) {
                if (!found.containsKey(dependency)) {
                    problems.warning(ProblemCode.UNKNOWN_DEPENDENCY, Locations.withKey(locations.get(resource.identifier()),
                            "dependency", "identifierref", dependency), dependency);
                }
            }
        }
        return found;
    }

    private Resource resource(Element element, String id, String location, String resourcesBase) {
        String type = Dom.attribute(element, "type").map(XmlValues::collapse).orElse("");
        if (type.isEmpty()) {
            problems.warning(ProblemCode.REQUIRED_MISSING, location, "@type");
        }
        ScormType scormType = scormType(element, location);
        String base = base(resourcesBase, element, location);
        Optional<String> href = Dom.attribute(element, "href").map(XmlValues::collapse).filter(s -> !s.isEmpty());
        Optional<String> launchHref = href.flatMap(h -> resolve(base, h, Locations.attribute(location, "href")));
        List<ResourceFile> files = new ArrayList<>();
        int position = 0;
        for (Element file : Dom.children(element, "file")) {
            position++;
            Optional<String> fileHref = Dom.attribute(file, "href").map(XmlValues::collapse).filter(s -> !s.isEmpty());
            if (fileHref.isEmpty()) {
                problems.warning(ProblemCode.REQUIRED_MISSING, Locations.indexed(location, "file", position), "@href");
                continue;
            }
            resolve(base, fileHref.get(), Locations.withKey(location, "file", "href", fileHref.get()))
                    .ifPresent(resolved -> files.add(new ResourceFile(fileHref.get(), resolved)));
        }
        List<String> dependencies = new ArrayList<>();
        position = 0;
        for (Element dependency : Dom.children(element, "dependency")) {
            position++;
            Optional<String> ref = identifier(dependency, "identifierref");
            if (ref.isEmpty()) {
                problems.warning(ProblemCode.REQUIRED_MISSING, Locations.indexed(location, "dependency", position),
                        "@identifierref");
            } else {
                dependencies.add(ref.get());
            }
        }
        return new Resource(id, type, scormType, href, base, launchHref, files, dependencies);
    }

    /** SCORM 1.2 spells it adlcp:scormtype, 2004 adlcp:scormType; tools mix both, and "SCO" in capitals. */
    private ScormType scormType(Element element, String location) {
        Optional<String> raw = Dom.attributeAnyNamespace(element, "scormtype", true);
        if (raw.isEmpty()) {
            problems.warning(ProblemCode.SCORM_TYPE_MISSING, location);
            return ScormType.ASSET;
        }
        String value = XmlValues.collapse(raw.get()).toLowerCase(Locale.ROOT);
        for (ScormType type : ScormType.values()) {
            if (type.token().equals(value)) {
                return type;
            }
        }
        problems.warning(ProblemCode.INVALID_VALUE, Locations.attribute(location, "adlcp:scormType"), raw.get(),
                "sco | asset");
        return ScormType.ASSET;
    }

    /** The xml:base in force below {@code element}. */
    private String base(String parentBase, Element element, String location) {
        Optional<String> raw = Dom.xmlBase(element).map(XmlValues::collapse).filter(s -> !s.isEmpty());
        if (raw.isEmpty()) {
            return parentBase;
        }
        String baseLocation = Locations.attribute(location, "xml:base");
        if (!raw.get().endsWith("/")) {
            problems.warning(ProblemCode.XML_BASE_NOT_A_FOLDER, baseLocation, raw.get());
        }
        return resolve(parentBase, LaunchUrls.asFolder(raw.get()), baseLocation).orElse(parentBase);
    }

    private Optional<String> resolve(String base, String reference, String location) {
        Optional<String> resolved = LaunchUrls.resolve(base, reference);
        if (resolved.isEmpty()) {
            problems.error(ProblemCode.HREF_OUTSIDE_PACKAGE, location, reference);
        }
        return resolved;
    }

    // Sequencing collection

    private Map<String, Element> collectionEntries(Element root) {
        Map<String, Element> entries = new LinkedHashMap<>();
        int position = 0;
        for (Element collection : Dom.children(root, Family.IMSSS, "sequencingCollection")) {
            for (Element entry : Dom.children(collection, Family.IMSSS, "sequencing")) {
                position++;
                Optional<String> id = identifier(entry, "ID");
                if (id.isEmpty()) {
                    problems.error(ProblemCode.REQUIRED_MISSING, Locations.indexed("sequencingCollection", "sequencing",
                            position), "@ID");
                } else if (entries.putIfAbsent(id.get(), entry) != null) {
                    problems.error(ProblemCode.DUPLICATE_IDENTIFIER, SequencingParser.collectionLocation(id.get()), id.get());
                }
            }
        }
        return entries;
    }

    // Organizations and items

    private List<Organization> organizations(Element organizationsElement) {
        List<Organization> found = new ArrayList<>();
        int position = 0;
        for (Element element : Dom.children(organizationsElement, "organization")) {
            position++;
            Optional<String> id = identifier(element, "identifier");
            if (id.isEmpty()) {
                problems.error(ProblemCode.REQUIRED_MISSING, Locations.indexed("", "organization", position), "@identifier");
                continue;
            }
            String location = Locations.withKey("", "organization", "identifier", id.get());
            register(id.get(), location);
            String title = Dom.text(Dom.child(element, "title")).orElse("");
            List<Item> items = items(element, location);
            Optional<Sequencing> definition = Dom.child(element, Family.IMSSS, "sequencing")
                    .map(s -> sequencing.forActivity(s, location));
            boolean objectivesGlobal = values.bool(Dom.attribute(element, Family.ADLSEQ, "objectivesGlobalToSystem"),
                    Locations.attribute(location, "adlseq:objectivesGlobalToSystem"), Strictness.STRICT).orElse(true);
            // The schema puts it in adlcp; some tools write it beside objectivesGlobalToSystem in adlseq.
            boolean sharedDataGlobal = values.bool(Dom.attribute(element, Family.ADLCP, "sharedDataGlobalToSystem")
                    .or(() -> Dom.attribute(element, Family.ADLSEQ, "sharedDataGlobalToSystem")),
                    Locations.attribute(location, "adlcp:sharedDataGlobalToSystem"), Strictness.STRICT).orElse(true);
            found.add(new Organization(id.get(), title, items, definition, objectivesGlobal, sharedDataGlobal));
        }
        return found;
    }

    private Organization defaultOrganization(List<Organization> organizations, String declared) {
        Organization first = organizations.get(0);
        if (declared.isEmpty()) {
            problems.warning(ProblemCode.DEFAULT_ORGANIZATION_MISSING, "organizations/@default", first.identifier());
            return first;
        }
        return organizations.stream().filter(o -> o.identifier().equals(declared)).findFirst().orElseGet(() -> {
            problems.warning(ProblemCode.DEFAULT_ORGANIZATION_UNKNOWN, "organizations/@default", declared, first.identifier());
            return first;
        });
    }

    private List<Item> items(Element parent, String parentLocation) {
        List<Item> items = new ArrayList<>();
        int position = 0;
        for (Element element : Dom.children(parent, "item")) {
            position++;
            Optional<String> id = identifier(element, "identifier");
            String location = id.map(v -> Locations.withKey(parentLocation, "item", "identifier", v))
                    .orElse(Locations.indexed(parentLocation, "item", position));
            if (id.isEmpty()) {
                problems.error(ProblemCode.REQUIRED_MISSING, location, "@identifier");
            } else {
                register(id.get(), location);
            }
            items.add(item(element, id.orElse(""), location));
        }
        return items;
    }

    private Item item(Element element, String identifier, String location) {
        List<Item> children = items(element, location);
        Optional<String> ref = identifier(element, "identifierref");
        Optional<String> parameters = Dom.attribute(element, "parameters").filter(p -> !p.isBlank());
        boolean visible = values.bool(Dom.attributeAnyNamespace(element, "isvisible", false),
                Locations.attribute(location, "isvisible"), Strictness.LENIENT).orElse(true);
        String title = Dom.text(Dom.child(element, "title")).orElse("");
        Optional<String> launchUrl = Optional.empty();
        if (ref.isPresent()) {
            Resource resource = resources.get(ref.get());
            if (resource == null) {
                problems.error(ProblemCode.UNKNOWN_RESOURCE, Locations.attribute(location, "identifierref"), ref.get());
            } else if (resource.launchHref().isEmpty()) {
                problems.error(ProblemCode.LAUNCH_HREF_MISSING, location, ref.get());
            } else {
                launchUrl = Optional.of(LaunchUrls.withParameters(resource.launchHref().get(), parameters.orElse(null)));
            }
        } else if (children.isEmpty()) {
            // SCORM 2004's activity tree has no place for a leaf without content; a 1.2 table of
            // contents can show it as a heading.
            problems.add(new PackageProblem(ProblemCode.LEAF_ITEM_WITHOUT_RESOURCE,
                    edition.isScorm2004() ? Severity.ERROR : Severity.WARNING, location, List.of()));
        }

        Optional<BigDecimal> masteryScore = values.decimal(adlcpText(element, "masteryscore"), BigDecimal.ZERO, HUNDRED,
                Locations.child(location, "adlcp:masteryscore"), Strictness.LENIENT);
        Optional<String> maxTimeAllowed = adlcpText(element, "maxtimeallowed").filter(t -> {
            boolean valid = ScormTime.parseTimespan(t).isPresent();
            if (!valid) {
                problems.warning(ProblemCode.INVALID_VALUE, Locations.child(location, "adlcp:maxtimeallowed"), t,
                        "HHHH:MM:SS.SS");
            }
            return valid;
        });
        Optional<String> prerequisites = adlcpVerbatim(element, "prerequisites");
        Optional<String> dataFromLms = adlcpVerbatim(element, "datafromlms");
        TimeLimitAction timeLimitAction = values.token(adlcpText(element, "timelimitaction"), TimeLimitAction.values(),
                TimeLimitAction::token, Locations.child(location, "adlcp:timeLimitAction"), Strictness.LENIENT)
                .orElse(TimeLimitAction.DEFAULT);

        Optional<CompletionThreshold> completionThreshold = Dom.child(element, "completionThreshold")
                .map(c -> completionThreshold(c, Locations.child(location, "adlcp:completionThreshold")));
        List<HideLmsUi> hidden = hideLmsUi(element, location);
        List<SharedDataMap> sharedData = sharedData(element, location);
        Optional<Sequencing> definition = Dom.child(element, Family.IMSSS, "sequencing")
                .map(s -> sequencing.forActivity(s, location));
        return new Item(identifier, ref, title, visible, parameters, launchUrl, masteryScore, maxTimeAllowed, prerequisites,
                dataFromLms, timeLimitAction, completionThreshold, hidden, sharedData, definition, children);
    }

    /** An ADL CP child's collapsed text; 1.2 and 2004 differ in case (datafromlms / dataFromLMS). */
    private static Optional<String> adlcpText(Element item, String localName) {
        return Dom.text(Dom.childrenIgnoringCase(item, localName).stream().findFirst());
    }

    /** An ADL CP child's text as the author wrote it, only trimmed: the SCO receives it unchanged. */
    private static Optional<String> adlcpVerbatim(Element item, String localName) {
        return Dom.childrenIgnoringCase(item, localName).stream().findFirst().map(e -> e.getTextContent().strip())
                .filter(t -> !t.isEmpty());
    }

    private CompletionThreshold completionThreshold(Element element, String location) {
        Optional<String> text = Optional.of(element.getTextContent()).filter(t -> !t.isBlank());
        return new CompletionThreshold(
                values.decimal(text, BigDecimal.ZERO, BigDecimal.ONE, location, Strictness.STRICT),
                values.bool(element, "completedByMeasure", false, location, Strictness.STRICT),
                values.decimal(element, "minProgressMeasure", CompletionThreshold.DEFAULT_MIN_PROGRESS_MEASURE,
                        BigDecimal.ZERO, BigDecimal.ONE, location, Strictness.STRICT),
                values.decimal(element, "progressWeight", CompletionThreshold.DEFAULT_PROGRESS_WEIGHT, BigDecimal.ZERO,
                        BigDecimal.ONE, location, Strictness.STRICT));
    }

    private List<HideLmsUi> hideLmsUi(Element item, String location) {
        List<HideLmsUi> hidden = new ArrayList<>();
        String interfaceLocation = Locations.child(location, "adlnav:presentation/adlnav:navigationInterface");
        int position = 0;
        for (Element presentation : Dom.children(item, "presentation")) {
            for (Element navigation : Dom.children(presentation, "navigationInterface")) {
                for (Element hide : Dom.children(navigation, "hideLMSUI")) {
                    values.token(Optional.of(hide.getTextContent()), HideLmsUi.values(), HideLmsUi::token,
                            Locations.indexed(interfaceLocation, "adlnav:hideLMSUI", ++position), Strictness.LENIENT)
                            .filter(h -> !hidden.contains(h)).ifPresent(hidden::add);
                }
            }
        }
        return hidden;
    }

    private List<SharedDataMap> sharedData(Element item, String location) {
        List<SharedDataMap> maps = new ArrayList<>();
        String dataLocation = Locations.child(location, "adlcp:data");
        int position = 0;
        for (Element data : Dom.children(item, Family.ADLCP, "data")) {
            for (Element map : Dom.children(data, Family.ADLCP, "map")) {
                String mapLocation = Locations.indexed(dataLocation, "adlcp:map", ++position);
                Optional<String> target = Dom.attribute(map, "targetID").map(XmlValues::collapse).filter(s -> !s.isEmpty());
                if (target.isEmpty()) {
                    problems.error(ProblemCode.REQUIRED_MISSING, mapLocation, "@targetID");
                    continue;
                }
                maps.add(new SharedDataMap(target.get(),
                        values.bool(map, "readSharedData", true, mapLocation, Strictness.STRICT),
                        values.bool(map, "writeSharedData", false, mapLocation, Strictness.STRICT)));
            }
        }
        return maps;
    }

    // Identifiers

    private static Optional<String> identifier(Element element, String attribute) {
        return Dom.attribute(element, attribute).map(XmlValues::identifier).filter(s -> !s.isEmpty());
    }

    /** Records an identifier; false (with a problem) when another element already has it. */
    private boolean register(String id, String location) {
        if (identifiers.add(id)) {
            return true;
        }
        problems.error(ProblemCode.DUPLICATE_IDENTIFIER, location, id);
        return false;
    }
}
