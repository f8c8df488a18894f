package org.argusvms.systemtest.support;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

import java.io.File;

/**
 * The EAR exactly as the build produced it (no test-specific repackaging), named argus.ear because the resource
 * adapter configuration and the MDBs refer to {@code argus.ear#jca-camera-adapter.rar}.
 */
public final class ArgusDeployment {

    private ArgusDeployment() {
    }

    public static EnterpriseArchive ear() {
        File ear = new File(System.getProperty("argus.ear", "../ear/target/argus.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("EAR not built: " + ear.getAbsolutePath());
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }
}
