package jp.manabi.content.scorm.manifest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import jp.manabi.content.scorm.PackageProblem;
import jp.manabi.content.scorm.PackageRejectedException;
import jp.manabi.content.scorm.ProblemCode;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses an uploaded manifest without trusting it. A DOCTYPE is refused outright: SCORM manifests
 * need none, and with no DTD there are no entities, hence no external entity reads (XXE) and no
 * exponential expansion (billion laughs). The prolog is first read with StAX so that a DOCTYPE is
 * recognised as such, not from the wording of a parser message, which depends on the JDK and its
 * locale; the DOM parser then refuses DTDs again on its own. The JDK's own parsers are asked for
 * explicitly, so that whatever XML library a server puts on the class path cannot weaken this.
 */
final class SecureXml {

    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";
    private static final String MAX_ELEMENT_DEPTH = "http://www.oracle.com/xml/jaxp/properties/maxElementDepth";
    /** Real manifests nest a few dozen levels; the items are read recursively. */
    private static final String DEPTH_LIMIT = "256";

    private SecureXml() {
    }

    static Document parse(byte[] xml) throws PackageRejectedException {
        refuseDoctype(xml);
        try {
            return builder().parse(new ByteArrayInputStream(xml));
        } catch (SAXParseException e) {
            throw malformed(e.getLineNumber(), e.getColumnNumber());
        } catch (SAXException | IOException e) {
            throw malformed(-1, -1);
        }
    }

    private static void refuseDoctype(byte[] xml) throws PackageRejectedException {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
            try {
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.DTD) {
                        throw new PackageRejectedException(PackageProblem.of(ProblemCode.MANIFEST_DOCTYPE, "imsmanifest.xml"));
                    }
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        return;
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            throw malformed(e.getLocation() == null ? -1 : e.getLocation().getLineNumber(),
                    e.getLocation() == null ? -1 : e.getLocation().getColumnNumber());
        }
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature(DISALLOW_DOCTYPE, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setAttribute(MAX_ELEMENT_DEPTH, DEPTH_LIMIT);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // Warnings of a non-validating parse say nothing about the manifest's content.
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder;
        } catch (ParserConfigurationException | IllegalArgumentException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a required security feature", e);
        }
    }

    private static PackageRejectedException malformed(int line, int column) {
        return new PackageRejectedException(PackageProblem.of(ProblemCode.MANIFEST_MALFORMED, "imsmanifest.xml",
                Integer.toString(line), Integer.toString(column)));
    }
}
