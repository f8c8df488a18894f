/**
 * The live page's menu of user-defined events: the ones the server says this user may trigger, each a button. A click
 * triggers the event once; its idempotency key makes a retried request harmless. The menu stays hidden when there is
 * nothing to trigger.
 */
import { callWebClient } from './web-client-calls.js';

export class UserEventMenu {
  #menu;
  #list;
  #status;
  #context;

  constructor(menu) {
    this.#menu = menu;
    this.#list = menu.querySelector('.user-event-list');
    this.#status = menu.querySelector('.user-event-status');
    this.#context = menu.dataset.context;
  }

  async start() {
    this.#list.addEventListener('click', (event) => {
      const button = event.target.closest('button.user-event');
      if (button) {
        this.#trigger(button);
      }
    });
    let definitions;
    try {
      definitions = await callWebClient(this.#context, 'user-events');
    } catch {
      return; // without the list there is nothing to offer; the rest of the page works on
    }
    this.#list.replaceChildren(...definitions.map((definition) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'button user-event';
      button.dataset.eventId = definition.id;
      button.textContent = definition.name;
      button.title = definition.description || `Trigger ${definition.name}`;
      const item = document.createElement('li');
      item.append(button);
      return item;
    }));
    this.#menu.hidden = definitions.length === 0;
  }

  async #trigger(button) {
    button.disabled = true;
    const name = button.textContent;
    try {
      const triggered = await callWebClient(this.#context, 'user-event-trigger', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ id: button.dataset.eventId, key: idempotencyKey() }),
      });
      this.#say(`${name} triggered at ${new Date(triggered.occurredAt).toLocaleTimeString()}.`, false);
    } catch (error) {
      this.#say(`${name}: ${error.message}`, true);
    } finally {
      button.disabled = false;
    }
  }

  #say(text, bad) {
    this.#status.textContent = text;
    this.#status.classList.toggle('is-bad', bad);
  }
}

/** 128 random bits as hex; crypto.randomUUID needs a secure context, getRandomValues does not. */
function idempotencyKey() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
