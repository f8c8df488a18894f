package org.argusvms.events.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.argusvms.events.application.GenericEventDefinitionInput;
import org.argusvms.events.application.GenericEventDefinitionService;
import org.argusvms.events.application.GenericEventDefinitionView;
import org.argusvms.events.domain.model.generic.GenericEventDefinition;
import org.argusvms.events.domain.model.generic.GenericEventDefinitionRepository;
import org.argusvms.management.application.NotFoundException;
import org.argusvms.management.application.ValidationException;

import java.util.List;
import java.util.UUID;

@Stateless
@RolesAllowed("administrator")
public class DefaultGenericEventDefinitionService implements GenericEventDefinitionService {

    @Inject
    private GenericEventDefinitionRepository definitions;

    @Override
    public List<GenericEventDefinitionView> list() {
        return definitions.all().stream().map(DefaultGenericEventDefinitionService::toView).toList();
    }

    @Override
    public GenericEventDefinitionView get(String id) {
        return toView(existing(id));
    }

    @Override
    public GenericEventDefinitionView create(GenericEventDefinitionInput input) {
        GenericEventDefinitionValidator.Valid valid = GenericEventDefinitionValidator.validate(input);
        requireUniqueName(valid.name(), null);
        GenericEventDefinition definition = new GenericEventDefinition(UUID.randomUUID().toString(), valid.name(),
                valid.matchType(), valid.expression(), valid.ignoreCase(), valid.sourceAddress(), valid.enabled());
        definitions.store(definition);
        return toView(definition);
    }

    @Override
    public GenericEventDefinitionView replace(String id, GenericEventDefinitionInput input, long expectedVersion) {
        GenericEventDefinition definition = existing(id);
        ConfigurationAreaDefinitions.requireVersion("generic event definition", id, definition.version(),
                expectedVersion);
        GenericEventDefinitionValidator.Valid valid = GenericEventDefinitionValidator.validate(input);
        requireUniqueName(valid.name(), id);
        definition.change(valid.name(), valid.matchType(), valid.expression(), valid.ignoreCase(),
                valid.sourceAddress(), valid.enabled());
        definitions.flush(); // the new version, for the client's next edit
        return toView(definition);
    }

    @Override
    public void remove(String id) {
        definitions.remove(existing(id));
    }

    private GenericEventDefinition existing(String id) {
        return definitions.find(id)
                .orElseThrow(() -> new NotFoundException("generic event definition " + id + " does not exist"));
    }

    private void requireUniqueName(String name, String exceptId) {
        definitions.findByName(name).filter(other -> !other.id().equals(exceptId)).ifPresent(other -> {
            throw new ValidationException("name", "a generic event definition named \"" + name + "\" already exists");
        });
    }

    static GenericEventDefinitionView toView(GenericEventDefinition definition) {
        return new GenericEventDefinitionView(definition.id(), definition.name(), definition.matchType().name(),
                definition.expression(), definition.ignoreCase(), definition.sourceAddress(), definition.enabled(),
                definition.version());
    }
}
