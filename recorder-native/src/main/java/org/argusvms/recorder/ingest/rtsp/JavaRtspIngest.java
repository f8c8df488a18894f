package org.argusvms.recorder.ingest.rtsp;

import org.argusvms.recorder.ingest.CameraPipeline;
import org.argusvms.recorder.protocol.CameraConfiguration;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Opens camera connections of the java ingest on the process's shared selector threads. */
public final class JavaRtspIngest implements CameraPipeline.Factory {

    private static final SecureRandom NONCES = new SecureRandom();

    private final SelectorLoops loops;

    public JavaRtspIngest() {
        this(SelectorLoops.shared());
    }

    JavaRtspIngest(SelectorLoops loops) {
        this.loops = loops;
    }

    @Override
    public CameraPipeline open(CameraConfiguration configuration, CameraPipeline.Listener listener) {
        return new LeanRtspPipeline(configuration, listener, loops.next(), JavaRtspIngest::clientNonce);
    }

    private static String clientNonce() {
        byte[] nonce = new byte[8];
        NONCES.nextBytes(nonce);
        return HexFormat.of().formatHex(nonce);
    }
}
