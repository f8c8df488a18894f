/**
 * The view picker of the live page and the browser side of the "view update" flow: the user's personal views and the
 * shared ones are offered in a select; picking one puts it on the wall. A WebSocket to /argus/configuration-changes
 * tells the page about every committed view change it may see; when the view on the wall changes (someone edited a
 * shared view), the page reloads it and the wall follows at once. Only ids and versions travel on the socket; the
 * view itself is read from /argus/views with the user's rights.
 */
import { listenToConfigurationChanges } from './configuration-changes.js';

export class ViewPicker {
  #select;
  #status;
  #apply;
  #viewsUrl;
  #socketPath;
  #current = null; // id of the view on the wall

  /** @param apply called with the view ({rows, columns, tiles}) to show */
  constructor(select, status, apply) {
    this.#select = select;
    this.#status = status;
    this.#apply = apply;
    this.#viewsUrl = select.dataset.viewsUrl;
    this.#socketPath = select.dataset.socketPath;
  }

  start() {
    this.#select.addEventListener('change', () => this.#pick(this.#select.value || null));
    this.#loadList();
    listenToConfigurationChanges(this.#socketPath, {
      onReady: () => this.#onReady(),
      onChange: (change) => this.#onChange(change),
    });
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

  /** Changes made while disconnected are not replayed: "ready" after (re)connecting reloads everything. */
  #onReady() {
    this.#select.dataset.live = 'true';
    this.#loadList();
    if (this.#current) {
      this.#pick(this.#current);
    }
  }

  #onChange(change) {
    if (change.type !== 'view') {
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
