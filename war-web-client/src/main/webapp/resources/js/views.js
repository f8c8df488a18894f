/**
 * The view picker of the live page and the browser side of the "view update" flow: the user's personal views and the
 * shared ones are offered in a select; picking one puts it on the wall. A WebSocket to /argus/configuration-changes
 * tells the page about every committed view change it may see; when the view on the wall changes (someone edited a
 * shared view), the page reloads it and the wall follows at once. Only ids and versions travel on the socket; the
 * view itself is read from /argus/views with the user's rights.
 */
const MAX_RECONNECT_MS = 30000;

export class ViewPicker {
  #select;
  #status;
  #apply;
  #viewsUrl;
  #socketUrl;
  #current = null; // id of the view on the wall
  #reconnectMs = 1000;

  /** @param apply called with the view ({rows, columns, tiles}) to show */
  constructor(select, status, apply) {
    this.#select = select;
    this.#status = status;
    this.#apply = apply;
    this.#viewsUrl = select.dataset.viewsUrl;
    const scheme = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
    this.#socketUrl = `${scheme}//${window.location.host}${select.dataset.socketPath}`;
  }

  start() {
    this.#select.addEventListener('change', () => this.#pick(this.#select.value || null));
    this.#loadList();
    this.#connect();
  }

  /** The wall no longer shows the picked view. */
  leave() {
    this.#current = null;
    this.#select.value = '';
    this.#say('');
  }

  async #loadList() {
    const views = await this.#fetchJson(this.#viewsUrl);
    if (!Array.isArray(views)) {
      return;
    }
    const options = [new Option('Choose a view…', '')];
    for (const view of views) {
      options.push(new Option(`${view.shared ? 'Shared' : 'Mine'}: ${view.name}`, view.id));
    }
    this.#select.replaceChildren(...options);
    this.#select.value = views.some((view) => view.id === this.#current) ? this.#current : '';
  }

  async #pick(viewId, reason) {
    this.#current = viewId;
    if (!viewId) {
      return;
    }
    const view = await this.#fetchJson(`${this.#viewsUrl}?id=${encodeURIComponent(viewId)}`);
    if (this.#current !== viewId) {
      return; // another view was picked meanwhile
    }
    if (!view || !Array.isArray(view.tiles)) {
      this.#say('This view is no longer available.');
      this.#current = null;
      this.#loadList();
      return;
    }
    this.#select.value = viewId;
    this.#select.dataset.version = String(view.version);
    this.#apply(view);
    this.#say(reason || '');
  }

  #connect() {
    const socket = new WebSocket(this.#socketUrl);
    socket.addEventListener('message', (event) => this.#onMessage(event));
    socket.addEventListener('close', () => {
      // Changes made while disconnected are not replayed: "ready" after reconnecting reloads everything.
      window.setTimeout(() => this.#connect(), this.#reconnectMs);
      this.#reconnectMs = Math.min(this.#reconnectMs * 2, MAX_RECONNECT_MS);
    });
  }

  #onMessage(event) {
    let message;
    try {
      message = JSON.parse(event.data);
    } catch {
      return;
    }
    if (message.type === 'ready') {
      this.#reconnectMs = 1000;
      this.#select.dataset.live = 'true';
      this.#loadList();
      if (this.#current) {
        this.#pick(this.#current);
      }
      return;
    }
    const change = message.type === 'configuration-changed' ? message.change : null;
    if (!change || change.type !== 'view') {
      return;
    }
    this.#loadList();
    if (change.id === this.#current) {
      if (change.change === 'DELETED') {
        this.#current = null;
        this.#say(`This view was deleted by ${change.changedBy}.`);
      } else {
        this.#pick(change.id, `View updated by ${change.changedBy}.`);
      }
    }
  }

  async #fetchJson(url) {
    try {
      const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
      return response.ok ? await response.json() : null;
    } catch {
      return null;
    }
  }

  #say(text) {
    if (this.#status) {
      this.#status.textContent = text;
    }
  }
}
