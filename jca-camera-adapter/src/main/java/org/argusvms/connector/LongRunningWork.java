package org.argusvms.connector;

import jakarta.resource.spi.work.HintsContext;
import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkContext;
import jakarta.resource.spi.work.WorkContextProvider;

import java.util.List;

/**
 * Work that occupies its thread for as long as a socket stays open. The long-running hint lets WildFly's work manager
 * run it on its long-running pool instead of starving the short-running one.
 */
abstract class LongRunningWork implements Work, WorkContextProvider {

    private static final long serialVersionUID = 1L;

    private final String name;

    LongRunningWork(String name) {
        this.name = name;
    }

    @Override
    public List<WorkContext> getWorkContexts() {
        HintsContext hints = new HintsContext();
        hints.setName(name);
        hints.setHint(HintsContext.LONGRUNNING_HINT, Boolean.TRUE);
        return List.of(hints);
    }

    @Override
    public String toString() {
        return name;
    }
}
