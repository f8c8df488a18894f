package org.argusvms.systemtest;

import org.argusvms.systemtest.support.Await;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The event server's durability promise under a WildFly restart in the middle of a burst: every event a sender got an
 * acknowledgement for (TCP 1235) or a 2xx for (REST trigger of a user-defined event, retried with the same
 * Idempotency-Key until it gets one), with senders resending what was not acknowledged, is stored exactly once and in
 * the order it was sent.
 *
 * <p>The restart is a {@code :reload} through the management API: every service of the server (deployment, resource
 * adapter, message-driven beans, JMS, datasource) stops and starts again, in the JVM the Arquillian managed container
 * owns. ({@code :shutdown(restart=true)} needs the launcher script's restart loop, which the managed container does
 * not run.)
 */
class EventDurabilityIT extends EventBurstIT {

    private static final int GENERIC_EVENTS = 1200;

    @ArquillianResource
    private ManagementClient management;

    @Test
    void noAcknowledgedEventIsLostOrStoredTwiceAcrossARestartInTheMiddleOfABurst() throws Exception {
        CompletableFuture<Void> genericBurst = genericBurst(GENERIC_EVENTS);
        // REST triggers for as long as the generic burst runs, so that they too span the restart
        CompletableFuture<Void> userBurst = userTriggersDuring(genericBurst);

        Await.until("a quarter of the burst acknowledged", PATIENCE, () -> acknowledged.get() >= GENERIC_EVENTS / 4);
        int beforeRestart = acknowledged.get();
        reloadServer();
        genericBurst.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        userBurst.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);

        assertTrue(beforeRestart < GENERIC_EVENTS, "the restart happened in the middle of the burst");
        assertTrue(sender.resends() > 0, "the restart interrupted the sender at least once");
        assertTheBurstStoredExactlyOnceInOrder();
    }

    /** {@code :reload}, then waits until the server runs again and the API answers. */
    private void reloadServer() throws Exception {
        ModelNode result = management.getControllerClient().execute(Operations.createOperation("reload"));
        assertTrue(Operations.isSuccessfulOutcome(result), result.toString());
        Await.until("the server running again after :reload", Duration.ofSeconds(90), () -> {
            try {
                ModelNode state = management.getControllerClient().execute(
                        Operations.createReadAttributeOperation(new ModelNode().setEmptyList(), "server-state"));
                return Operations.isSuccessfulOutcome(state)
                        && "running".equals(Operations.readResult(state).asString());
            } catch (Exception reloading) {
                return false;
            }
        });
        Await.until("the API back", Duration.ofSeconds(60),
                () -> api.get("/user-defined-events/triggerable", operator).status() == 200);
    }
}
