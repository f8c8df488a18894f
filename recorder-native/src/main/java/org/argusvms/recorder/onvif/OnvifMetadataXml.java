package org.argusvms.recorder.onvif;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads ONVIF metadata stream documents with the hardened parser of {@link Soap} (no DOCTYPE, no entities): a camera
 * is a device on the network, not a trusted peer. Unknown elements are ignored; what is not a
 * {@code tt:MetadataStream} is malformed. Bounded: at most {@link #MAX_ITEMS} objects, notifications and simple items
 * per document, and {@link #MAX_SIMPLE_ITEMS} simple items per source or data, are kept.
 */
public final class OnvifMetadataXml {

    static final int MAX_ITEMS = 256;
    static final int MAX_SIMPLE_ITEMS = 32;

    private OnvifMetadataXml() {
    }

    /** Thrown for bytes that are not a well-formed {@code tt:MetadataStream} document. */
    public static final class MalformedMetadataException extends Exception {
        MalformedMetadataException(String message) {
            super(message);
        }
    }

    public static OnvifMetadata parse(byte[] xml) throws MalformedMetadataException {
        Document document;
        try {
            document = Soap.parse(xml);
        } catch (SAXException | IOException e) {
            throw new MalformedMetadataException("not well-formed XML: " + e.getMessage());
        }
        Element root = document.getDocumentElement();
        if (!OnvifNamespace.SCHEMA.uri().equals(root.getNamespaceURI()) || !"MetadataStream".equals(root.getLocalName())) {
            throw new MalformedMetadataException("not a tt:MetadataStream document");
        }
        return new OnvifMetadata(objects(root), notifications(root));
    }

    private static List<OnvifMetadata.DetectedObject> objects(Element root) {
        List<OnvifMetadata.DetectedObject> objects = new ArrayList<>();
        for (Element frame : Soap.all(root, OnvifNamespace.SCHEMA, "Frame")) {
            String frameTime = attribute(frame, "UtcTime");
            for (Element object : Soap.all(frame, OnvifNamespace.SCHEMA, "Object")) {
                if (objects.size() == MAX_ITEMS) {
                    return objects;
                }
                String type = Soap.text(object, OnvifNamespace.SCHEMA, "Type").orElse(null);
                OnvifMetadata.Box box = Soap.first(object, OnvifNamespace.SCHEMA, "BoundingBox")
                        .map(OnvifMetadataXml::box).orElse(null);
                objects.add(new OnvifMetadata.DetectedObject(frameTime, attribute(object, "ObjectId"), type, box));
            }
        }
        return objects;
    }

    private static OnvifMetadata.Box box(Element box) {
        try {
            return new OnvifMetadata.Box(Double.parseDouble(box.getAttribute("left")),
                    Double.parseDouble(box.getAttribute("top")), Double.parseDouble(box.getAttribute("right")),
                    Double.parseDouble(box.getAttribute("bottom")));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<OnvifMetadata.Notification> notifications(Element root) {
        List<OnvifMetadata.Notification> notifications = new ArrayList<>();
        for (Element notification : Soap.all(root, OnvifNamespace.NOTIFICATION, "NotificationMessage")) {
            if (notifications.size() == MAX_ITEMS) {
                break;
            }
            String topic = Soap.text(notification, OnvifNamespace.NOTIFICATION, "Topic").orElse("");
            Element message = Soap.first(notification, OnvifNamespace.SCHEMA, "Message").orElse(null);
            if (topic.isEmpty() || message == null) {
                continue;
            }
            notifications.add(new OnvifMetadata.Notification(topic, attribute(message, "UtcTime"),
                    attribute(message, "PropertyOperation"), simpleItems(message, "Source"),
                    simpleItems(message, "Data")));
        }
        return notifications;
    }

    private static Map<String, String> simpleItems(Element message, String part) {
        Map<String, String> items = new LinkedHashMap<>();
        Soap.first(message, OnvifNamespace.SCHEMA, part).ifPresent(element -> {
            for (Element item : Soap.all(element, OnvifNamespace.SCHEMA, "SimpleItem")) {
                if (items.size() < MAX_SIMPLE_ITEMS && !item.getAttribute("Name").isEmpty()) {
                    items.put(item.getAttribute("Name"), item.getAttribute("Value"));
                }
            }
        });
        return items;
    }

    /** The attribute's value, null when absent. */
    private static String attribute(Element element, String name) {
        return element.hasAttribute(name) ? element.getAttribute(name) : null;
    }
}
