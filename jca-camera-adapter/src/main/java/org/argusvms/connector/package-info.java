/**
 * The recorder resource adapter (Jakarta Connectors 2.1). Outbound: EJBs obtain pooled command connections to
 * recorders through {@link org.argusvms.connector.api.RecorderConnectionFactory} at
 * {@code java:/eis/RecorderConnectionFactory}. Inbound: recorders connect to the adapter's event listener, register,
 * and stream events that the adapter delivers to message-driven beans implementing
 * {@link org.argusvms.connector.api.RecorderEventListener}. See {@code docs/design/resource-adapter.md}.
 */
package org.argusvms.connector;
