package org.argusvms.mobile.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.argusvms.events.application.DefinitionAdministration;
import org.argusvms.events.application.AlarmDefinitionInput;
import org.argusvms.events.application.AlarmDefinitionService;
import org.argusvms.events.application.AlarmDefinitionView;

/** Alarm definitions, for administrators of the CONFIGURATION area (enforced by the EJB). */
@RequestScoped
@Path("/alarm-definitions")
public class AlarmDefinitionResource extends DefinitionResource<AlarmDefinitionInput, AlarmDefinitionView> {

    @Inject
    private AlarmDefinitionService definitions;

    @Override
    protected DefinitionAdministration<AlarmDefinitionInput, AlarmDefinitionView> administration() {
        return definitions;
    }

    @Override
    protected String idOf(AlarmDefinitionView view) {
        return view.id();
    }
}
