/**
 * The lean recording ingest: an RTSP 1.0 client with RTP/RTCP interleaved on its TCP connection, H.264 (RFC 6184)
 * and H.265 (RFC 7798) depacketization into Annex-B access units, all cameras served by a few non-blocking selector
 * threads. See docs/design/rtsp-ingest.md.
 */
package org.argusvms.recorder.ingest.rtsp;
