/**
 * The live wall of index.xhtml: a grid of 1, 4, 9 or 16 tiles, each playing one camera with a LivePlayer. The camera
 * list is rendered (and refreshed by Ajax) by Faces; the tiles live only in the browser so a list refresh never
 * interrupts video. The layout and the cameras on it are remembered per browser.
 *
 * Tiles pick the camera's stream by their size (docs/web-client.md, "Which stream a tile plays"): the tiles of the
 * 4, 9 and 16 layouts (and of views' grids) play its second, smaller stream when it has one; the 1-tile layout, an
 * enlarged (double-clicked) tile and, in fullscreen, the 4-tile layout play the primary. A tile switches by opening
 * the other stream underneath the playing one and swapping once it plays, so the picture never goes black. The
 * stream a tile shows is in its data-stream attribute and its tooltip.
 */
import { LivePlayer, PlayerState } from './live-player.js';
import { ViewPicker } from './views.js';
import { CameraControls, ControlOffers } from './camera-controls.js';
import { UserEventMenu } from './user-events.js';

const STORAGE_KEY = 'argus.live.wall.v1';
const RELOAD_KEY = 'argus.live.reloadedForLogin';
const RELOAD_GUARD_MS = 30000;
const TILE_COUNT = 16;
/** Views may be up to 8×8: tiles beyond the toolbar's 16 are added when a view needs them. */
const MAX_GRID_SIDE = 8;
const LAYOUTS = [1, 4, 9, 16];
/** Operator shortcuts (ignored while typing in a field): layouts, fullscreen, sound, leaving an enlarged tile. */
const LAYOUT_KEYS = { 1: 1, 2: 4, 3: 9, 4: 16 };
/** A stream that does not play within this long is given up; the tile keeps the one it shows. */
const STREAM_SWITCH_TIMEOUT_MS = 10000;
/** A tile given the primary because the second stream was down asks for the second stream again after this long. */
const SECOND_STREAM_RETRY_MS = 30000;

const STATUS_TEXT = {
  empty: 'Select a camera',
  [PlayerState.CONNECTING]: 'Connecting…',
  [PlayerState.LIVE]: 'Live',
  [PlayerState.LOST]: 'Camera lost',
  [PlayerState.ERROR]: 'Live video unavailable',
  [PlayerState.STOPPED]: 'Paused',
  restricted: 'You may not watch this camera',
};

class Tile {
  #element;
  #video;
  #title;
  #statusText;
  #accessUrl;
  #onSessionEnded;
  #onUnmuted;
  #controls;
  #soundButton;
  #player = null;
  /** The stream this tile should play: 'primary' or 'secondary'. */
  #stream = 'primary';
  /** While switching streams: {player, video, info, timer} of the one opening underneath. */
  #incoming = null;
  #retryTimer = null;
  camera = null; // {id, name} or null

  constructor(element, { accessUrl, onSessionEnded, controlOffers, onUnmuted }) {
    this.#element = element;
    this.#controls = new CameraControls(element, controlOffers);
    this.#video = element.querySelector('video');
    this.#title = element.querySelector('.tile-title');
    this.#statusText = element.querySelector('.tile-status-text');
    this.#soundButton = element.querySelector('.tile-sound');
    this.#accessUrl = accessUrl;
    this.#onSessionEnded = onSessionEnded;
    this.#onUnmuted = onUnmuted;
    this.#soundButton.addEventListener('click', () => this.toggleSound());
    this.#render('empty', '');
  }

  /** Whether the tile plays sound now. */
  get audible() {
    return Boolean(this.#player?.hasAudio && !this.#player.muted);
  }

  /** Unmutes (muting every other tile) or mutes; does nothing for a camera without sound or the right to it. */
  toggleSound() {
    if (!this.#player?.hasAudio) {
      return;
    }
    const unmute = this.#player.muted;
    if (unmute) {
      this.#onUnmuted(this);
    }
    this.setMuted(!unmute);
  }

  setMuted(muted) {
    this.#player?.setMuted(muted);
    this.#soundButton.setAttribute('aria-pressed', String(this.audible));
    this.#soundButton.setAttribute('aria-label', this.audible ? 'Mute this camera' : 'Listen to this camera');
  }

  #showSound(hasAudio) {
    this.#soundButton.hidden = !hasAudio;
    this.setMuted(this.#player ? this.#player.muted : true);
  }

  get element() {
    return this.#element;
  }

  get controls() {
    return this.#controls;
  }

  show(camera) {
    this.assign(camera);
    this.play();
  }

  /** Puts the camera on this tile without starting video (for a tile the layout hides). */
  assign(camera) {
    this.#stopPlayer();
    this.camera = camera;
    this.#title.textContent = camera.name;
    this.#element.dataset.cameraId = camera.id;
    this.#controls.show(camera.id);
  }

  /** Starts (or restarts) the player of the camera on this tile, if any. */
  play() {
    if (!this.camera || this.#player) {
      return;
    }
    this.#player = this.#newPlayer(this.#video);
    this.#player.start();
  }

  /** The tile's size wants `stream` ('primary' or 'secondary'); a playing tile switches without a gap. */
  setStream(stream) {
    if (stream === this.#stream) {
      return;
    }
    this.#stream = stream;
    this.#switchStream();
  }

  #newPlayer(video) {
    const player = new LivePlayer(video, {
      cameraId: this.camera.id,
      accessUrl: this.#accessUrl,
      stream: this.#stream,
      onState: (state, message) => this.#onPlayerState(player, state, message),
      onStream: (stream, width, height) => this.#onPlayerStream(player, { stream, width, height }),
      onSessionEnded: this.#onSessionEnded,
      onAudio: (hasAudio) => {
        if (player === this.#player) {
          this.#showSound(hasAudio);
        }
      },
    });
    return player;
  }

  #onPlayerState(player, state, message) {
    if (player === this.#player) {
      this.#render(state, message);
    } else if (player === this.#incoming?.player && state === PlayerState.LIVE) {
      this.#swapIn();
    }
  }

  #onPlayerStream(player, info) {
    if (player === this.#player) {
      this.#showStream(info);
      if (info.stream !== this.#stream) {
        this.#retryLater(); // the second stream is down: the recorder sent the primary
      }
    } else if (player === this.#incoming?.player) {
      if (info.stream === this.#stream) {
        this.#incoming.info = info;
      } else {
        this.#dropIncoming(); // the tile already shows the primary; try the second stream again later
        this.#retryLater();
      }
    }
  }

  #retryLater() {
    clearTimeout(this.#retryTimer);
    this.#retryTimer = setTimeout(() => this.#switchStream(true), SECOND_STREAM_RETRY_MS);
  }

  #showStream({ stream, width, height }) {
    this.#element.dataset.stream = stream;
    this.#element.title = `${this.camera?.name ?? ''}: ${stream} stream${width ? ` (${width}×${height})` : ''}`;
  }

  /**
   * Opens the wanted stream underneath the playing one; it takes over once it plays (#swapIn). `again`: the
   * playing one asked for it too, but the recorder sent the primary while the second stream was down.
   */
  #switchStream(again = false) {
    this.#dropIncoming();
    clearTimeout(this.#retryTimer);
    const current = this.#player;
    const served = this.#element.dataset.stream;
    // A camera without a second stream serves the primary to every tile: nothing to switch.
    if (!current || (current.stream === this.#stream && (!again || served === this.#stream))
        || (this.#stream === 'secondary' && !current.offers('secondary'))) {
      return;
    }
    const video = this.#video.cloneNode(false);
    video.removeAttribute('src');
    video.muted = true;
    this.#video.before(video); // painted below the playing video until the swap
    const player = this.#newPlayer(video);
    this.#incoming = { player, video, info: null,
      timer: setTimeout(() => this.#dropIncoming(), STREAM_SWITCH_TIMEOUT_MS) };
    player.start();
  }

  #swapIn() {
    const { player, video, info, timer } = this.#incoming;
    clearTimeout(timer);
    this.#incoming = null;
    const previous = this.#player;
    const previousVideo = this.#video;
    const wasMuted = previous.muted;
    this.#player = player;
    this.#video = video;
    previous.stop();
    previousVideo.remove();
    player.setMuted(wasMuted); // a tile someone listens to keeps its sound across the switch
    this.#showSound(player.hasAudio);
    if (info) {
      this.#showStream(info);
    }
    this.#render(PlayerState.LIVE, '');
  }

  #dropIncoming() {
    clearTimeout(this.#retryTimer);
    if (this.#incoming) {
      clearTimeout(this.#incoming.timer);
      this.#incoming.player.stop();
      this.#incoming.video.remove();
      this.#incoming = null;
    }
  }

  /** Stops the video but keeps the camera assigned (tile hidden by the layout). */
  pause() {
    this.#stopPlayer();
  }

  clear() {
    this.#stopPlayer();
    this.camera = null;
    this.#title.textContent = '';
    delete this.#element.dataset.cameraId;
    delete this.#element.dataset.stream;
    this.#element.removeAttribute('title');
    this.#controls.show(null);
    this.#render('empty', '');
  }

  /** A tile of a view showing a camera the user may not watch: it stays empty and says so. */
  restrict() {
    this.clear();
    this.#render('restricted', '');
  }

  rename(name) {
    if (this.camera && name && name !== this.camera.name) {
      this.camera = { ...this.camera, name };
      this.#title.textContent = name;
    }
  }

  #stopPlayer() {
    this.#dropIncoming();
    if (this.#player) {
      this.#player.stop();
      this.#player = null;
    }
    this.#showSound(false);
  }

  #render(state, message) {
    this.#element.dataset.state = state;
    this.#statusText.textContent = message || STATUS_TEXT[state] || '';
  }
}

class LiveWall {
  #wall;
  #cameraPanel;
  #layoutButtons;
  #tiles = [];
  #tileTemplate;
  #tileOptions;
  #layout = 1;
  /** Rows and columns of a view's grid, or null for the square layouts of the toolbar. */
  #grid = null;
  #selected = 0;
  #reloading = false;

  constructor(wall, cameraPanel, layoutButtons, tileTemplate) {
    this.#wall = wall;
    this.#cameraPanel = cameraPanel;
    this.#layoutButtons = layoutButtons;
    this.#tileTemplate = tileTemplate;
    this.#tileOptions = {
      accessUrl: wall.dataset.liveAccessUrl,
      onSessionEnded: () => this.#reloadForLogin(),
      controlOffers: new ControlOffers(wall.dataset.context),
      // One audible tile at a time, as on every VMS wall: unmuting one mutes the others.
      onUnmuted: (audible) => this.#tiles.filter((tile) => tile !== audible).forEach((tile) => tile.setMuted(true)),
    };
    this.#ensureTiles(TILE_COUNT);
  }

  #ensureTiles(count) {
    while (this.#tiles.length < count) {
      const element = this.#tileTemplate.content.firstElementChild.cloneNode(true);
      element.dataset.tile = String(this.#tiles.length);
      this.#wall.append(element);
      this.#tiles.push(new Tile(element, this.#tileOptions));
    }
  }

  start() {
    this.#cameraPanel.addEventListener('click', (event) => this.#onCameraClicked(event));
    this.#wall.addEventListener('click', (event) => this.#onWallClicked(event));
    this.#wall.addEventListener('dblclick', (event) => this.#onWallDoubleClicked(event));
    for (const button of this.#layoutButtons) {
      button.addEventListener('click', () => {
        this.#setLayout(Number(button.dataset.layout));
        this.#wall.dispatchEvent(new CustomEvent('layout-chosen'));
      });
    }
    document.addEventListener('keydown', (event) => this.#onKey(event));
    document.addEventListener('keyup', (event) => this.#onKeyUp(event));
    document.addEventListener('fullscreenchange', () => this.#applyStreams());
    // The Ajax refresh replaces the list: mark the shown cameras again and pick up renamed ones.
    new MutationObserver(() => this.#syncCameraList()).observe(this.#cameraPanel, { childList: true, subtree: true });
    window.addEventListener('pagehide', () => this.#tiles.forEach((tile) => tile.pause()));
    // Back/forward cache: the page comes back without reloading, so restart the visible tiles.
    window.addEventListener('pageshow', (event) => {
      if (event.persisted) {
        this.#tiles.slice(0, this.#layout).forEach((tile) => tile.play());
      }
    });
    this.#restore();
  }

  #onCameraClicked(event) {
    const button = event.target.closest('button.camera');
    if (!button || button.getAttribute('aria-disabled') === 'true') {
      return;
    }
    const tileIndex = this.#targetTile();
    this.#tiles[tileIndex].show({ id: button.dataset.cameraId, name: button.dataset.cameraName });
    this.#select(this.#nextEmptyVisibleTile(tileIndex) ?? tileIndex);
    this.#save();
    this.#syncCameraList();
  }

  #onWallClicked(event) {
    const tileElement = event.target.closest('.tile');
    if (!tileElement) {
      return;
    }
    const index = Number(tileElement.dataset.tile);
    if (event.target.closest('.tile-close')) {
      this.#tiles[index].clear();
      this.#wall.classList.remove('has-maximized');
      tileElement.classList.remove('is-maximized');
      this.#applyStreams();
      this.#save();
      this.#syncCameraList();
    }
    this.#select(index);
  }

  #onWallDoubleClicked(event) {
    const tileElement = event.target.closest('.tile');
    if (!tileElement || this.#layout === 1) {
      return;
    }
    const maximize = !tileElement.classList.contains('is-maximized');
    this.#tiles.forEach((tile) => tile.element.classList.remove('is-maximized'));
    tileElement.classList.toggle('is-maximized', maximize);
    this.#wall.classList.toggle('has-maximized', maximize);
    this.#applyStreams();
  }

  /**
   * Each visible tile's stream by its size: the primary when it is the only tile shown (1-tile layout, enlarged
   * tile) or a quarter of a fullscreen wall, the second (smaller) stream otherwise.
   */
  #applyStreams() {
    const maximized = this.#wall.classList.contains('has-maximized');
    const fullscreen = document.fullscreenElement === this.#wall;
    this.#tiles.forEach((tile) => {
      const large = this.#layout === 1 || (fullscreen && this.#layout <= 4)
        || (maximized && tile.element.classList.contains('is-maximized'));
      tile.setStream(large ? 'primary' : 'secondary');
    });
  }

  #onKey(event) {
    if (event.ctrlKey || event.metaKey || event.altKey || event.target.closest('input, textarea, select, [contenteditable]')) {
      return;
    }
    if (this.#selectedControls()?.onKey(event)) {
      event.preventDefault();
      return;
    }
    if (LAYOUT_KEYS[event.key]) {
      this.#setLayout(LAYOUT_KEYS[event.key]);
      this.#wall.dispatchEvent(new CustomEvent('layout-chosen'));
    } else if (event.key === 'f' || event.key === 'F') {
      this.#toggleFullscreen();
    } else if (event.key === 'm' || event.key === 'M') {
      this.#tiles[this.#targetTile()].toggleSound();
    } else if (event.key === 'Escape') {
      this.#tiles.forEach((tile) => tile.element.classList.remove('is-maximized'));
      this.#wall.classList.remove('has-maximized');
      this.#applyStreams();
    } else {
      return;
    }
    event.preventDefault();
  }

  /** Releasing an arrow key stops the camera it moved, even if the focus moved meanwhile. */
  #onKeyUp(event) {
    if (this.#selectedControls()?.onKey(event)) {
      event.preventDefault();
    }
  }

  /** The controls of the selected tile while they are open: they take the arrow and zoom keys. */
  #selectedControls() {
    const controls = this.#tiles[this.#selected]?.controls;
    return controls?.isOpen ? controls : null;
  }

  #toggleFullscreen() {
    if (document.fullscreenElement) {
      document.exitFullscreen().catch(() => {});
    } else {
      this.#wall.requestFullscreen?.().catch(() => {});
    }
  }

  /** The selected tile gets the next camera; it is always a visible one. */
  #targetTile() {
    return this.#selected < this.#layout ? this.#selected : 0;
  }

  #nextEmptyVisibleTile(after) {
    for (let step = 1; step < this.#layout; step++) {
      const index = (after + step) % this.#layout;
      if (!this.#tiles[index].camera) {
        return index;
      }
    }
    return null;
  }

  #select(index) {
    this.#selected = index;
    this.#tiles.forEach((tile, i) => tile.element.classList.toggle('is-selected', i === index && this.#layout > 1));
  }

  #setLayout(layout) {
    this.#grid = null;
    this.#wall.style.removeProperty('--columns');
    const tileCount = LAYOUTS.includes(layout) ? layout : 1;
    this.#show(tileCount, String(tileCount));
  }

  /** A view's grid: any rows × columns up to 8 × 8. */
  #setGrid(rows, columns) {
    this.#ensureTiles(rows * columns);
    this.#grid = { rows, columns };
    this.#wall.style.setProperty('--columns', String(columns));
    this.#show(rows * columns, 'custom');
  }

  #show(tileCount, layoutName) {
    this.#layout = tileCount;
    this.#wall.dataset.layout = layoutName;
    this.#wall.classList.remove('has-maximized');
    this.#applyStreams(); // before the tiles start, so each opens the stream its size wants
    this.#tiles.forEach((tile, index) => {
      tile.element.classList.remove('is-maximized');
      // Hidden tiles stop streaming: no bandwidth or decoding for video nobody sees.
      tile.element.classList.toggle('is-outside', index >= this.#layout);
      if (index < this.#layout) {
        tile.play();
      } else {
        tile.pause();
      }
    });
    for (const button of this.#layoutButtons) {
      button.setAttribute('aria-pressed', String(this.#grid === null && Number(button.dataset.layout) === this.#layout));
    }
    this.#select(this.#targetTile());
    this.#save();
  }

  /**
   * Shows a view (from views.js): its grid, and on each tile the camera the view puts there; tiles of cameras the
   * user may not watch are marked restricted. Tiles already showing the right camera keep playing.
   */
  applyView(view) {
    const rows = Math.min(Math.max(Number(view.rows) || 1, 1), MAX_GRID_SIDE);
    const columns = Math.min(Math.max(Number(view.columns) || 1, 1), MAX_GRID_SIDE);
    const byPosition = new Map((view.tiles || []).map((tile) => [tile.position, tile]));
    this.#ensureTiles(rows * columns);
    this.#tiles.forEach((tile, index) => {
      const wanted = index < rows * columns ? byPosition.get(index) : undefined;
      if (!wanted) {
        tile.clear();
      } else if (wanted.restricted) {
        tile.restrict();
      } else if (tile.camera?.id === wanted.cameraId) {
        tile.rename(wanted.cameraName);
      } else {
        tile.assign({ id: wanted.cameraId, name: wanted.cameraName }); // #setGrid starts the visible ones
      }
    });
    this.#setGrid(rows, columns);
    this.#syncCameraList();
  }

  #syncCameraList() {
    const shown = new Set(this.#tiles.filter((tile) => tile.camera).map((tile) => tile.camera.id));
    for (const button of this.#cameraPanel.querySelectorAll('button.camera')) {
      const cameraId = button.dataset.cameraId;
      button.classList.toggle('is-shown', shown.has(cameraId));
      this.#tiles.filter((tile) => tile.camera?.id === cameraId)
        .forEach((tile) => tile.rename(button.dataset.cameraName));
    }
  }

  #reloadForLogin() {
    // Every tile notices the ended session; one reload (to the login page) is enough. Should the reloaded page
    // still get no tickets, the tiles keep showing the error instead of reloading in a loop.
    const last = Number(sessionStorage.getItem(RELOAD_KEY) || 0);
    if (!this.#reloading && Date.now() - last > RELOAD_GUARD_MS) {
      this.#reloading = true;
      sessionStorage.setItem(RELOAD_KEY, String(Date.now()));
      window.location.reload();
    }
  }

  #save() {
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify({
        layout: this.#layout,
        grid: this.#grid,
        cameras: this.#tiles.map((tile) => tile.camera),
      }));
    } catch {
      // Private mode or a full storage: the wall simply is not remembered.
    }
  }

  #restore() {
    let saved = null;
    try {
      saved = JSON.parse(localStorage.getItem(STORAGE_KEY) || 'null');
    } catch {
      saved = null;
    }
    const cameras = Array.isArray(saved?.cameras) ? saved.cameras : [];
    cameras.slice(0, MAX_GRID_SIDE * MAX_GRID_SIDE).forEach((camera, index) => {
      if (camera && typeof camera.id === 'string' && typeof camera.name === 'string') {
        this.#ensureTiles(index + 1);
        this.#tiles[index].assign(camera); // #setLayout starts the visible ones
      }
    });
    const grid = saved?.grid;
    if (grid && Number.isInteger(grid.rows) && Number.isInteger(grid.columns)
        && grid.rows >= 1 && grid.rows <= MAX_GRID_SIDE && grid.columns >= 1 && grid.columns <= MAX_GRID_SIDE) {
      this.#setGrid(grid.rows, grid.columns);
    } else {
      this.#setLayout(Number(saved?.layout) || 1);
    }
    this.#syncCameraList();
  }
}

const wall = document.getElementById('wall');
if (wall) {
  const liveWall = new LiveWall(
    wall,
    document.querySelector('.camera-panel'),
    document.querySelectorAll('.layout-button'),
    document.getElementById('tile-template'),
  );
  liveWall.start();
  const userEvents = document.getElementById('user-events');
  if (userEvents) {
    new UserEventMenu(userEvents).start();
  }
  const viewSelect = document.getElementById('view-select');
  if (viewSelect) {
    const picker = new ViewPicker(viewSelect, document.getElementById('view-status'), (view) => liveWall.applyView(view));
    // Choosing a layout by hand leaves the view: later changes of it no longer rearrange the wall.
    wall.addEventListener('layout-chosen', () => picker.leave());
    picker.start();
  }
}
