package org.argusvms.mobile.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.argusvms.events.application.DefinitionAdministration;
import org.argusvms.events.application.GenericEventDefinitionInput;
import org.argusvms.events.application.GenericEventDefinitionService;
import org.argusvms.events.application.GenericEventDefinitionView;

/** Generic-event definitions, for administrators only (enforced by the EJB). */
@RequestScoped
@Path("/generic-event-definitions")
public class GenericEventDefinitionResource extends DefinitionResource<GenericEventDefinitionInput, GenericEventDefinitionView> {

    @Inject
    private GenericEventDefinitionService definitions;

    @Override
    protected DefinitionAdministration<GenericEventDefinitionInput, GenericEventDefinitionView> administration() {
        return definitions;
    }

    @Override
    protected String idOf(GenericEventDefinitionView view) {
        return view.id();
    }
}
