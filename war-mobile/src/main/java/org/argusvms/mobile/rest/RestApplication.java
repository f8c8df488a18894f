package org.argusvms.mobile.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The versioned REST API; with the WAR's context root it is served under {@code /api/v1}. */
@ApplicationPath("/v1")
public class RestApplication extends Application {
}
