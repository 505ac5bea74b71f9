package jp.manabi.content.scorm.manifest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.XMLConstants;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Reading a manifest's DOM by local names. Content packaging elements are matched whatever their
 * namespace, because authoring tools get the IMS CP namespace wrong more often than the content;
 * only where IMS SS and ADL reuse a name (objectives, objective, mapInfo) does the namespace
 * family decide.
 */
final class Dom {

    /** The namespaces SCORM manifests mix, told apart by what their URIs contain. */
    enum Family {
        IMSSS, ADLSEQ, ADLCP, ADLNAV, OTHER;

        static Family of(Node node) {
            String uri = node.getNamespaceURI();
            if (uri == null) {
                return OTHER;
            }
            String lower = uri.toLowerCase(Locale.ROOT);
            if (lower.contains("imsss")) {
                return IMSSS;
            }
            if (lower.contains("adlseq")) {
                return ADLSEQ;
            }
            if (lower.contains("adlcp")) {
                return ADLCP;
            }
            if (lower.contains("adlnav")) {
                return ADLNAV;
            }
            return OTHER;
        }
    }

    private Dom() {
    }

    static List<Element> children(Element parent) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                found.add(e);
            }
        }
        return found;
    }

    /** Children of that local name, in any namespace. */
    static List<Element> children(Element parent, String localName) {
        return children(parent).stream().filter(e -> localName.equals(e.getLocalName())).toList();
    }

    /** Children of that local name in that namespace family. */
    static List<Element> children(Element parent, Family family, String localName) {
        return children(parent).stream().filter(e -> localName.equals(e.getLocalName()) && Family.of(e) == family)
                .toList();
    }

    /** Children of that local name in any namespace, ignoring case (SCORM 1.2 and 2004 spell some differently). */
    static List<Element> childrenIgnoringCase(Element parent, String localName) {
        return children(parent).stream().filter(e -> localName.equalsIgnoreCase(e.getLocalName())).toList();
    }

    static Optional<Element> child(Element parent, String localName) {
        return children(parent, localName).stream().findFirst();
    }

    static Optional<Element> child(Element parent, Family family, String localName) {
        return children(parent, family, localName).stream().findFirst();
    }

    /** An attribute without a namespace (as IMS CP and IMS SS attributes are). */
    static Optional<String> attribute(Element element, String name) {
        Attr attr = element.getAttributeNodeNS(null, name);
        return attr == null ? Optional.empty() : Optional.of(attr.getValue());
    }

    /** An attribute by local name whatever its namespace, optionally ignoring case (adlcp:scormType / scormtype). */
    static Optional<String> attributeAnyNamespace(Element element, String localName, boolean ignoreCase) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node a = attributes.item(i);
            String name = a.getLocalName() == null ? a.getNodeName() : a.getLocalName();
            if (ignoreCase ? localName.equalsIgnoreCase(name) : localName.equals(name)) {
                if (!XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(a.getNamespaceURI())) {
                    return Optional.of(a.getNodeValue());
                }
            }
        }
        return Optional.empty();
    }

    /** An attribute by local name in a namespace family (adlseq:objectivesGlobalToSystem). */
    static Optional<String> attribute(Element element, Family family, String localName) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node a = attributes.item(i);
            if (localName.equals(a.getLocalName()) && Family.of(a) == family) {
                return Optional.of(a.getNodeValue());
            }
        }
        return Optional.empty();
    }

    static Optional<String> xmlBase(Element element) {
        Attr attr = element.getAttributeNodeNS(XMLConstants.XML_NS_URI, "base");
        return attr == null ? Optional.empty() : Optional.of(attr.getValue());
    }

    /** The element's text with whitespace runs collapsed, "" for none. */
    static String text(Element element) {
        return XmlValues.collapse(element.getTextContent());
    }

    static Optional<String> text(Optional<Element> element) {
        return element.map(Dom::text).filter(t -> !t.isEmpty());
    }

    /** Every namespace URI the document's elements and attributes use. */
    static List<String> namespaces(Element root) {
        List<String> found = new ArrayList<>();
        collectNamespaces(root, found);
        return found;
    }

    private static void collectNamespaces(Element element, List<String> into) {
        addNamespace(element.getNamespaceURI(), into);
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node a = attributes.item(i);
            if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(a.getNamespaceURI())) {
                addNamespace(a.getNodeValue(), into);
            } else {
                addNamespace(a.getNamespaceURI(), into);
            }
        }
        for (Element child : children(element)) {
            collectNamespaces(child, into);
        }
    }

    private static void addNamespace(String uri, List<String> into) {
        if (uri != null && !into.contains(uri)) {
            into.add(uri);
        }
    }
}
