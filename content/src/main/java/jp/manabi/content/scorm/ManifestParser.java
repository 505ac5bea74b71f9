package jp.manabi.content.scorm;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import jp.manabi.content.packaging.PackageRejectedException;
import jp.manabi.content.packaging.PackageRejectedException.Reason;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads imsmanifest.xml of SCORM 1.2 and 2004 packages. The XML is hostile until proven otherwise:
 * a DOCTYPE is refused outright (no DTDs, no entities, so no XXE and no billion laughs). Elements are
 * matched by local name, because real authoring tools get namespaces and prefixes wrong more often
 * than the content itself.
 */
public final class ManifestParser {

    private static final String XML_NS = XMLConstants.XML_NS_URI;

    private ManifestParser() {
    }

    public static Manifest parse(InputStream xml) throws PackageRejectedException {
        Document document;
        try {
            document = builder().parse(xml);
        } catch (SAXParseException e) {
            if (String.valueOf(e.getMessage()).contains("DOCTYPE")) {
                throw new PackageRejectedException(Reason.MANIFEST_UNSAFE, "");
            }
            throw new PackageRejectedException(Reason.MANIFEST_INVALID,
                    "line " + e.getLineNumber() + ": " + e.getMessage());
        } catch (SAXException | IOException e) {
            throw new PackageRejectedException(Reason.MANIFEST_INVALID, e.getMessage());
        }
        Element root = document.getDocumentElement();
        if (!"manifest".equals(root.getLocalName())) {
            throw new PackageRejectedException(Reason.MANIFEST_INVALID, "the root element is <" + root.getLocalName() + ">");
        }
        List<String> warnings = new ArrayList<>();
        ScormEdition edition = edition(root, warnings);
        String manifestBase = attr(root, XML_NS, "base");

        Map<String, Manifest.Resource> resources = new LinkedHashMap<>();
        Element resourcesElement = child(root, "resources");
        String resourcesBase = resourcesElement == null ? "" : attr(resourcesElement, XML_NS, "base");
        if (resourcesElement != null) {
            for (Element r : children(resourcesElement, "resource")) {
                String scormType = firstNonEmpty(attrLocal(r, "scormType"), attrLocal(r, "scormtype"));
                List<String> files = children(r, "file").stream().map(f -> f.getAttribute("href")).toList();
                List<String> dependencies = children(r, "dependency").stream().map(d -> d.getAttribute("identifierref")).toList();
                String base = manifestBase + resourcesBase + attr(r, XML_NS, "base");
                resources.put(r.getAttribute("identifier"), new Manifest.Resource(r.getAttribute("identifier"),
                        r.getAttribute("type"), "sco".equalsIgnoreCase(scormType), r.getAttribute("href"), base, files, dependencies));
            }
        }

        Element organizationsElement = child(root, "organizations");
        List<Manifest.Organization> organizations = new ArrayList<>();
        String defaultOrganization = organizationsElement == null ? "" : organizationsElement.getAttribute("default");
        if (organizationsElement != null) {
            for (Element o : children(organizationsElement, "organization")) {
                organizations.add(new Manifest.Organization(o.getAttribute("identifier"), text(child(o, "title")),
                        items(o, resources, warnings), xml(child(o, "sequencing"))));
            }
        }
        if (organizations.stream().noneMatch(o -> o.identifier().equals(defaultOrganization)) && !organizations.isEmpty()) {
            warnings.add("default organization '" + defaultOrganization + "' not found; the first organization is used");
        }
        return new Manifest(root.getAttribute("identifier"), edition, defaultOrganization, List.copyOf(organizations),
                resources, xml(child(root, "sequencingCollection")), List.copyOf(warnings));
    }

    private static ScormEdition edition(Element root, List<String> warnings) {
        Element metadata = child(root, "metadata");
        String schemaVersion = metadata == null ? "" : text(child(metadata, "schemaversion"));
        ScormEdition edition = ScormEdition.ofSchemaVersion(schemaVersion);
        if (edition != null) {
            return edition;
        }
        // No or unknown schemaversion: tell the edition by the namespaces the manifest declares.
        String declared = root.getAttributes().getLength() == 0 ? "" : namespaces(root);
        edition = declared.contains("adlcp_rootv1p2") ? ScormEdition.SCORM_12
                : declared.contains("adlseq_v1p3") || declared.contains("adlcp_v1p3") ? ScormEdition.SCORM_2004_3RD
                : ScormEdition.SCORM_12;
        warnings.add("schemaversion '" + schemaVersion + "' is not a SCORM version; read as " + edition);
        return edition;
    }

    private static String namespaces(Element root) {
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < root.getAttributes().getLength(); i++) {
            all.append(root.getAttributes().item(i).getNodeValue()).append(' ');
        }
        return all.toString();
    }

    private static List<Manifest.Item> items(Element parent, Map<String, Manifest.Resource> resources, List<String> warnings) {
        List<Manifest.Item> items = new ArrayList<>();
        for (Element item : children(parent, "item")) {
            String ref = item.getAttribute("identifierref");
            String parameters = item.getAttribute("parameters");
            String launch = null;
            if (!ref.isEmpty()) {
                Manifest.Resource resource = resources.get(ref);
                if (resource == null) {
                    warnings.add("item '" + item.getAttribute("identifier") + "' refers to a missing resource '" + ref + "'");
                } else {
                    launch = launchUrl(resource.base() + resource.href(), parameters);
                }
            }
            Map<String, String> settings = new LinkedHashMap<>();
            for (String name : new String[] {"masteryscore", "datafromlms", "maxtimeallowed", "timelimitaction",
                "prerequisites", "dataFromLMS", "timeLimitAction", "completionThreshold"}) {
                Element setting = child(item, name);
                if (setting != null) {
                    settings.put(name, text(setting));
                    if ("completionThreshold".equals(name)) {
                        for (String a : new String[] {"completedByMeasure", "minProgressMeasure", "progressWeight"}) {
                            if (setting.hasAttribute(a)) {
                                settings.put("completionThreshold." + a, setting.getAttribute(a));
                            }
                        }
                    }
                }
            }
            List<String> hide = new ArrayList<>();
            Element presentation = child(item, "presentation");
            Element navigation = presentation == null ? null : child(presentation, "navigationInterface");
            if (navigation != null) {
                children(navigation, "hideLMSUI").forEach(h -> hide.add(text(h)));
            }
            String visible = item.getAttribute("isvisible");
            items.add(new Manifest.Item(item.getAttribute("identifier"), ref, text(child(item, "title")),
                    !"false".equalsIgnoreCase(visible.strip()), parameters, launch, Map.copyOf(settings),
                    xml(child(item, "sequencing")), List.copyOf(hide), items(item, resources, warnings)));
        }
        return List.copyOf(items);
    }

    /** The CAM's rule for parameters: "?a" joins as "&a" when the href has a query; "#x" only when it has no fragment. */
    static String launchUrl(String href, String parameters) {
        if (parameters == null || parameters.isBlank()) {
            return href;
        }
        String p = parameters.strip();
        if (p.startsWith("#")) {
            return href.contains("#") ? href : href + p;
        }
        if (p.startsWith("?")) {
            p = p.substring(1);
        }
        return href + (href.contains("?") ? "&" : "?") + p;
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Element child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    private static String text(Element element) {
        return element == null ? "" : element.getTextContent().strip();
    }

    private static String attr(Element element, String namespace, String name) {
        String value = element.getAttributeNS(namespace, name);
        return value == null ? "" : value;
    }

    /** An attribute by local name whatever its namespace prefix (adlcp:scormType, adlcp:scormtype). */
    private static String attrLocal(Element element, String localName) {
        for (int i = 0; i < element.getAttributes().getLength(); i++) {
            Node a = element.getAttributes().item(i);
            if (localName.equals(a.getLocalName())) {
                return a.getNodeValue();
            }
        }
        return "";
    }

    private static String firstNonEmpty(String a, String b) {
        return a.isEmpty() ? b : a;
    }

    /** A sequencing element kept whole as XML, for the sequencing engine to interpret. */
    private static String xml(Element element) {
        if (element == null) {
            return null;
        }
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(element), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException(e);
        }
    }
}
