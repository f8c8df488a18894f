package org.argusvms.recorder.onvif;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * XML for SOAP messages: requests are written as text with values escaped; responses are parsed without DOCTYPEs
 * (no entity expansion, no external entities), because a camera is a device on the network, not a trusted peer.
 */
final class Soap {

    private Soap() {
    }

    static String envelope(String header, String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><env:Envelope xmlns:env=\"" + OnvifNamespace.SOAP.uri()
                + "\" xmlns:tds=\"" + OnvifNamespace.DEVICE.uri() + "\" xmlns:trt=\"" + OnvifNamespace.MEDIA.uri()
                + "\" xmlns:tptz=\"" + OnvifNamespace.PTZ.uri() + "\" xmlns:tt=\"" + OnvifNamespace.SCHEMA.uri()
                + "\"><env:Header>" + header + "</env:Header><env:Body>" + body + "</env:Body></env:Envelope>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }

    static Document parse(byte[] xml) throws SAXException, IOException {
        return newBuilder().parse(new ByteArrayInputStream(xml));
    }

    /** Every element of that name below {@code root}, in document order. */
    static List<Element> all(Node root, OnvifNamespace namespace, String localName) {
        NodeList nodes = root instanceof Document document
                ? document.getElementsByTagNameNS(namespace.uri(), localName)
                : ((Element) root).getElementsByTagNameNS(namespace.uri(), localName);
        List<Element> elements = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    static Optional<Element> first(Node root, OnvifNamespace namespace, String localName) {
        return all(root, namespace, localName).stream().findFirst();
    }

    static Optional<String> text(Node root, OnvifNamespace namespace, String localName) {
        return first(root, namespace, localName).map(element -> element.getTextContent().trim());
    }

    private static DocumentBuilder newBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            // DefaultHandler ignores warnings and errors and throws on fatal ones; nothing is printed to stderr
            builder.setErrorHandler(new DefaultHandler());
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a standard feature", e);
        }
    }
}
