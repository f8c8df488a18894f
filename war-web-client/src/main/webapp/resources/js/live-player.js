/**
 * Plays one camera's live stream in a <video> element through Media Source Extensions.
 *
 * The stream comes from the camera's recorder over a WebSocket (ws://recorder:7563/live/{cameraId}?ticket=…):
 *   1. text   {"type":"init","mime":"video/mp4; codecs=\"avc1.64001f\"","width":…,"height":…}
 *   2. binary the fMP4 init segment (ftyp + moov)
 *   3. binary fMP4 fragments (moof + mdat), one per frame. The first ones come from the recorder's GOP cache and
 *      start at a keyframe, so the picture appears at once; the player then jumps to the newest frame.
 * The URL carries a short-lived ticket signed for this user and camera. Every (re)connect asks the web client
 * (GET live-access?camera=ID) for a fresh one, so a revoked right or an ended session also ends live video.
 * The player adds &codecs=… with the MP4 sample entries this browser's MediaSource plays (avc1, hvc1): a browser
 * without H.265 gets an H.264 transcode of an H.265 camera from the recorder.
 * A camera may offer a second, smaller stream for small tiles: the grant lists its streams ("primary",
 * "secondary") with a URL each, the player opens the one it was asked for (option `stream`) if offered, and the init
 * message says which one the recorder sends ("stream": a secondary that is down is served as the primary).
 *
 * States: connecting → live; lost while no video arrives (it reconnects with backoff); error when retrying cannot
 * help (no right to watch, unknown camera, a browser that cannot play the stream); stopped after stop().
 *
 * Sound: the recorder adds the camera's audio track (init "audio": true, mime "avc1…,mp4a.40.2") only when the
 * ticket says the user may listen (AUDIO_LISTEN). The player starts muted, as browsers require for autoplay and
 * as operators expect of a wall; onAudio tells whether the current stream has sound, setMuted turns it on or off.
 * A browser that cannot play the sound gets the video alone: the next connection asks for no audio (&audio=0).
 */

/** Representative codec strings per MP4 sample entry: H.264 High 4.0 and H.265 Main 4.1. */
const PROBED_CODECS = Object.freeze({
  avc1: 'video/mp4; codecs="avc1.640028"',
  hvc1: 'video/mp4; codecs="hvc1.1.6.L123.B0"',
});

/**
 * The recorder URL plus the sample entries this browser plays, so the recorder sends what it can decode: by default
 * what its MediaSource accepts (live video); recorded clips ask their <video> element instead.
 */
export function withPlayableCodecs(url,
  plays = (type) => 'MediaSource' in window && MediaSource.isTypeSupported(type)) {
  const playable = Object.keys(PROBED_CODECS).filter((entry) => plays(PROBED_CODECS[entry]));
  return `${url}${url.includes('?') ? '&' : '?'}codecs=${playable.join(',')}`;
}

/** The video part of a mime type with a sound codec: "video/mp4; codecs=\"avc1.64001f\"". */
function withoutAudio(mime) {
  return mime.replace(/,\s*mp4a[^",]*/g, '');
}

export const PlayerState = Object.freeze({
  CONNECTING: 'connecting',
  LIVE: 'live',
  LOST: 'lost',
  ERROR: 'error',
  STOPPED: 'stopped',
});

const DEFAULT_OPTIONS = Object.freeze({
  maxLatency: 0.5,         // s behind the newest frame before jumping to the live edge
  // s behind the newest frame before playing slightly faster to catch up: three frames at 25 fps. B4 (quiet
  // machine, 16 tiles): 0.08 gave p50 55 ms but about five stalls per tile per second (the playhead ran into the
  // buffer's end); 0.12 gives p50 90 ms and almost none; 0.15 let the playhead settle 80-120 ms behind
  catchUpLatency: 0.12,
  catchUpRate: 1.1,
  liveEdgeMargin: 0.05,    // s left before the newest frame after a jump, so playback does not stall at once
  keepBehind: 3,           // s of played video kept in the buffer
  trimIntervalMs: 4000,
  stallTimeoutMs: 4000,    // no media this long while live: the camera counts as lost
  deadSocketMs: 15000,     // no media this long: the connection is considered dead and replaced
  maxQueuedSegments: 250,  // about 10 s at 25 fps not yet appended: the browser fell behind, start over
  backoffMs: [500, 1000, 2000, 4000, 8000, 15000],
  now: () => performance.now(),
});

/** Retrying cannot help; the operator has to act (rights, camera, browser). */
class FatalPlayerError extends Error {}

/** The web session is gone (the live-access request was redirected to the login page). */
class SessionEndedError extends Error {}

export class LivePlayer {
  #video;
  #cameraId;
  #accessUrl;
  #onState;
  #onSessionEnded;
  #onStream;
  #stream;
  #offeredStreams = null; // from the last grant; null before the first
  #onAudio;
  #options;
  #hasAudio = false;
  #audioRefused = false;  // this browser could not play the camera's sound: ask for video only from now on

  #running = false;
  #generation = 0;        // one per connection attempt: late callbacks of an older connection are ignored
  #attempt = 0;
  #state = PlayerState.STOPPED;
  #everLive = false;

  #socket = null;
  #mediaSource = null;
  #sourceBuffer = null;
  #objectUrl = null;
  #queue = [];
  #trimDue = false;
  #freeingQuota = false;

  #connectStartedAt = 0;
  #lastMediaAt = 0;
  #lastPlayedTime = -1;
  #reconnectTimer = null;
  #watchdogTimer = null;
  #trimTimer = null;

  /**
   * @param {HTMLVideoElement} video
   * @param {{cameraId: string, accessUrl: string, onState?: (state: string, message: string) => void,
   *          onSessionEnded?: () => void, onAudio?: (hasAudio: boolean) => void, stream?: string,
   *          onStream?: (stream: string, width: number, height: number) => void}} config plus any of
   *          DEFAULT_OPTIONS to override; `stream` is the camera's stream to watch ('primary' or 'secondary'),
   *          `onStream` tells which one the recorder sends, at every init
   */
  constructor(video, {
    cameraId, accessUrl, onState = () => {}, onSessionEnded = () => {}, onAudio = () => {}, stream = 'primary',
    onStream = () => {}, ...overrides
  }) {
    this.#video = video;
    this.#stream = stream;
    this.#onStream = onStream;
    this.#cameraId = cameraId;
    this.#accessUrl = accessUrl;
    this.#onState = onState;
    this.#onSessionEnded = onSessionEnded;
    this.#onAudio = onAudio;
    this.#options = { ...DEFAULT_OPTIONS, ...overrides };
    this.#video.muted = true; // browsers only autoplay muted video
    this.#video.addEventListener('timeupdate', () => this.#onPlaybackProgress());
    this.#video.addEventListener('error', () => {
      if (this.#running && this.#mediaSource) {
        this.#retry('The browser could not decode the video');
      }
    });
  }

  get cameraId() {
    return this.#cameraId;
  }

  get state() {
    return this.#state;
  }

  /** The stream this player asks for ('primary' or 'secondary'). */
  get stream() {
    return this.#stream;
  }

  /** Whether the camera offers `stream`, as its last grant said (true before the first grant: not known yet). */
  offers(stream) {
    return this.#offeredStreams === null || this.#offeredStreams.includes(stream);
  }

  /** Whether the stream playing now carries the camera's sound (the user may listen and the camera has some). */
  get hasAudio() {
    return this.#hasAudio;
  }

  get muted() {
    return this.#video.muted;
  }

  /** Unmuting is a user gesture's consequence (a click or a key), which browsers require for sound. */
  setMuted(muted) {
    this.#video.muted = muted || !this.#hasAudio;
  }

  start() {
    if (this.#running) {
      return;
    }
    this.#running = true;
    this.#attempt = 0;
    this.#everLive = false;
    this.#watchdogTimer = setInterval(() => this.#watchdog(), 1000);
    this.#trimTimer = setInterval(() => {
      this.#trimDue = true;
      this.#pump();
    }, this.#options.trimIntervalMs);
    document.addEventListener('visibilitychange', this.#onVisibilityChange);
    this.#connect();
  }

  stop() {
    if (!this.#running) {
      return;
    }
    this.#running = false;
    this.#generation++;
    clearTimeout(this.#reconnectTimer);
    clearInterval(this.#watchdogTimer);
    clearInterval(this.#trimTimer);
    document.removeEventListener('visibilitychange', this.#onVisibilityChange);
    this.#closeConnection();
    this.#setState(PlayerState.STOPPED, '');
  }

  // ---- connection ------------------------------------------------------------------------------------------

  async #connect() {
    const generation = ++this.#generation;
    this.#connectStartedAt = this.#options.now();
    if (!this.#everLive && this.#attempt === 0) {
      this.#setState(PlayerState.CONNECTING, 'Connecting…');
    }
    let access;
    try {
      access = await this.#fetchAccess();
    } catch (error) {
      if (generation === this.#generation) {
        this.#onFailure(error);
      }
      return;
    }
    if (generation !== this.#generation) {
      return;
    }
    this.#offeredStreams = Array.isArray(access.streams) ? access.streams : ['primary'];
    const streamUrl = access.streamUrls?.[this.#stream];
    const url = withPlayableCodecs(typeof streamUrl === 'string' ? streamUrl : access.url)
      + (this.#audioRefused ? '&audio=0' : '');
    const socket = new WebSocket(url);
    socket.binaryType = 'arraybuffer';
    socket.onmessage = (event) => {
      if (generation === this.#generation) {
        this.#onMessage(event.data);
      }
    };
    socket.onclose = (event) => {
      if (generation === this.#generation) {
        this.#retry(event.reason || 'Connection to the recorder closed');
      }
    };
    this.#socket = socket;
  }

  async #fetchAccess() {
    let response;
    try {
      response = await fetch(`${this.#accessUrl}?camera=${encodeURIComponent(this.#cameraId)}`, {
        credentials: 'same-origin',
        cache: 'no-store',
        // An expired session answers with a redirect to the login page, which fetch must not follow.
        redirect: 'manual',
        headers: { Accept: 'application/json' },
      });
    } catch {
      throw new Error('The web server cannot be reached');
    }
    if (response.type === 'opaqueredirect' || response.status === 401) {
      throw new SessionEndedError('Your session has ended');
    }
    const body = await response.json().catch(() => ({}));
    if ([400, 403, 404].includes(response.status)) {
      throw new FatalPlayerError(body.error || `Live video refused (${response.status})`);
    }
    if (!response.ok || typeof body.url !== 'string') {
      throw new Error(body.error || `Live video unavailable (${response.status})`);
    }
    return body;
  }

  #onFailure(error) {
    if (error instanceof SessionEndedError) {
      this.#fail(error.message);
      this.#onSessionEnded();
    } else if (error instanceof FatalPlayerError) {
      this.#fail(error.message);
    } else {
      this.#retry(error.message);
    }
  }

  /** Gives up: shows the reason and stays quiet until start() is called again. */
  #fail(message) {
    this.#generation++;
    this.#closeConnection();
    this.#setState(PlayerState.ERROR, message);
  }

  /** Drops the connection and tries again after a growing pause, with a fresh ticket. */
  #retry(reason) {
    if (!this.#running) {
      return;
    }
    this.#generation++;
    this.#closeConnection();
    const { backoffMs } = this.#options;
    const delay = backoffMs[Math.min(this.#attempt, backoffMs.length - 1)];
    this.#attempt++;
    const seconds = Math.max(1, Math.round(delay / 1000));
    this.#setState(PlayerState.LOST, `Camera lost: ${reason}. Retrying in ${seconds} s`);
    clearTimeout(this.#reconnectTimer);
    // A little jitter keeps many tiles from hitting a restarted recorder at the same instant.
    this.#reconnectTimer = setTimeout(() => this.#connect(), delay * (0.8 + Math.random() * 0.4));
  }

  #closeConnection() {
    if (this.#socket) {
      this.#socket.onmessage = null;
      this.#socket.onclose = null;
      this.#socket.close(1000);
      this.#socket = null;
    }
    this.#closeMedia();
  }

  // ---- media ---------------------------------------------------------------------------------------------

  #onMessage(data) {
    if (typeof data === 'string') {
      this.#onControlMessage(data);
      return;
    }
    if (!this.#mediaSource) {
      this.#retry('The recorder sent video before its description');
      return;
    }
    this.#lastMediaAt = this.#options.now();
    this.#queue.push(data);
    if (this.#queue.length > this.#options.maxQueuedSegments) {
      this.#retry('Playback fell behind');
      return;
    }
    this.#pump();
  }

  #onControlMessage(text) {
    let message;
    try {
      message = JSON.parse(text);
    } catch {
      this.#retry('The recorder sent an unreadable message');
      return;
    }
    if (message.type === 'init') {
      this.#onStream(message.stream || 'primary', message.width, message.height);
      if (this.#running) { // the listener may have stopped this player (a tile that did not get the stream it wanted)
        this.#openMedia(message);
      }
    } else if (message.type === 'error') {
      // The recorder closes the socket right after; show its reason meanwhile.
      this.#setState(PlayerState.LOST, `Camera lost: ${message.message || 'the recorder reported an error'}`);
    }
  }

  #openMedia({ mime, audio }) {
    const playable = (type) => 'MediaSource' in window && typeof type === 'string' && MediaSource.isTypeSupported(type);
    if (audio && !playable(mime) && playable(withoutAudio(mime))) {
      // The picture matters more than the sound: reconnect for video only.
      this.#audioRefused = true;
      this.#retry('This browser cannot play the camera\'s sound');
      return;
    }
    if (!playable(mime)) {
      this.#fail(`This browser cannot play this camera's video (${mime})`);
      return;
    }
    this.#setAudio(audio === true);
    this.#closeMedia();
    const mediaSource = new MediaSource();
    this.#mediaSource = mediaSource;
    this.#objectUrl = URL.createObjectURL(mediaSource);
    mediaSource.addEventListener('sourceopen', () => {
      if (this.#mediaSource !== mediaSource) {
        return;
      }
      URL.revokeObjectURL(this.#objectUrl);
      this.#objectUrl = null;
      const sourceBuffer = mediaSource.addSourceBuffer(mime);
      // Fragments carry their own timestamps; 'segments' keeps them instead of laying fragments end to end.
      sourceBuffer.mode = 'segments';
      sourceBuffer.addEventListener('updateend', () => this.#onBufferUpdated(sourceBuffer));
      sourceBuffer.addEventListener('error', () => {
        this.#audioRefused ||= this.#hasAudio; // a stream with sound that fails is retried without it
        this.#retry('The browser could not decode the video');
      });
      this.#sourceBuffer = sourceBuffer;
      this.#pump();
    }, { once: true });
    this.#video.src = this.#objectUrl;
    this.#video.play().catch(() => {}); // resolves once data arrives; a rejection here is retried on append
  }

  #setAudio(hasAudio) {
    if (hasAudio !== this.#hasAudio) {
      this.#hasAudio = hasAudio;
      if (!hasAudio) {
        this.#video.muted = true;
      }
      this.#onAudio(hasAudio);
    }
  }

  #closeMedia() {
    this.#queue = [];
    this.#trimDue = false;
    this.#freeingQuota = false;
    this.#sourceBuffer = null;
    this.#lastPlayedTime = -1;
    if (this.#mediaSource) {
      this.#mediaSource = null;
      if (this.#objectUrl) {
        URL.revokeObjectURL(this.#objectUrl);
        this.#objectUrl = null;
      }
      this.#video.removeAttribute('src');
      this.#video.load(); // releases the decoder
    }
  }

  /** Appends the next fragment, or trims the buffer when due. A SourceBuffer takes one operation at a time. */
  #pump() {
    const sourceBuffer = this.#sourceBuffer;
    if (!sourceBuffer || sourceBuffer.updating || this.#mediaSource?.readyState !== 'open') {
      return;
    }
    if (this.#trimDue) {
      this.#trimDue = false;
      if (this.#removePlayed(sourceBuffer, this.#options.keepBehind)) {
        return; // updateend continues the pump
      }
    }
    // Everything queued goes in one append: the GOP burst of a new connection, or fragments that piled up while
    // the tab was busy, are then decoded up to the live edge once, instead of one append (and jump) per frame.
    const segment = this.#takeQueued();
    if (!segment) {
      return;
    }
    try {
      sourceBuffer.appendBuffer(segment);
    } catch (error) {
      if (error.name === 'QuotaExceededError') {
        this.#queue.unshift(segment);
        this.#onQuotaExceeded(sourceBuffer);
      } else {
        this.#retry(`The browser refused the video (${error.name})`);
      }
    }
  }

  /** The queued fragments as one buffer (they are whole fMP4 fragments, so they can be appended together). */
  #takeQueued() {
    const queue = this.#queue;
    if (queue.length <= 1) {
      return queue.shift();
    }
    this.#queue = [];
    const joined = new Uint8Array(queue.reduce((total, part) => total + part.byteLength, 0));
    let offset = 0;
    for (const part of queue) {
      joined.set(new Uint8Array(part), offset);
      offset += part.byteLength;
    }
    return joined.buffer;
  }

  /** The buffer is full: drop everything already played and try the same fragment again, once. */
  #onQuotaExceeded(sourceBuffer) {
    if (this.#freeingQuota || !this.#removePlayed(sourceBuffer, 0.1)) {
      this.#retry('The video buffer is full');
      return;
    }
    this.#freeingQuota = true;
  }

  /** Removes buffered video older than keepSeconds before the playhead; true if a removal started. */
  #removePlayed(sourceBuffer, keepSeconds) {
    const buffered = sourceBuffer.buffered;
    if (buffered.length === 0) {
      return false;
    }
    const from = buffered.start(0);
    const until = this.#video.currentTime - keepSeconds;
    if (until - from < 0.5) {
      return false;
    }
    sourceBuffer.remove(from, until);
    return true;
  }

  #onBufferUpdated(sourceBuffer) {
    if (sourceBuffer !== this.#sourceBuffer) {
      return;
    }
    if (!sourceBuffer.updating && this.#queue.length === 0) {
      this.#freeingQuota = false;
    }
    this.#stayLive();
    this.#pump();
  }

  /** Keeps the playhead near the newest frame: live video is for now, not for watching smoothly late. */
  #stayLive() {
    const video = this.#video;
    const buffered = video.buffered;
    if (buffered.length === 0) {
      return;
    }
    const newest = buffered.end(buffered.length - 1);
    const lastRangeStart = buffered.start(buffered.length - 1);
    const latency = newest - video.currentTime;
    if (video.currentTime < lastRangeStart || latency > this.#options.maxLatency) {
      video.currentTime = Math.max(lastRangeStart, newest - this.#options.liveEdgeMargin);
      video.playbackRate = 1;
    } else {
      video.playbackRate = latency > this.#options.catchUpLatency ? this.#options.catchUpRate : 1;
    }
    if (video.paused) {
      video.play().catch(() => {});
    }
  }

  #onVisibilityChange = () => {
    // Background tabs are throttled; on return the playhead may be far behind.
    if (document.visibilityState === 'visible') {
      this.#stayLive();
    }
  };

  // ---- state -------------------------------------------------------------------------------------------------

  #onPlaybackProgress() {
    if (!this.#running || !this.#sourceBuffer) {
      return;
    }
    const video = this.#video;
    if (video.paused || video.seeking || video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA) {
      return; // a jump to the live edge moves currentTime too, but that is not playback
    }
    const time = video.currentTime;
    const advanced = this.#lastPlayedTime >= 0 && time > this.#lastPlayedTime;
    this.#lastPlayedTime = time;
    const mediaFresh = this.#options.now() - this.#lastMediaAt < this.#options.stallTimeoutMs;
    if (advanced && mediaFresh && this.#state !== PlayerState.LIVE) {
      this.#everLive = true;
      this.#attempt = 0;
      this.#setState(PlayerState.LIVE, '');
    }
  }

  #watchdog() {
    if (!this.#socket) {
      return;
    }
    const now = this.#options.now();
    const sinceMedia = now - Math.max(this.#lastMediaAt, this.#connectStartedAt);
    if (sinceMedia > this.#options.deadSocketMs) {
      this.#retry('No video for a long time');
    } else if (this.#state === PlayerState.LIVE && sinceMedia > this.#options.stallTimeoutMs) {
      // The socket is up but the recorder has nothing to send: typically the camera itself dropped out.
      this.#setState(PlayerState.LOST, 'Camera lost: no video from the camera');
    }
  }

  #setState(state, message) {
    const changed = state !== this.#state;
    this.#state = state;
    if (changed || state !== PlayerState.LIVE) {
      this.#onState(state, message);
    }
  }
}
