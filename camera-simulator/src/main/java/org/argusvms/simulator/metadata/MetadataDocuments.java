package org.argusvms.simulator.metadata;

import java.time.Instant;

/**
 * Writes the ONVIF metadata stream documents (ONVIF Streaming Specification 5.1.2, {@code tt:MetadataStream}) a
 * simulated camera sends: a {@code tt:VideoAnalytics} frame with the {@link SimulatedAnalytics} object, and a
 * {@code tt:Event} carrying the {@code tns1:RuleEngine/CellMotionDetector/Motion} property ({@code IsMotion}) with its current state. Like real
 * cameras it repeats the state in every document; the first document of a stream says {@code Initialized}, later
 * ones {@code Changed}.
 */
public final class MetadataDocuments {

    public static final String MOTION_TOPIC = "tns1:RuleEngine/CellMotionDetector/Motion";
    public static final String VIDEO_SOURCE_TOKEN = "VideoSource_1";
    public static final String MOTION_RULE = "MyMotionDetectorRule";

    private final SimulatedAnalytics analytics;

    public MetadataDocuments(SimulatedAnalytics analytics) {
        this.analytics = analytics;
    }

    /** The document for a frame captured at {@code captureTime}. */
    public String document(long frameIndex, Instant captureTime, boolean firstOfStream) {
        String time = SimulatedAnalytics.millisecondPrecision(captureTime).toString();
        SimulatedAnalytics.Box box = analytics.objectBox(frameIndex);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<tt:MetadataStream xmlns:tt=\"http://www.onvif.org/ver10/schema\""
                + " xmlns:wsnt=\"http://docs.oasis-open.org/wsn/b-2\""
                + " xmlns:tns1=\"http://www.onvif.org/ver10/topics\">"
                + "<tt:VideoAnalytics><tt:Frame UtcTime=\"" + time + "\">"
                + "<tt:Object ObjectId=\"" + analytics.objectId(frameIndex) + "\"><tt:Appearance><tt:Shape>"
                + "<tt:BoundingBox left=\"" + box.left() + "\" top=\"" + box.top() + "\" right=\"" + box.right()
                + "\" bottom=\"" + box.bottom() + "\"/>"
                + "</tt:Shape><tt:Class><tt:Type Likelihood=\"0.9\">Human</tt:Type></tt:Class></tt:Appearance>"
                + "</tt:Object></tt:Frame></tt:VideoAnalytics>"
                + "<tt:Event><wsnt:NotificationMessage>"
                + "<wsnt:Topic Dialect=\"http://www.onvif.org/ver10/tev/topicExpression/ConcreteSet\">"
                + MOTION_TOPIC + "</wsnt:Topic>"
                + "<wsnt:Message><tt:Message UtcTime=\"" + time + "\" PropertyOperation=\""
                + (firstOfStream ? "Initialized" : "Changed") + "\">"
                + "<tt:Source><tt:SimpleItem Name=\"VideoSourceConfigurationToken\" Value=\"" + VIDEO_SOURCE_TOKEN
                + "\"/><tt:SimpleItem Name=\"Rule\" Value=\"" + MOTION_RULE + "\"/></tt:Source>"
                + "<tt:Data><tt:SimpleItem Name=\"IsMotion\" Value=\"" + analytics.isMotion(frameIndex) + "\"/></tt:Data>"
                + "</tt:Message></wsnt:Message></wsnt:NotificationMessage></tt:Event>"
                + "</tt:MetadataStream>";
    }
}
