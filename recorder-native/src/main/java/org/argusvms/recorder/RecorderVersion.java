package org.argusvms.recorder;

/** The recorder's version as stamped into the jar manifest by the build. */
public final class RecorderVersion {

    private static final String DEVELOPMENT = "0.1.0-SNAPSHOT";

    private RecorderVersion() {
    }

    public static String current() {
        String version = RecorderVersion.class.getPackage().getImplementationVersion();
        return version == null ? DEVELOPMENT : version;
    }
}
