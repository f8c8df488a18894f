package org.argusvms.web.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

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

    public String getName() {
        Principal principal = request.getUserPrincipal();
        return principal == null ? "" : principal.getName();
    }

    public List<String> getRoles() {
        return APPLICATION_ROLES.stream().filter(request::isUserInRole).toList();
    }
}
