/**
 * A view played back in sync on the playback page: one tile per position of the view, each with its own
 * RecordedPlayer (recorded-player.js), all following one shared clock. Show, play, pause, speed and steps apply to
 * every tile; while playing, a tile that drifts from the clock by more than a few frames is moved back onto it, and a
 * tile whose clip ends fetches the next one at the clock's instant.
 *
 * One tile is selected (the first playable one, or the one last clicked): bookmarks and evidence locks made while the
 * view is on screen are made on its camera; the view's bookmarks are those of all its cameras.
 *
 * Tiles say plainly what they cannot show: a camera the user may not see (restricted in the view), one they may watch
 * but not play back (no PLAYBACK right: the web client refuses the ticket), and an instant its camera did not record
 * (the tile waits, dark, until the clock reaches its next recording).
 */

import { RecordedPlayer } from './recorded-player.js';

/** How often the tiles are checked against the clock while playing. */
const SYNC_INTERVAL_MS = 250;
/** Drift tolerated before a tile is moved back onto the clock: a few frames, so seeking does not stutter. */
const SYNC_TOLERANCE_MS = 300;
/** A tile whose recorder failed tries again after this long (while playing). */
const RETRY_MS = 5_000;
/** Playback stops this close to now: later video is still being recorded. */
const LIVE_EDGE_MS = 2_000;

/** Recorded time that runs at the playback speed while playing, from the instant last set. */
class SharedClock {
  #at = null;
  #since = 0;
  #speed = 1;
  #running = false;

  now() {
    if (this.#at === null) {
      return null;
    }
    return this.#at + (this.#running ? (performance.now() - this.#since) * this.#speed : 0);
  }

  set(instantMs) {
    this.#at = instantMs;
    this.#since = performance.now();
  }

  get running() {
    return this.#running;
  }

  start() {
    this.set(this.now());
    this.#running = true;
  }

  stop() {
    this.set(this.now());
    this.#running = false;
  }

  setSpeed(speed) {
    if (this.#at !== null) {
      this.set(this.now());
    }
    this.#speed = speed;
  }
}

/** One position of the view: a camera's player, or a plain state when there is nothing it may play. */
class ViewTile {
  element;
  player = null;
  #status;
  #busy = false;
  #retryAt = 0;
  #denied = false;

  constructor(slot, callWebClient) {
    this.element = document.createElement('div');
    this.element.className = 'tile view-playback-tile';
    const video = document.createElement('video');
    video.className = 'tile-video';
    video.muted = true;
    video.playsInline = true;
    video.crossOrigin = 'anonymous';
    const bar = document.createElement('div');
    bar.className = 'tile-bar';
    const title = document.createElement('span');
    title.className = 'tile-title';
    bar.append(title);
    const status = document.createElement('div');
    status.className = 'tile-status';
    const dot = document.createElement('span');
    dot.className = 'tile-status-dot';
    this.#status = document.createElement('span');
    this.#status.className = 'tile-status-text';
    status.append(dot, this.#status);
    this.element.append(video, bar, status);

    if (!slot) {
      this.setState('empty', '');
    } else if (slot.restricted) {
      title.textContent = 'Restricted';
      this.setState('restricted', 'You may not see this camera.');
    } else {
      title.textContent = slot.cameraName;
      this.element.dataset.cameraId = slot.cameraId;
      this.player = new RecordedPlayer(video, callWebClient, (name, message, error) => this.#onPlayer(name, message,
        error), { playOn: false });
      this.player.setCamera({ id: slot.cameraId, name: slot.cameraName });
      this.setState('idle', 'Pick an instant.');
    }
  }

  setState(name, message) {
    this.element.dataset.state = name;
    if (message !== undefined) {
      this.#status.textContent = message ?? '';
    }
  }

  get playable() {
    return this.player !== null && !this.#denied;
  }

  /** {id, name} of the tile's camera, or null for an empty or restricted position. */
  get camera() {
    return this.player?.camera ?? null;
  }

  /** The camera's playback access, or null (and the tile says so) without the PLAYBACK right or on failure. */
  async access() {
    if (!this.playable) {
      return null;
    }
    try {
      return await this.player.access();
    } catch (e) {
      this.#onPlayer('error', e.message, e);
      return null;
    }
  }

  async show(instantMs) {
    if (!this.playable) {
      return;
    }
    this.#busy = true;
    try {
      await this.player.show(instantMs);
    } finally {
      this.#busy = false;
    }
    this.#waitIfNotYetRecorded(instantMs);
  }

  /** Keeps the tile on the clock while playing: seek when it drifted, fetch when its clip does not hold the instant. */
  follow(instantMs, speed) {
    if (!this.playable || this.#busy) {
      return;
    }
    const player = this.player;
    if (player.holds(instantMs)) {
      if (Math.abs(player.currentInstant() - instantMs) > SYNC_TOLERANCE_MS * Math.max(1, speed / 4)) {
        player.seek(instantMs);
      }
      if (!player.isPlaying()) {
        player.play();
      }
      this.setState('showing', '');
    } else if (!this.#waitIfNotYetRecorded(instantMs) && performance.now() >= this.#retryAt) {
      this.show(instantMs).then(() => {
        if (this.element.dataset.state === 'showing') {
          player.play();
        }
      });
    }
  }

  /** Lines the paused tile up with the clock, so every tile shows the same instant. */
  async align(instantMs) {
    if (this.playable && this.player.holds(instantMs)) {
      this.player.pause();
      await this.player.seek(instantMs);
    } else if (this.playable) {
      this.player.pause();
    }
  }

  close() {
    this.player?.pause();
    this.player?.setCamera(null);
  }

  /** The clip begins after the instant: nothing recorded then. The tile stays dark until the clock gets there. */
  #waitIfNotYetRecorded(instantMs) {
    const clip = this.player.clip;
    if (!clip || instantMs >= clip.start - 1000) {
      return false;
    }
    this.player.pause();
    this.setState('no-recording', `Not recorded at this instant; the next recording starts at `
      + `${new Date(clip.start).toLocaleTimeString()}.`);
    return true;
  }

  #onPlayer(name, message, error) {
    if (name !== 'error') {
      this.setState(name, message ?? '');
      return;
    }
    this.#retryAt = performance.now() + RETRY_MS;
    if (error?.status === 403) {
      this.#denied = true; // the ticket is refused: no PLAYBACK right on this camera
      this.setState('denied', 'You may watch this camera live but not play back its recordings.');
    } else if (error?.status === 404) {
      this.setState('no-recording', 'Nothing was recorded at this instant.');
    } else {
      this.setState('error', message);
    }
  }
}

export class ViewPlayback {
  #grid;
  #callWebClient;
  #hooks;
  #tiles = [];
  #selected = null;
  #clock = new SharedClock();
  #speed = 1;
  #timer = null;
  #closed = false;

  /**
   * @param grid the element the tiles go into
   * @param callWebClient (path, init) → the web client endpoint's JSON answer
   * @param hooks {onState(name, message), onTime(ms), onPlaying(boolean), onSelect?(camera)}: the page's status,
   *   clock and play button, and who follows the selected tile
   */
  constructor(grid, callWebClient, hooks) {
    this.#grid = grid;
    this.#callWebClient = callWebClient;
    this.#hooks = hooks;
  }

  /** Builds the tiles of the view; returns the playback access of every camera the user may play back. */
  async open(view) {
    const slots = new Map(view.tiles.map(tile => [tile.position, tile]));
    this.#tiles = Array.from({ length: view.rows * view.columns }, (_, position) =>
      new ViewTile(slots.get(position), this.#callWebClient));
    this.#grid.style.setProperty('--columns', String(view.columns));
    this.#grid.style.setProperty('--rows', String(view.rows));
    this.#grid.dataset.viewId = view.id;
    this.#grid.replaceChildren(...this.#tiles.map(tile => tile.element));
    this.#tiles.forEach(tile => tile.element.addEventListener('click', () => this.#select(tile)));
    const accesses = await Promise.all(this.#tiles.map(tile => tile.access()));
    this.#select(this.#tiles.find(tile => tile.playable));
    return accesses.filter(access => access !== null);
  }

  /** {id, name} of every camera of the view the user may play back, in tile order. */
  cameras() {
    return this.#tiles.filter(tile => tile.playable).map(tile => tile.camera);
  }

  /** {id, name} of the selected tile's camera, or null. */
  selectedCamera() {
    return this.#selected?.camera ?? null;
  }

  /** The <video> of the selected tile, or null. */
  selectedPicture() {
    return this.#selected?.player.video ?? null;
  }

  /** Selects the tile of the camera, if the view has it and it may be played back. */
  selectCamera(cameraId) {
    this.#select(this.#tiles.find(tile => tile.playable && tile.camera.id === cameraId));
  }

  /** The playback access of one of the view's cameras, or null when the user may not play it back. */
  async access(cameraId) {
    return (await this.#tiles.find(tile => tile.camera?.id === cameraId)?.access()) ?? null;
  }

  #select(tile) {
    if (!tile?.playable) {
      return;
    }
    this.#selected = tile;
    this.#tiles.forEach(other => other.element.classList.toggle('is-selected', other === tile));
    this.#grid.dataset.selectedCameraId = tile.camera.id;
    this.#hooks.onSelect?.(tile.camera);
  }

  close() {
    this.#closed = true;
    this.#stopTimer();
    this.#tiles.forEach(tile => tile.close());
    this.#tiles = [];
    this.#grid.replaceChildren();
  }

  currentInstant() {
    return this.#clock.now();
  }

  isPlaying() {
    return this.#clock.running;
  }

  /** Every tile at the instant; playing goes on from there if it was on. */
  async show(instantMs) {
    this.#clock.set(instantMs);
    this.#hooks.onTime(instantMs);
    this.#hooks.onState('loading', 'Loading the recorded video of the view…');
    await Promise.all(this.#tiles.map(tile => tile.show(instantMs)));
    if (this.#closed) {
      return; // another view or camera meanwhile
    }
    const showing = this.#tiles.filter(tile => tile.element.dataset.state === 'showing').length;
    this.#hooks.onState(showing > 0 ? 'showing' : 'error', showing > 0 ? null
      : 'None of the cameras of this view you may play back recorded at this instant.');
    if (this.isPlaying()) {
      this.#tick();
    }
  }

  play() {
    if (this.#clock.now() === null) {
      return false;
    }
    this.#clock.start();
    this.#hooks.onPlaying(true);
    this.#timer = setInterval(() => this.#tick(), SYNC_INTERVAL_MS);
    this.#tick();
    return true;
  }

  pause() {
    this.#stopTimer();
    this.#clock.stop();
    this.#hooks.onPlaying(false);
    const now = this.#clock.now();
    if (now !== null) {
      this.#tiles.forEach(tile => tile.align(now));
    }
  }

  async setSpeed(speed) {
    this.#speed = speed;
    this.#clock.setSpeed(speed);
    await Promise.all(this.#tiles.filter(tile => tile.playable).map(tile => tile.player.setSpeed(speed)));
  }

  #tick() {
    const now = this.#clock.now();
    if (now === null) {
      return;
    }
    if (now > Date.now() - LIVE_EDGE_MS) {
      this.pause();
      this.#hooks.onState('showing', 'Reached the present: switch to live video to see what happens now.');
      return;
    }
    this.#hooks.onTime(now);
    this.#tiles.forEach(tile => tile.follow(now, this.#speed));
  }

  #stopTimer() {
    clearInterval(this.#timer);
    this.#timer = null;
  }
}
