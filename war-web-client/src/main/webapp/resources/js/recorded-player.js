/**
 * Recorded video of one camera in one <video>: the player of the playback page's single camera and of each tile of a
 * view played back in sync (view-playback.js).
 *
 * Recorded video is shown as short MP4 clips: the player asks the web client for a playback ticket
 * (GET playback-access?camera=ID → recorder URLs), then fetches the clip [instant − 5 s, instant + 25 s] from the
 * camera's recorder (/playback/{camera}, the export format cut at keyframes) as a blob into the <video>, and seeks to
 * the instant. Why clips rather than a streamed session: a blob is a complete, seekable MP4, so seeking and stepping
 * are the browser's own, and the recorder needs no per-viewer session state (see docs/design/playback.md).
 * Playing on past a clip's end fetches the next one. The clip URL lists the codecs this browser plays: an H.265
 * camera's recordings reach a browser without HEVC transcoded to H.264, in clips of at most 10 s.
 *
 * Speeds ×1–×8 play the full clip faster (and fetch a correspondingly longer one); ×16 switches to keyframe-only
 * clips (&keyframes=true: one frame per GOP on the same timeline, up to an hour per request), which keeps fast-forward
 * cheap for the recorder, the network and the decoder.
 */

import { UserFacingError } from './web-client-calls.js';
import { spanAt } from './recorder-spans.js';
import { withPlayableCodecs } from './live-player.js';

const CLIP_BEFORE_MS = 5_000;
const CLIP_AFTER_MS = 25_000;
const TICKET_MARGIN_MS = 10_000;
/** From this speed on, clips hold only keyframes (Chromium plays at most ×16). */
const KEYFRAME_SPEED = 16;
const KEYFRAME_CLIP_MS = 10 * 60_000;

/** Fetches from a camera's recorder; a network failure means the recorder is down or unreachable. */
export async function callRecorder(url) {
  let response;
  try {
    response = await fetch(url, { cache: 'no-store' });
  } catch (e) {
    throw new UserFacingError('The recorder of this camera cannot be reached. Recorded video is unavailable '
      + 'until it is back; live video and the rest of Argus are not affected.');
  }
  if (!response.ok) {
    const body = await response.json().catch(() => ({}));
    if (response.status === 404) {
      throw new UserFacingError('Nothing was recorded at this time.', { status: 404 });
    }
    throw new UserFacingError(body.error ?? `The recorder answered ${response.status}.`, { status: response.status });
  }
  return response;
}

export function range(url, fromMs, toMs) {
  return `${url}&from=${encodeURIComponent(new Date(fromMs).toISOString())}`
    + `&to=${encodeURIComponent(new Date(toMs).toISOString())}`;
}

export class RecordedPlayer {
  /** {id, name} of the camera, or null */
  camera = null;
  /** {start: ms, end: ms, url: object URL, keyframes, transcoded: '' or 'h264'} */
  clip = null;
  speed = 1;
  #video;
  #callWebClient;
  #onState;
  #access = null;
  #generation = 0; // one per requested instant: answers to older requests are ignored

  /**
   * @param video the <video> element to play in
   * @param callWebClient (path, init) → the web client endpoint's JSON answer
   * @param onState (name, message, error) with name loading, showing or error (and the message to show, if any)
   * @param playOn whether to fetch the next clip at a clip's end (a view's tiles follow their shared clock instead)
   */
  constructor(video, callWebClient, onState, { playOn = true } = {}) {
    this.#video = video;
    this.#callWebClient = callWebClient;
    this.#onState = onState;
    if (playOn) {
      video.addEventListener('ended', () => this.#playOn());
    }
  }

  get video() {
    return this.#video;
  }

  /** Another camera (or none): nothing of the previous one stays, and its pending answers are dropped. */
  setCamera(camera) {
    this.camera = camera;
    this.#access = null;
    this.#generation++;
    if (this.clip) {
      URL.revokeObjectURL(this.clip.url);
    }
    this.clip = null;
    this.#video.removeAttribute('src');
    this.#video.load();
  }

  /** The camera's playback access (recorder URLs with a ticket), renewed shortly before the ticket expires. */
  async access() {
    if (!this.#access || Date.parse(this.#access.expiresAt) - Date.now() < TICKET_MARGIN_MS) {
      this.#access = await this.#callWebClient(`playback-access?camera=${encodeURIComponent(this.camera.id)}`);
    }
    return this.#access;
  }

  keyframesOnly() {
    return this.speed >= KEYFRAME_SPEED;
  }

  /** The recorded instant on screen (ms), or null before a clip is loaded. */
  currentInstant() {
    return this.clip ? this.clip.start + this.#video.currentTime * 1000 : null;
  }

  /** Whether the loaded clip holds the instant in the current kind (full or keyframes), so a seek will do. */
  holds(instantMs) {
    return this.clip !== null && this.clip.keyframes === this.keyframesOnly()
      && instantMs >= this.clip.start && instantMs < this.clip.end - 500;
  }

  /** Shows the recorded frame at the instant, fetching a clip unless the loaded one holds it. */
  async show(instantMs) {
    const generation = ++this.#generation;
    if (this.holds(instantMs)) {
      await this.seek(instantMs);
      this.#onState('showing');
      return;
    }
    this.#onState('loading', 'Loading recorded video…');
    try {
      const access = await this.access();
      const keyframes = this.keyframesOnly();
      const end = Math.min(instantMs + (keyframes ? KEYFRAME_CLIP_MS : CLIP_AFTER_MS * this.speed), Date.now());
      // after a move, the recorder that recorded the instant (recorder-spans.js)
      // A browser without HEVC gets an H.265 recording transcoded to H.264, in shorter clips (ExportHandler).
      const url = withPlayableCodecs(range(spanAt(access, instantMs).clipUrl, instantMs - CLIP_BEFORE_MS,
        Math.max(end, instantMs + 1000)), (type) => this.#video.canPlayType(type) !== '');
      const response = await callRecorder(keyframes ? `${url}&keyframes=true` : url);
      const start = Date.parse(response.headers.get('X-Argus-Export-Start'));
      const blob = await response.blob();
      if (generation !== this.#generation) {
        return; // another instant (or camera) was asked for meanwhile
      }
      this.#replaceClip({ start, end: Date.parse(response.headers.get('X-Argus-Export-End')),
        url: URL.createObjectURL(blob), keyframes, transcoded: response.headers.get('X-Argus-Transcoded') ?? '' });
      await this.#loaded();
      await this.seek(instantMs);
      // The clip starts at the keyframe at or before the instant, unless nothing was recorded then.
      this.#onState('showing', instantMs < start - 1000
        ? `Nothing was recorded at this time; showing the next recording, from ${new Date(start).toLocaleTimeString()}.`
        : null);
    } catch (e) {
      if (generation === this.#generation) {
        this.#onState('error', e instanceof UserFacingError ? e.message : 'This recording could not be played.', e);
      }
    }
  }

  /** Moves within the loaded clip. */
  seek(instantMs) {
    return new Promise(resolve => {
      this.#video.addEventListener('seeked', resolve, { once: true });
      this.#video.currentTime = Math.max(0, (instantMs - this.clip.start) / 1000);
    });
  }

  /** Plays the loaded clip; false when there is none. */
  play() {
    if (!this.clip) {
      return false;
    }
    this.#video.play().catch(() => this.#onState('error', 'The browser refused to play this recording.'));
    return true;
  }

  pause() {
    this.#video.pause();
  }

  isPlaying() {
    return !this.#video.paused;
  }

  /** ×1–×16; a change between full and keyframe-only clips fetches the other kind at the instant on screen. */
  async setSpeed(speed) {
    const now = this.currentInstant();
    const wasPlaying = !this.#video.paused;
    this.speed = speed;
    this.#video.defaultPlaybackRate = speed;
    this.#video.playbackRate = speed;
    if (now !== null && this.clip.keyframes !== this.keyframesOnly()) {
      await this.show(now);
      if (wasPlaying) {
        this.play();
      }
    }
  }

  /** Play on: the next clip starts where this one ended (if anything was recorded after it). */
  async #playOn() {
    if (this.clip && this.clip.end < Date.now() - 1000) {
      await this.show(this.clip.end);
      this.play();
    }
  }

  #replaceClip(clip) {
    if (this.clip) {
      URL.revokeObjectURL(this.clip.url);
    }
    this.clip = clip;
    this.#video.dataset.clipStart = new Date(clip.start).toISOString();
    this.#video.dataset.keyframes = String(clip.keyframes);
    this.#video.dataset.transcoded = clip.transcoded; // "h264" when the recorder re-encoded H.265 for this browser
    this.#video.src = clip.url;
    this.#video.defaultPlaybackRate = this.speed; // a new source starts at the default rate
    this.#video.playbackRate = this.speed;
  }

  #loaded() {
    return new Promise((resolve, reject) => {
      this.#video.addEventListener('loadeddata', resolve, { once: true });
      this.#video.addEventListener('error',
        () => reject(new UserFacingError('The browser could not decode this recording.')), { once: true });
    });
  }
}
