package org.argusvms.management.domain.model.hardware;

/**
 * The devices a piece of hardware offers, as in the seed's "hardware and its devices". Cameras are recorded;
 * OUTPUT devices are the hardware's relay outputs; the others are configuration only for now.
 */
public enum DeviceKind {
    CAMERA, MICROPHONE, SPEAKER, METADATA, INPUT, OUTPUT
}
