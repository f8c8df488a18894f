package org.argusvms.web.view;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.argusvms.management.application.PermissionService;
import org.argusvms.web.admin.ConfigurationRights;

import java.security.Principal;
import java.util.List;

/** The signed-in operator as the header shows them. */
@Named
@RequestScoped
public class CurrentUser {

    /** The application roles, as declared in web.xml; Keycloak's other realm roles are not Argus's business. */
    static final List<String> APPLICATION_ROLES = List.of("administrator", "operator");

    @Inject
    private HttpServletRequest request;

    @EJB
    private PermissionService permissions;

    private Boolean configurationAdministrator;
    private Boolean systemMonitor;

    public String getName() {
        Principal principal = request.getUserPrincipal();
        return principal == null ? "" : principal.getName();
    }

    public List<String> getRoles() {
        return APPLICATION_ROLES.stream().filter(request::isUserInRole).toList();
    }

    /** Whether the header offers the Configuration page (which checks the right again on every request). */
    public boolean isConfigurationAdministrator() {
        if (configurationAdministrator == null) {
            configurationAdministrator = ConfigurationRights.mayConfigure(permissions);
        }
        return configurationAdministrator;
    }

    /** Whether the header offers the System monitor page (which checks the right again on every request). */
    public boolean isSystemMonitor() {
        if (systemMonitor == null) {
            systemMonitor = ConfigurationRights.mayMonitor(permissions);
        }
        return systemMonitor;
    }
}
