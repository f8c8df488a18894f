package org.argusvms.connector;

import org.argusvms.connector.api.AnalyticsEventMessage;
import org.argusvms.connector.api.AnalyticsEventMessage.BoundingBox;
import org.argusvms.connector.api.AnalyticsEventMessage.DetectedObject;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses one analytics event document. The parser is hardened against hostile senders: a document with a DOCTYPE is
 * refused outright, which rules out external entities (XXE) and entity expansion (billion laughs) before any entity
 * is resolved, and nothing outside the document is ever fetched.
 */
final class AnalyticsEventXml {

    /** Largest accepted document in bytes. */
    static final int MAX_DOCUMENT_BYTES = 64 * 1024;
    private static final int MAX_TEXT_LENGTH = 1000;
    private static final int MAX_OBJECTS = 100;

    private AnalyticsEventXml() {
    }

    /** Why a document was refused; the message is safe to send back to the sender. */
    static final class InvalidDocumentException extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidDocumentException(String message) {
            super(message);
        }
    }

    static AnalyticsEventMessage parse(byte[] document, String sourceAddress, Instant receivedAt)
            throws InvalidDocumentException {
        if (document.length > MAX_DOCUMENT_BYTES) {
            throw new InvalidDocumentException("document larger than " + MAX_DOCUMENT_BYTES + " bytes");
        }
        Element root = read(document).getDocumentElement();
        if (!"AnalyticsEvent".equals(root.getLocalName())) {
            throw new InvalidDocumentException("root element must be AnalyticsEvent, got " + root.getLocalName());
        }
        Element header = requiredChild(root, "EventHeader");
        Element source = requiredChild(header, "Source");
        Element fqid = child(source, "FQID");
        Element vendor = child(root, "Vendor");
        return new AnalyticsEventMessage(requiredText(header, "ID"), timestamp(header), requiredText(header, "Type"),
                requiredText(header, "Message"), fqid == null ? null : optionalText(fqid, "ObjectId"),
                optionalText(source, "Name"), optionalText(root, "Description"), optionalText(root, "Location"),
                vendor == null ? null : optionalText(vendor, "Name"), objects(child(root, "ObjectList")),
                sourceAddress, receivedAt);
    }

    private static Document read(byte[] document) throws InvalidDocumentException {
        try {
            DocumentBuilder builder = hardenedFactory().newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // no parser chatter on stderr; errors still throw
            // belt and braces: should any entity ever be resolved, it resolves to nothing
            builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            return builder.parse(new ByteArrayInputStream(document));
        } catch (SAXException e) {
            throw new InvalidDocumentException("not a well-formed document without DOCTYPE: " + e.getMessage());
        } catch (IOException | ParserConfigurationException e) {
            throw new IllegalStateException("XML parser unusable", e);
        }
    }

    private static DocumentBuilderFactory hardenedFactory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }

    private static Instant timestamp(Element header) throws InvalidDocumentException {
        String text = requiredText(header, "Timestamp");
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidDocumentException("EventHeader/Timestamp must be ISO-8601 UTC like 2026-01-31T12:00:00Z");
        }
    }

    private static List<DetectedObject> objects(Element list) throws InvalidDocumentException {
        List<DetectedObject> objects = new ArrayList<>();
        if (list == null) {
            return objects;
        }
        for (Element object : children(list, "Object")) {
            if (objects.size() == MAX_OBJECTS) {
                throw new InvalidDocumentException("more than " + MAX_OBJECTS + " objects in ObjectList");
            }
            String confidence = optionalText(object, "Confidence");
            objects.add(new DetectedObject(optionalText(object, "Name"), optionalText(object, "Type"),
                    confidence == null ? null : fraction("Object/Confidence", confidence),
                    box(child(object, "BoundingBox"))));
        }
        return objects;
    }

    private static BoundingBox box(Element box) throws InvalidDocumentException {
        if (box == null) {
            return null;
        }
        double top = fraction("BoundingBox/Top", requiredText(box, "Top"));
        double left = fraction("BoundingBox/Left", requiredText(box, "Left"));
        double bottom = fraction("BoundingBox/Bottom", requiredText(box, "Bottom"));
        double right = fraction("BoundingBox/Right", requiredText(box, "Right"));
        if (top >= bottom || left >= right) {
            throw new InvalidDocumentException("BoundingBox needs Top < Bottom and Left < Right");
        }
        return new BoundingBox(top, left, bottom, right);
    }

    private static double fraction(String field, String text) throws InvalidDocumentException {
        try {
            double value = Double.parseDouble(text);
            if (value >= 0 && value <= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidDocumentException(field + " must be a number from 0 to 1, got " + text);
    }

    private static String requiredText(Element parent, String name) throws InvalidDocumentException {
        String text = optionalText(parent, name);
        if (text == null) {
            throw new InvalidDocumentException(parent.getLocalName() + "/" + name + " is required");
        }
        return text;
    }

    /** The trimmed text of the named child, null if it is absent or blank. */
    private static String optionalText(Element parent, String name) throws InvalidDocumentException {
        Element element = child(parent, name);
        if (element == null || element.getTextContent().isBlank()) {
            return null;
        }
        String text = element.getTextContent().strip();
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new InvalidDocumentException(parent.getLocalName() + "/" + name + " longer than "
                    + MAX_TEXT_LENGTH + " characters");
        }
        return text;
    }

    private static Element requiredChild(Element parent, String name) throws InvalidDocumentException {
        Element element = child(parent, name);
        if (element == null) {
            throw new InvalidDocumentException(parent.getLocalName() + "/" + name + " is required");
        }
        return element;
    }

    private static Element child(Element parent, String name) {
        List<Element> matching = children(parent, name);
        return matching.isEmpty() ? null : matching.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> matching = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getLocalName())) {
                matching.add(element);
            }
        }
        return matching;
    }
}
