/**
 * The web client's configuration-change socket (/argus/configuration-changes): it tells a page about every committed
 * configuration change the user may read — only type, id, kind, version and who changed it; the page then reads the
 * object with the user's rights — and says "ready" after every (re)connect, since changes made while disconnected are
 * not replayed (the page reloads what it shows instead).
 */
const MAX_RECONNECT_MS = 30000;

/**
 * Connects, and reconnects with backoff for as long as the page lives.
 * @param {string} socketPath e.g. "/argus/configuration-changes"
 * @param {{onReady: () => void, onChange: (change: {type: string, id: string, change: string, version: number,
 *          changedBy: string}) => void}} handlers
 */
export function listenToConfigurationChanges(socketPath, { onReady, onChange }) {
  const scheme = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  const url = `${scheme}//${window.location.host}${socketPath}`;
  let reconnectMs = 1000;
  const connect = () => {
    const socket = new WebSocket(url);
    socket.addEventListener('message', (event) => {
      let message;
      try {
        message = JSON.parse(event.data);
      } catch {
        return;
      }
      if (message.type === 'ready') {
        reconnectMs = 1000;
        onReady();
      } else if (message.type === 'configuration-changed' && message.change) {
        onChange(message.change);
      }
    });
    socket.addEventListener('close', () => {
      window.setTimeout(connect, reconnectMs);
      reconnectMs = Math.min(reconnectMs * 2, MAX_RECONNECT_MS);
    });
  };
  connect();
}
