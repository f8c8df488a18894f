/**
 * ONVIF client: SOAP 1.2 over HTTP with WS-Security UsernameToken digests, for cameras configured by their ONVIF
 * device service address. It finds the RTSP stream the ingest records and carries out the PTZ and relay-output
 * commands of the control protocol. See docs/design/onvif.md for the subset and why it is hand-written.
 */
package org.argusvms.recorder.onvif;
