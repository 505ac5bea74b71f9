package jp.manabi.content.scorm.manifest;

import org.w3c.dom.Element;

/**
 * XPath-like places in a manifest for problem reports, e.g.
 * {@code organization[@identifier='ORG']/item[@identifier='A']/sequencing/controlMode/@choice}.
 * They name elements by identifier where they have one, by position otherwise.
 */
public final class Locations {

    private Locations() {
    }

    public static String child(String parent, String element) {
        return parent.isEmpty() ? element : parent + "/" + element;
    }

    public static String withKey(String parent, String element, String attribute, String value) {
        return child(parent, element + "[@" + attribute + "=" + quote(value) + "]");
    }

    public static String indexed(String parent, String element, int position) {
        return child(parent, element + "[" + position + "]");
    }

    public static String attribute(String element, String attribute) {
        return child(element, "@" + attribute);
    }

    /**
     * An element's name as a location step: IMS CP and IMS SS names bare, ADL names with their
     * usual prefix, so that imsss:objectives and adlseq:objectives read apart.
     */
    static String name(Element element) {
        String local = element.getLocalName();
        return switch (Dom.Family.of(element)) {
            case ADLCP -> "adlcp:" + local;
            case ADLSEQ -> "adlseq:" + local;
            case ADLNAV -> "adlnav:" + local;
            default -> local;
        };
    }

    private static String quote(String value) {
        return value.contains("'") ? "\"" + value + "\"" : "'" + value + "'";
    }
}
