/**
 * The SOAP integration API (Jakarta XML Web Services): a POJO endpoint served by this WAR so that callers are
 * authenticated by the same elytron-oidc-client bearer-token check as the REST API, and every operation goes through
 * the same EJBs, so VMS permissions apply exactly as for REST. See docs/admin/integrations.md.
 */
@XmlSchema(namespace = VmsIntegrationService.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
package org.argusvms.mobile.soap;

import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
