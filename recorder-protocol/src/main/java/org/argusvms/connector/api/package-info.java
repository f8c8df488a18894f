/**
 * What EJBs see of the recorder resource adapter: a connection factory looked up at
 * {@code java:/eis/RecorderConnectionFactory}, connections that send commands to one recorder, and the message
 * listener interfaces that message-driven beans implement to receive recorder events and generic events.
 */
package org.argusvms.connector.api;
