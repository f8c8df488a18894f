package org.argusvms.recorder.ingest.rtsp;

import java.util.Arrays;

/**
 * Joins the RTP payloads of an ONVIF metadata track into documents: a document is the concatenated payloads up to
 * and including the packet with the marker bit (ONVIF Streaming Specification 5.1.2.1). A document whose packets
 * went missing, or that grows beyond {@link #MAX_DOCUMENT_BYTES} (a hostile or broken camera that never sets the
 * marker), is dropped whole and counted; the next marker starts afresh. Only reassembles: whether the bytes are
 * XML is decided off the ingest thread, by whoever parses them.
 */
final class MetadataReassembler {

    /** Far above a real frame's objects and events (a few KiB), far below what would hurt a recorder of 500 cameras. */
    static final int MAX_DOCUMENT_BYTES = 256 * 1024;

    private final int maxDocumentBytes;
    private byte[] buffer = new byte[4096];
    private int length;
    /** The open document lost a packet or overflowed: discard up to its marker. */
    private boolean damaged;
    private long droppedDocuments;

    MetadataReassembler() {
        this(MAX_DOCUMENT_BYTES);
    }

    MetadataReassembler(int maxDocumentBytes) {
        this.maxDocumentBytes = maxDocumentBytes;
    }

    /** Packets went missing: the open document, if any, cannot be complete. */
    void onLoss() {
        damaged = true;
    }

    /**
     * Adds one packet's payload.
     *
     * @return the complete document when this packet ends one intact, else null
     */
    byte[] onPayload(byte[] packet, int offset, int payloadLength, boolean marker) {
        if (!damaged) {
            if (length + payloadLength > maxDocumentBytes) {
                damaged = true;
            } else {
                if (length + payloadLength > buffer.length) {
                    buffer = Arrays.copyOf(buffer, Math.min(maxDocumentBytes, Math.max(buffer.length * 2,
                            length + payloadLength)));
                }
                System.arraycopy(packet, offset, buffer, length, payloadLength);
                length += payloadLength;
            }
        }
        if (!marker) {
            return null;
        }
        byte[] document = damaged || length == 0 ? null : Arrays.copyOf(buffer, length);
        if (damaged) {
            droppedDocuments++;
        }
        damaged = false;
        length = 0;
        return document;
    }

    /** Documents dropped because packets were lost or they exceeded the size bound. */
    long droppedDocuments() {
        return droppedDocuments;
    }
}
