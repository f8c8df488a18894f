package org.argusvms.events.application.internal;

import jakarta.annotation.security.PermitAll;
import org.argusvms.events.application.DefinitionAdministration;
import org.argusvms.events.domain.model.DefinitionRepository;
import org.argusvms.management.application.ConflictException;
import org.argusvms.management.application.NotFoundException;
import org.argusvms.management.application.PermissionService;
import org.argusvms.management.application.ValidationException;
import org.argusvms.management.domain.model.role.AdminArea;

import java.util.List;
import java.util.UUID;

/**
 * The administration of one kind of named definition in the CONFIGURATION admin area: every method checks the area
 * (through the permission service, so a refusal is audited), input is validated, names stay unique.
 *
 * @param <D> the definition entity
 * @param <S> its validated settings
 * @param <I> what an administrator submits
 * @param <V> what clients see
 */
@PermitAll
abstract class ConfigurationAreaDefinitions<D, S, I, V> implements DefinitionAdministration<I, V> {

    /** What the definitions are called in messages, e.g. "alarm definition". */
    private final String kind;

    ConfigurationAreaDefinitions(String kind) {
        this.kind = kind;
    }

    abstract PermissionService permissions();

    abstract DefinitionRepository<D> definitions();

    /** @throws ValidationException naming the field */
    abstract S validate(I input);

    abstract String nameOf(S settings);

    abstract String idOf(D definition);

    abstract long versionOf(D definition);

    abstract D newDefinition(String id, S settings);

    abstract void change(D definition, S settings);

    abstract V toView(D definition);

    @Override
    public List<V> list() {
        permissions().requireAdmin(AdminArea.CONFIGURATION);
        return definitions().all().stream().map(this::toView).toList();
    }

    @Override
    public V get(String id) {
        permissions().requireAdmin(AdminArea.CONFIGURATION);
        return toView(existing(id));
    }

    @Override
    public V create(I input) {
        permissions().requireAdmin(AdminArea.CONFIGURATION);
        S settings = validate(input);
        requireUniqueName(nameOf(settings), null);
        D definition = newDefinition(UUID.randomUUID().toString(), settings);
        definitions().store(definition);
        return toView(definition);
    }

    @Override
    public V replace(String id, I input, long expectedVersion) {
        permissions().requireAdmin(AdminArea.CONFIGURATION);
        D definition = existing(id);
        requireVersion(kind, id, versionOf(definition), expectedVersion);
        S settings = validate(input);
        requireUniqueName(nameOf(settings), id);
        change(definition, settings);
        definitions().flush(); // the new version, for the client's next edit
        return toView(definition);
    }

    /** Two administrators editing the same definition: the second gets a conflict, never a silent overwrite. */
    static void requireVersion(String kind, String id, long stored, long expected) {
        if (stored != expected) {
            throw new ConflictException("the " + kind + " " + id + " was changed meanwhile (now version " + stored
                    + ", the change was based on " + expected + "); reload it and apply the change again");
        }
    }

    /** What the definition produced (events, alarms) stays, with the definition's name copied. */
    @Override
    public void remove(String id) {
        permissions().requireAdmin(AdminArea.CONFIGURATION);
        definitions().remove(existing(id));
    }

    D existing(String id) {
        return definitions().find(id).orElseThrow(() -> new NotFoundException(kind + " " + id + " does not exist"));
    }

    private void requireUniqueName(String name, String exceptId) {
        definitions().findByName(name).filter(other -> !idOf(other).equals(exceptId)).ifPresent(other -> {
            throw new ValidationException("name", "a " + kind + " named \"" + name + "\" already exists");
        });
    }
}
