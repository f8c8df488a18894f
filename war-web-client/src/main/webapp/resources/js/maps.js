/**
 * The maps page: a floor plan scaled to fit, the cameras placed on it coloured by their state (as the live page's
 * camera list shows it), refreshed every few seconds and at once when a map changes (the configuration-change socket).
 * Clicking a camera plays it live beside the plan with the live page's LivePlayer. Configuration administrators get an
 * editor: create a map, upload its picture, drag cameras onto it, move or remove them, save (a conflicting edit by
 * someone else is refused and said so). Every call runs on the web client's session with the user's rights.
 */
import { LivePlayer, PlayerState } from './live-player.js';
import { callWebClient, UserFacingError } from './web-client-calls.js';
import { listenToConfigurationChanges } from './configuration-changes.js';

const REFRESH_MS = 5000;
const STORAGE_KEY = 'argus.maps.current';
const LIVE_TEXT = {
  [PlayerState.CONNECTING]: 'Connecting…',
  [PlayerState.LIVE]: 'Live',
  [PlayerState.LOST]: 'Camera lost',
  [PlayerState.ERROR]: 'Live video unavailable',
  [PlayerState.STOPPED]: '',
};

/** Fractions of the picture (0..1) of a point on the screen, or null outside it. */
function fractionsAt(canvas, clientX, clientY) {
  const box = canvas.getBoundingClientRect();
  const x = (clientX - box.left) / box.width;
  const y = (clientY - box.top) / box.height;
  return x >= 0 && x <= 1 && y >= 0 && y <= 1 ? { x: round(x), y: round(y) } : null;
}

function round(fraction) {
  return Math.round(fraction * 10000) / 10000;
}

/** The live video of one camera beside the plan. */
class LivePanel {
  #panel;
  #video;
  #title;
  #status;
  #accessUrl;
  #player = null;

  constructor(panel, accessUrl) {
    this.#panel = panel;
    this.#video = panel.querySelector('video');
    this.#title = panel.querySelector('.tile-title');
    this.#status = panel.querySelector('.map-live-status');
    this.#accessUrl = accessUrl;
    panel.querySelector('.tile-close').addEventListener('click', () => this.close());
  }

  open(camera) {
    this.close();
    this.#panel.hidden = false;
    this.#panel.dataset.cameraId = camera.cameraId;
    this.#title.textContent = camera.cameraName;
    this.#player = new LivePlayer(this.#video, {
      cameraId: camera.cameraId,
      accessUrl: this.#accessUrl,
      onState: (state, message) => {
        this.#panel.dataset.state = state;
        this.#status.textContent = message || LIVE_TEXT[state] || '';
      },
      onSessionEnded: () => {
        this.#status.textContent = 'Your session has ended. Reload the page to log in again.';
      },
    });
    this.#player.start();
  }

  /** The camera is no longer on the map the user may see (removed, or the map changed): stop watching it. */
  keepOnly(cameraIds) {
    if (this.#player && !cameraIds.has(this.#player.cameraId)) {
      this.close();
    }
  }

  close() {
    if (this.#player) {
      this.#player.stop();
      this.#player = null;
    }
    this.#panel.hidden = true;
    this.#panel.dataset.state = PlayerState.STOPPED;
    delete this.#panel.dataset.cameraId;
  }
}

/** Moves a camera with the pointer (mouse, pen or touch) and reports where on the plan it was let go. */
function dragCamera(event, label, canvas, onDrop) {
  event.preventDefault();
  const ghost = document.createElement('span');
  ghost.className = 'map-drag-ghost map-camera';
  ghost.innerHTML = '<span class="map-camera-icon"></span><span class="map-camera-name"></span>';
  ghost.querySelector('.map-camera-name').textContent = label;
  document.body.append(ghost);
  const startX = event.clientX;
  const startY = event.clientY;
  let moved = false;
  const follow = (move) => {
    moved = moved || Math.hypot(move.clientX - startX, move.clientY - startY) > 4;
    ghost.style.left = `${move.clientX}px`;
    ghost.style.top = `${move.clientY}px`;
  };
  follow(event);
  const finish = (up) => {
    document.removeEventListener('pointermove', follow);
    document.removeEventListener('pointerup', finish);
    document.removeEventListener('pointercancel', finish);
    ghost.remove();
    onDrop(moved, up.type === 'pointerup' ? fractionsAt(canvas, up.clientX, up.clientY) : null);
  };
  document.addEventListener('pointermove', follow);
  document.addEventListener('pointerup', finish);
  document.addEventListener('pointercancel', finish);
}

class MapsPage {
  #page;
  #context;
  #select;
  #status;
  #stage;
  #canvas;
  #picture;
  #empty;
  #live;
  #editor;
  #map = null;            // the map on screen, as the server last sent it
  #draft = null;          // the placements being edited, or null when not editing
  #pictureVersion = null;

  constructor(page) {
    this.#page = page;
    this.#context = page.dataset.context;
    this.#select = document.getElementById('map-select');
    this.#status = document.getElementById('map-status');
    this.#stage = document.getElementById('map-stage');
    this.#canvas = document.getElementById('map-canvas');
    this.#picture = document.getElementById('map-picture');
    this.#empty = document.getElementById('map-empty');
    this.#live = new LivePanel(document.getElementById('map-live'), `${this.#context}/live-access`);
    this.#editor = document.getElementById('map-editor');
  }

  start() {
    this.#select.addEventListener('change', () => this.#show(this.#select.value || null));
    this.#picture.addEventListener('load', () => this.#fit());
    new ResizeObserver(() => this.#fit()).observe(this.#stage);
    if (this.#editor && this.#page.dataset.editable === 'true') {
      this.#startEditor();
    }
    this.#loadList(localStorage.getItem(STORAGE_KEY));
    window.setInterval(() => this.#refresh(), REFRESH_MS);
    listenToConfigurationChanges(`${this.#context}/configuration-changes`, {
      onReady: () => {
        this.#page.dataset.live = 'true';
        this.#refresh(); // changes made while disconnected are not replayed
      },
      onChange: (change) => this.#onChange(change),
    });
  }

  // ---- reading ------------------------------------------------------------------------------------------------

  async #loadList(wanted) {
    let maps;
    try {
      maps = await callWebClient(this.#context, 'maps-data');
    } catch (error) {
      this.#say(error.message);
      return;
    }
    const options = [new Option('Choose a map…', '')];
    maps.forEach((map) => options.push(new Option(map.name, map.id)));
    this.#select.replaceChildren(...options);
    const current = wanted ?? this.#map?.id;
    const pick = maps.some((map) => map.id === current) ? current : (maps[0]?.id ?? '');
    this.#select.value = pick;
    if (pick !== (this.#map?.id ?? '')) {
      await this.#show(pick || null);
    }
    if (maps.length === 0) {
      this.#showEmpty(this.#editor ? 'No maps yet. Choose Edit to create one.' : 'No maps have been drawn yet.');
    }
  }

  async #show(mapId) {
    this.#live.close();
    this.#stopEditing();
    if (!mapId) {
      this.#map = null;
      this.#showEmpty('Choose a map.');
      return;
    }
    try {
      localStorage.setItem(STORAGE_KEY, mapId);
    } catch {
      // Private mode: the choice is simply not remembered.
    }
    await this.#reload(mapId);
  }

  async #reload(mapId) {
    let map;
    try {
      map = await callWebClient(this.#context, `maps-data?id=${encodeURIComponent(mapId)}`);
    } catch (error) {
      if (error instanceof UserFacingError && error.status === 404) {
        this.#map = null;
        this.#say('This map was deleted.');
        this.#loadList(null);
      } else {
        this.#say(error.message);
      }
      return;
    }
    if (this.#select.value !== mapId && this.#select.value !== '') {
      return; // another map was picked meanwhile
    }
    this.#map = map;
    this.#render();
  }

  /** Statuses change all the time; the map itself only when the socket says so (or it is missed while offline). */
  #refresh() {
    if (this.#map && !this.#draft && document.visibilityState === 'visible') {
      this.#reload(this.#map.id);
    }
  }

  #render() {
    const map = this.#map;
    this.#page.dataset.mapId = map.id;
    this.#page.dataset.version = String(map.version);
    if (!map.imageWidth) {
      this.#showEmpty(this.#editor ? 'This map has no floor plan yet. Choose Edit to upload one.'
        : 'This map has no floor plan yet.');
    } else {
      this.#empty.hidden = true;
      this.#canvas.hidden = false;
      if (this.#pictureVersion !== `${map.id}/${map.version}`) {
        this.#pictureVersion = `${map.id}/${map.version}`;
        this.#picture.src = `${this.#context}/map-image?id=${encodeURIComponent(map.id)}&v=${map.version}`;
      }
      this.#fit();
    }
    const placements = this.#draft ?? map.placements;
    const icons = placements.map((placement) => this.#icon(placement));
    this.#canvas.replaceChildren(this.#picture, ...icons);
    this.#live.keepOnly(new Set(map.placements.map((placement) => placement.cameraId)));
    this.#markPalette();
  }

  #icon(placement) {
    const icon = document.createElement('button');
    icon.type = 'button';
    icon.className = 'map-camera';
    icon.dataset.cameraId = placement.cameraId;
    icon.dataset.tone = placement.stateTone ?? 'off';
    icon.dataset.state = (placement.stateLabel ?? 'Unknown').toLowerCase();
    icon.style.left = `${placement.x * 100}%`;
    icon.style.top = `${placement.y * 100}%`;
    if (placement.rotation != null) {
      icon.style.setProperty('--rotation', `${placement.rotation}deg`);
      icon.style.setProperty('--direction', 'block');
    }
    const name = placement.label ? `${placement.cameraName} · ${placement.label}` : placement.cameraName;
    icon.title = this.#draft ? name : `${name} — ${placement.stateLabel ?? 'Unknown'}`;
    icon.setAttribute('aria-label', icon.title);
    icon.innerHTML = '<span class="map-camera-icon" aria-hidden="true"></span><span class="map-camera-name"></span>';
    icon.querySelector('.map-camera-name').textContent = name;
    if (this.#draft) {
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'map-camera-remove';
      remove.title = `Remove ${placement.cameraName} from the map`;
      remove.textContent = '×';
      remove.addEventListener('pointerdown', (event) => event.stopPropagation());
      remove.addEventListener('click', () => this.#unplace(placement.cameraId));
      icon.append(remove);
      icon.addEventListener('pointerdown', (event) => dragCamera(event, placement.cameraName, this.#canvas,
        (moved, at) => moved && at && this.#place(placement.cameraId, placement.cameraName, at)));
    } else if (placement.watchable === false) {
      icon.disabled = true;
    } else {
      icon.addEventListener('click', () => this.#live.open(placement));
    }
    return icon;
  }

  /** Scales the plan to fit the stage, keeping its proportions; icons sit at fractions of it, so they follow. */
  #fit() {
    if (!this.#map?.imageWidth) {
      return;
    }
    const stage = this.#stage.getBoundingClientRect();
    const scale = Math.min(stage.width / this.#map.imageWidth, stage.height / this.#map.imageHeight);
    this.#canvas.style.width = `${Math.floor(this.#map.imageWidth * scale)}px`;
    this.#canvas.style.height = `${Math.floor(this.#map.imageHeight * scale)}px`;
  }

  #showEmpty(text) {
    this.#canvas.hidden = true;
    this.#empty.hidden = false;
    this.#empty.textContent = text;
    delete this.#page.dataset.mapId;
  }

  // ---- changes of others --------------------------------------------------------------------------------------

  #onChange(change) {
    if (change.type === 'map') {
      this.#loadList(null);
      if (change.id === this.#map?.id && change.change !== 'DELETED' && !this.#draft) {
        this.#reload(change.id);
        this.#say(`Map updated by ${change.changedBy}.`);
      } else if (change.id === this.#map?.id && this.#draft) {
        this.#tell(`${change.changedBy} changed this map meanwhile; saving will be refused. Cancel to see it.`);
      }
    } else if (change.type === 'camera') {
      this.#refresh(); // a renamed, added or removed camera
    }
  }

  // ---- editing (configuration administrators) -----------------------------------------------------------------

  #startEditor() {
    const edit = document.getElementById('map-edit');
    edit.addEventListener('click', () => (this.#draft ? this.#stopEditing() : this.#startEditing()));
    document.getElementById('map-cancel').addEventListener('click', () => {
      this.#stopEditing();
      if (this.#map) {
        this.#reload(this.#map.id);
      }
    });
    document.getElementById('map-save').addEventListener('click', () => this.#save());
    document.getElementById('map-create').addEventListener('submit', (event) => {
      event.preventDefault();
      this.#create(event.target.elements.name);
    });
    document.getElementById('map-image-file').addEventListener('change', (event) => this.#upload(event.target));
    for (const camera of this.#editor.querySelectorAll('.map-palette-camera')) {
      const { cameraId, cameraName } = camera.dataset;
      camera.addEventListener('pointerdown', (event) => {
        if (!this.#draft || !this.#map?.imageWidth) {
          return;
        }
        dragCamera(event, cameraName, this.#canvas, (moved, at) => {
          if (moved && at) {
            this.#place(cameraId, cameraName, at);
          } else if (!moved && !this.#draft.some((placement) => placement.cameraId === cameraId)) {
            this.#place(cameraId, cameraName, { x: 0.5, y: 0.5 }); // a click (or keyboard) puts it in the middle
          }
        });
      });
      camera.addEventListener('keydown', (event) => {
        if ((event.key === 'Enter' || event.key === ' ') && this.#draft && this.#map?.imageWidth) {
          event.preventDefault();
          this.#place(cameraId, cameraName, { x: 0.5, y: 0.5 });
        }
      });
    }
  }

  #startEditing() {
    this.#editor.hidden = false;
    this.#page.classList.add('is-editing');
    document.getElementById('map-edit').setAttribute('aria-pressed', 'true');
    this.#live.close();
    this.#draft = this.#map ? this.#map.placements.map((placement) => ({ ...placement })) : [];
    this.#tell(this.#map?.imageWidth ? '' : 'Upload a floor plan, then place cameras on it.');
    if (this.#map) {
      this.#render();
    }
  }

  #stopEditing() {
    if (!this.#editor) {
      return;
    }
    this.#draft = null;
    this.#editor.hidden = true;
    this.#page.classList.remove('is-editing');
    document.getElementById('map-edit')?.setAttribute('aria-pressed', 'false');
  }

  #place(cameraId, cameraName, at) {
    const existing = this.#draft.find((placement) => placement.cameraId === cameraId);
    if (existing) {
      Object.assign(existing, at);
    } else {
      this.#draft.push({ cameraId, cameraName, ...at, stateTone: 'off', stateLabel: 'Unsaved' });
    }
    this.#tell('Not saved yet.');
    this.#render();
  }

  #unplace(cameraId) {
    this.#draft = this.#draft.filter((placement) => placement.cameraId !== cameraId);
    this.#tell('Not saved yet.');
    this.#render();
  }

  #markPalette() {
    if (!this.#editor) {
      return;
    }
    const placed = new Set((this.#draft ?? []).map((placement) => placement.cameraId));
    for (const camera of this.#editor.querySelectorAll('.map-palette-camera')) {
      camera.classList.toggle('is-placed', placed.has(camera.dataset.cameraId));
    }
  }

  async #save() {
    if (!this.#map || !this.#draft) {
      return;
    }
    const body = {
      version: this.#map.version,
      placements: this.#draft.map(({ cameraId, x, y, rotation, label }) => ({ cameraId, x, y, rotation, label })),
    };
    try {
      this.#map = await callWebClient(this.#context, `maps-data?id=${encodeURIComponent(this.#map.id)}`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      this.#draft = this.#map.placements.map((placement) => ({ ...placement }));
      this.#render();
      this.#tell('Saved.');
    } catch (error) {
      this.#tell(error.status === 409
        ? 'Someone else changed this map since you opened it. Cancel to see their version, then place again.'
        : error.message);
    }
  }

  async #create(nameField) {
    try {
      const map = await callWebClient(this.#context, 'maps-data', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: nameField.value }),
      });
      nameField.value = '';
      await this.#loadList(map.id);
      this.#startEditing();
      this.#tell(`Map "${map.name}" created. Upload its floor plan.`);
    } catch (error) {
      this.#tell(error.message);
    }
  }

  async #upload(input) {
    const file = input.files[0];
    if (!file || !this.#map) {
      this.#tell(this.#map ? '' : 'Create or choose a map first.');
      return;
    }
    try {
      await callWebClient(this.#context,
        `map-image?id=${encodeURIComponent(this.#map.id)}&version=${this.#map.version}`,
        { method: 'PUT', headers: { 'Content-Type': file.type || 'application/octet-stream' }, body: file });
      input.value = '';
      await this.#reload(this.#map.id); // keeps the draft: placements are fractions, valid on the new picture too
      this.#tell('Floor plan uploaded.');
    } catch (error) {
      this.#tell(error.status === 409 ? 'Someone else changed this map meanwhile. Cancel and try again.'
        : error.message);
    }
  }

  #tell(text) {
    document.getElementById('map-editor-message').textContent = text;
  }

  #say(text) {
    this.#status.textContent = text;
  }
}

const page = document.getElementById('maps');
if (page) {
  new MapsPage(page).start();
}
