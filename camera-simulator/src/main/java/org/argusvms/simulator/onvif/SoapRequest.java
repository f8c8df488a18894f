package org.argusvms.simulator.onvif;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * A SOAP 1.2 request: the operation element of its body and the WS-Security header, if any. Parsing is safe for
 * input from anyone: bodies are capped, DOCTYPEs (hence entity expansion and external entities) are refused.
 */
final class SoapRequest {

    /** ONVIF requests are a few kilobytes; anything far larger is not one. */
    static final int MAX_BYTES = 64 * 1024;

    private final Element operation;
    private final Element security;

    private SoapRequest(Element operation, Element security) {
        this.operation = operation;
        this.security = security;
    }

    static SoapRequest read(InputStream body) throws IOException, SoapFault {
        byte[] bytes = body.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw SoapFault.notWellFormed("request larger than " + MAX_BYTES + " bytes");
        }
        return parse(bytes);
    }

    static SoapRequest parse(byte[] bytes) throws SoapFault {
        Document document;
        try {
            document = newBuilder().parse(new ByteArrayInputStream(bytes));
        } catch (SAXException | IOException e) {
            throw SoapFault.notWellFormed("malformed XML: " + e.getMessage());
        }
        Element envelope = document.getDocumentElement();
        if (!Namespaces.SOAP.equals(envelope.getNamespaceURI()) || !"Envelope".equals(envelope.getLocalName())) {
            throw SoapFault.notWellFormed("not a SOAP 1.2 envelope");
        }
        Element header = child(envelope, Namespaces.SOAP, "Header").orElse(null);
        Element body = child(envelope, Namespaces.SOAP, "Body")
                .orElseThrow(() -> SoapFault.notWellFormed("the envelope has no Body"));
        Element operation = firstElement(body).orElseThrow(() -> SoapFault.notWellFormed("the Body is empty"));
        Element security = header == null ? null : child(header, Namespaces.WSSE, "Security").orElse(null);
        return new SoapRequest(operation, security);
    }

    String operationNamespace() {
        return operation.getNamespaceURI();
    }

    String operationName() {
        return operation.getLocalName();
    }

    Optional<Element> security() {
        return Optional.ofNullable(security);
    }

    /** The trimmed text of the operation's child element, e.g. {@code ProfileToken}, in any namespace. */
    Optional<String> parameter(String localName) {
        return childAnyNamespace(operation, localName).map(element -> element.getTextContent().trim());
    }

    /** The element at the path of local names below the operation, e.g. {@code Velocity, PanTilt}. */
    Optional<Element> element(String... path) {
        Optional<Element> current = Optional.of(operation);
        for (String name : path) {
            current = current.flatMap(element -> childAnyNamespace(element, name));
        }
        return current;
    }

    static Optional<Element> child(Element parent, String namespace, String localName) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && namespace.equals(element.getNamespaceURI())
                    && localName.equals(element.getLocalName())) {
                return Optional.of(element);
            }
        }
        return Optional.empty();
    }

    private static Optional<Element> childAnyNamespace(Element parent, String localName) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(element.getLocalName())) {
                return Optional.of(element);
            }
        }
        return Optional.empty();
    }

    private static Optional<Element> firstElement(Element parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                return Optional.of(element);
            }
        }
        return Optional.empty();
    }

    private static DocumentBuilder newBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(SILENT); // errors become exceptions, not lines on stderr
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a standard feature", e);
        }
    }

    private static final ErrorHandler SILENT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException exception) {
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    };
}
