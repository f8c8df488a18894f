package org.argusvms.recorder.metadata;

import java.nio.charset.StandardCharsets;

/** ONVIF metadata stream documents as cameras send them. */
final class OnvifMetadataSamples {

    private OnvifMetadataSamples() {
    }

    static final String NAMESPACES = " xmlns:tt=\"http://www.onvif.org/ver10/schema\""
            + " xmlns:wsnt=\"http://docs.oasis-open.org/wsn/b-2\" xmlns:tns1=\"http://www.onvif.org/ver10/topics\"";

    /** A document with one object and one event notification. */
    static byte[] document(String utcTime, String topic, String propertyOperation, String dataName, String dataValue) {
        return ("<?xml version=\"1.0\"?><tt:MetadataStream" + NAMESPACES + ">"
                + "<tt:VideoAnalytics><tt:Frame UtcTime=\"" + utcTime + "\"><tt:Object ObjectId=\"7\"><tt:Appearance>"
                + "<tt:Shape><tt:BoundingBox left=\"-0.5\" top=\"0.4\" right=\"-0.3\" bottom=\"-0.6\"/></tt:Shape>"
                + "<tt:Class><tt:ClassCandidate><tt:Type>Human</tt:Type><tt:Likelihood>0.8</tt:Likelihood>"
                + "</tt:ClassCandidate></tt:Class></tt:Appearance></tt:Object></tt:Frame></tt:VideoAnalytics>"
                + "<tt:Event><wsnt:NotificationMessage><wsnt:Topic Dialect=\"x\">" + topic + "</wsnt:Topic>"
                + "<wsnt:Message><tt:Message UtcTime=\"" + utcTime + "\""
                + (propertyOperation == null ? "" : " PropertyOperation=\"" + propertyOperation + "\"") + ">"
                + "<tt:Source><tt:SimpleItem Name=\"VideoSourceConfigurationToken\" Value=\"VS1\"/></tt:Source>"
                + "<tt:Data><tt:SimpleItem Name=\"" + dataName + "\" Value=\"" + dataValue + "\"/></tt:Data>"
                + "</tt:Message></wsnt:Message></wsnt:NotificationMessage></tt:Event></tt:MetadataStream>")
                .getBytes(StandardCharsets.UTF_8);
    }

    static byte[] motion(String utcTime, boolean isMotion) {
        return document(utcTime, "tns1:RuleEngine/CellMotionDetector/Motion", "Changed", "IsMotion",
                String.valueOf(isMotion));
    }
}
