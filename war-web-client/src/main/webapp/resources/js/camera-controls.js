/**
 * The camera controls of a live tile: PTZ (pan/tilt arrows and zoom held down, or tapped for a short step; go to a
 * preset) and relay outputs, for cameras that offer them to this user. Which controls a tile shows comes from
 * /camera-controls (the server decides from the user's rights and the camera's ONVIF address); every command is
 * checked again by the server, and its refusal is shown on the tile.
 */
import { callWebClient } from './web-client-calls.js';

/** A held arrow keeps the camera moving: each command lasts this long and is renewed before it runs out. */
const MOVE_SECONDS = 2;
const RENEW_MS = 1000;
/** A tap still moves the camera a visible step: the stop is sent no earlier than this after the start. */
const MIN_STEP_MS = 300;
const SPEED = 0.5;
const CONFIRMATION_MS = 4000;

/** The panel's buttons name a direction (data-move); keys map to the same directions. */
const DIRECTIONS = {
  left: { pan: -SPEED }, right: { pan: SPEED }, up: { tilt: SPEED }, down: { tilt: -SPEED },
  in: { zoom: SPEED }, out: { zoom: -SPEED },
};
const KEY_DIRECTIONS = {
  ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down', '+': 'in', '=': 'in', '-': 'out',
};

/** What each camera offers this user, asked once per camera and page. */
export class ControlOffers {
  #context;
  #offers = new Map();

  constructor(context) {
    this.#context = context;
  }

  get context() {
    return this.#context;
  }

  /** {ptz, outputs}; none when the server cannot say (the tile then simply shows no controls). */
  of(cameraId) {
    if (!this.#offers.has(cameraId)) {
      const offer = callWebClient(this.#context, `camera-controls?camera=${encodeURIComponent(cameraId)}`)
        .catch(() => {
          this.#offers.delete(cameraId); // asked again next time the camera is shown
          return { ptz: false, outputs: false };
        });
      this.#offers.set(cameraId, offer);
    }
    return this.#offers.get(cameraId);
  }
}

/** Sends one tile's commands in order, so a stop never overtakes the move it ends. */
class CommandLine {
  #context;
  #last = Promise.resolve();

  constructor(context) {
    this.#context = context;
  }

  send(path, body) {
    const sent = this.#last.then(() => callWebClient(this.#context, path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    }));
    this.#last = sent.catch(() => {});
    return sent;
  }
}

export class CameraControls {
  #tile;
  #toggle;
  #panel;
  #message;
  #offers;
  #commands;
  #cameraId = null;
  #move = null; // {vector, startedAt, renewal} while an arrow is held
  #messageTimer = 0;

  constructor(tile, offers) {
    this.#tile = tile;
    this.#toggle = tile.querySelector('.tile-controls-toggle');
    this.#panel = tile.querySelector('.tile-controls');
    this.#message = tile.querySelector('.tile-controls-message');
    this.#offers = offers;
    this.#commands = new CommandLine(offers.context);
    this.#toggle.addEventListener('click', () => this.#setOpen(this.#panel.hidden));
    this.#panel.addEventListener('pointerdown', (event) => this.#onPointerDown(event));
    this.#panel.addEventListener('click', (event) => this.#onKeyboardClick(event));
    this.#panel.addEventListener('submit', (event) => this.#onSubmit(event));
    // Double-clicks on the controls must not enlarge the tile.
    this.#panel.addEventListener('dblclick', (event) => event.stopPropagation());
  }

  /** Offers the controls of the camera now on the tile (null: none). */
  async show(cameraId) {
    this.#stopMove();
    this.#cameraId = cameraId;
    this.#setOpen(false);
    this.#toggle.hidden = true;
    delete this.#tile.dataset.controls;
    if (!cameraId) {
      return;
    }
    const offer = await this.#offers.of(cameraId);
    if (this.#cameraId !== cameraId) {
      return; // another camera came meanwhile
    }
    this.#panel.querySelector('.ptz').hidden = !offer.ptz;
    this.#panel.querySelector('.output-form').hidden = !offer.outputs;
    this.#toggle.hidden = !offer.ptz && !offer.outputs;
    this.#tile.dataset.controls = [offer.ptz && 'ptz', offer.outputs && 'outputs'].filter(Boolean).join(' ') || 'none';
  }

  get isOpen() {
    return !this.#panel.hidden;
  }

  /** Arrow keys and +/- steer while the panel is open; returns true for a key it used. */
  onKey(event) {
    const vector = DIRECTIONS[KEY_DIRECTIONS[event.key]];
    if (!vector || !this.isOpen || this.#panel.querySelector('.ptz').hidden) {
      return false;
    }
    if (event.type === 'keyup') {
      this.#stopMove();
    } else if (!event.repeat) {
      this.#startMove(vector);
    }
    return true;
  }

  #setOpen(open) {
    if (!open) {
      this.#stopMove();
    }
    this.#panel.hidden = !open;
    this.#toggle.setAttribute('aria-expanded', String(open));
  }

  #onPointerDown(event) {
    const button = event.target.closest('button[data-move]');
    if (!button || event.button !== 0 || !DIRECTIONS[button.dataset.move]) {
      return;
    }
    event.preventDefault(); // no text selection or focus change while held
    button.setPointerCapture(event.pointerId);
    const release = () => {
      button.removeEventListener('pointerup', release);
      button.removeEventListener('pointercancel', release);
      this.#stopMove();
    };
    button.addEventListener('pointerup', release);
    button.addEventListener('pointercancel', release);
    this.#startMove(DIRECTIONS[button.dataset.move]);
  }

  /** Enter or Space on a direction button (a click without pointer): one short step. */
  #onKeyboardClick(event) {
    const button = event.target.closest('button[data-move]');
    if (button && event.detail === 0 && DIRECTIONS[button.dataset.move]) {
      this.#startMove(DIRECTIONS[button.dataset.move]);
      this.#stopMove();
    }
  }

  #onSubmit(event) {
    event.preventDefault();
    const form = event.target;
    if (form.classList.contains('ptz-preset-form')) {
      const preset = form.elements.preset.value.trim();
      if (!preset) {
        this.#say('Enter a preset.', true);
        return;
      }
      this.#command('ptz-preset', { preset }, `Going to preset ${preset}.`, `The camera does not know preset ${preset}.`);
    } else if (form.classList.contains('output-form')) {
      const output = form.elements.output.value.trim();
      const active = event.submitter?.value !== 'off';
      if (!output) {
        this.#say('Enter an output.', true);
        return;
      }
      this.#command('camera-output', { output, active }, `${output} ${active ? 'activated' : 'deactivated'}.`,
        `The camera has no output ${output}.`);
    }
  }

  #startMove(vector) {
    this.#stopMove();
    const move = { vector, startedAt: performance.now(), renewal: 0 };
    this.#move = move;
    const send = () => this.#command('ptz-move', { ...vector, seconds: MOVE_SECONDS }, null)
      .then((ok) => {
        if (!ok && this.#move === move) {
          this.#endMove(); // refused: do not keep asking
        }
      });
    send();
    move.renewal = window.setInterval(send, RENEW_MS);
  }

  #stopMove() {
    const move = this.#move;
    if (!move) {
      return;
    }
    this.#endMove();
    const wait = Math.max(0, MIN_STEP_MS - (performance.now() - move.startedAt));
    window.setTimeout(() => this.#command('ptz-move', { pan: 0, tilt: 0, zoom: 0 }, null), wait);
  }

  #endMove() {
    window.clearInterval(this.#move.renewal);
    this.#move = null;
  }

  /**
   * Sends the command for the tile's camera; says `done`, or the refusal: `unknown` when the camera does not know the
   * preset or output (the server's full message, naming camera and recorder, goes to the tooltip), otherwise the
   * server's message. Resolves to whether the camera carried the command out.
   */
  async #command(path, body, done, unknown = null) {
    const cameraId = this.#cameraId;
    if (!cameraId) {
      return false;
    }
    try {
      await this.#commands.send(path, { camera: cameraId, ...body });
      if (done && this.#cameraId === cameraId) {
        this.#say(done, false);
      }
      return true;
    } catch (error) {
      if (this.#cameraId === cameraId) {
        const knownToken = !unknown || error.status !== 400 || !['preset', 'output'].includes(error.field);
        this.#say(knownToken ? error.message || 'The command failed.' : unknown, true, error.message);
      }
      return false;
    }
  }

  #say(text, bad, details = '') {
    window.clearTimeout(this.#messageTimer);
    this.#message.textContent = text;
    this.#message.title = details;
    this.#message.classList.toggle('is-bad', bad);
    if (!bad) {
      this.#messageTimer = window.setTimeout(() => { this.#message.textContent = ''; }, CONFIRMATION_MS);
    }
  }
}
