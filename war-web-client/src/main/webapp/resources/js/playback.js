/**
 * The playback page: recorded video of one camera at a chosen instant, bookmarks (playback-bookmarks.js), export to
 * MP4, evidence locks.
 *
 * Recorded video is shown as short MP4 clips: the page asks the web client for a playback ticket
 * (GET playback-access?camera=ID → recorder URLs), then fetches the clip [instant − 5 s, instant + 25 s] from the
 * camera's recorder (/playback/{camera}, the export format cut at keyframes) as a blob into a <video>, and seeks to
 * the instant. Why clips rather than a streamed session: a blob is a complete, seekable MP4, so seeking and stepping
 * are the browser's own, and the recorder needs no per-viewer session state (see docs/design/playback.md).
 * Playing on past a clip's end fetches the next one.
 *
 * Speeds ×1–×8 play the full clip faster (and fetch a correspondingly longer one); ×16 switches to keyframe-only
 * clips (&keyframes=true: one frame per GOP on the same timeline, up to an hour per request), which keeps fast-forward
 * cheap for the recorder, the network and the decoder.
 *
 * The page's state is mirrored on <main data-state>: idle, loading, showing, error — for people and for tests.
 */

import { UserFacingError, callWebClient as callPageEndpoint } from './web-client-calls.js';
import { bookmarkPanel } from './playback-bookmarks.js';

const TIMELINE_HOURS = 2;
const CLIP_BEFORE_MS = 5_000;
const CLIP_AFTER_MS = 25_000;
const TICKET_MARGIN_MS = 10_000;
/** From this speed on, clips hold only keyframes (Chromium plays at most ×16). */
const KEYFRAME_SPEED = 16;
const KEYFRAME_CLIP_MS = 10 * 60_000;

const page = document.getElementById('playback');
const context = page.dataset.context;
const video = document.getElementById('playback-video');
const status = document.getElementById('playback-status');
const instantInput = document.getElementById('playback-instant');
const clock = document.getElementById('playback-clock');
const toggle = document.getElementById('playback-toggle');
const track = document.getElementById('timeline-track');
const cursor = document.getElementById('timeline-cursor');
const labels = document.getElementById('timeline-labels');
const speedSelect = document.getElementById('playback-speed');

const state = {
  camera: null,        // {id, name}
  access: null,        // playback access: {recordingsUrl, clipUrl, expiresAt}
  clip: null,          // {start: ms, end: ms, url: object URL}
  window: null,        // timeline range {from: ms, to: ms}
  generation: 0,       // one per requested instant: answers to older requests are ignored
  requested: null,     // the instant last asked for (ms), shown until a clip plays
  speed: 1,
};

function keyframesOnly() {
  return state.speed >= KEYFRAME_SPEED;
}

function setState(name, message) {
  page.dataset.state = name;
  status.textContent = message ?? '';
  status.hidden = !message;
  status.classList.toggle('notice--bad', name === 'error');
}

/** The web client's own JSON endpoints, relative to this page's context. */
function callWebClient(path, init) {
  return callPageEndpoint(context, path, init);
}

/** Fetches from the camera's recorder; a network failure means the recorder is down or unreachable. */
async function callRecorder(url) {
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
      throw new UserFacingError('Nothing was recorded at this time.');
    }
    throw new UserFacingError(body.error ?? `The recorder answered ${response.status}.`);
  }
  return response;
}

async function playbackAccess() {
  if (!state.access || Date.parse(state.access.expiresAt) - Date.now() < TICKET_MARGIN_MS) {
    state.access = await callWebClient(`playback-access?camera=${encodeURIComponent(state.camera.id)}`);
  }
  return state.access;
}

function range(url, fromMs, toMs) {
  return `${url}&from=${encodeURIComponent(new Date(fromMs).toISOString())}`
    + `&to=${encodeURIComponent(new Date(toMs).toISOString())}`;
}

/* ---------- timeline ---------- */

async function drawTimeline() {
  const to = Date.now();
  const from = to - TIMELINE_HOURS * 3600_000;
  state.window = { from, to };
  const access = await playbackAccess();
  const recordings = await (await callRecorder(range(access.recordingsUrl, from, to))).json();
  track.replaceChildren(...recordings.spans.map(span => bar('timeline-span', span, from, to)),
    ...recordings.gaps.map(gap => bar('timeline-gap', gap, from, to)));
  labels.replaceChildren(...Array.from({ length: TIMELINE_HOURS * 4 + 1 }, (_, i) => {
    const label = document.createElement('span');
    const at = from + i * 900_000;
    label.style.left = `${(100 * (at - from)) / (to - from)}%`;
    label.textContent = new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
    return label;
  }));
  track.dataset.spans = String(recordings.spans.length);
}

function bar(kind, span, from, to) {
  const element = document.createElement('div');
  element.className = kind;
  const start = Math.max(Date.parse(span.from), from);
  const end = Math.min(Date.parse(span.to), to);
  element.style.left = `${(100 * (start - from)) / (to - from)}%`;
  element.style.width = `${Math.max(0.1, (100 * (end - start)) / (to - from))}%`;
  element.title = `${kind === 'timeline-span' ? 'Recorded' : 'Not recorded'}: `
    + `${new Date(start).toLocaleString()} – ${new Date(end).toLocaleTimeString()}`;
  return element;
}

function moveCursor(instantMs) {
  if (!state.window) {
    return;
  }
  const { from, to } = state.window;
  cursor.hidden = instantMs < from || instantMs > to;
  cursor.style.left = `${(100 * (instantMs - from)) / (to - from)}%`;
}

document.getElementById('timeline').addEventListener('click', event => {
  if (!state.window) {
    return;
  }
  const box = track.getBoundingClientRect();
  const fraction = Math.min(1, Math.max(0, (event.clientX - box.left) / box.width));
  show(state.window.from + fraction * (state.window.to - state.window.from));
});

/* ---------- recorded video at an instant ---------- */

function currentInstant() {
  return state.clip ? state.clip.start + video.currentTime * 1000 : null;
}

async function show(instantMs) {
  if (!state.camera) {
    setState('error', 'Pick a camera first.');
    return;
  }
  const generation = ++state.generation;
  state.requested = instantMs;
  instantInput.value = toLocalInput(instantMs);
  moveCursor(instantMs);
  if (state.clip && state.clip.keyframes === keyframesOnly()
      && instantMs >= state.clip.start && instantMs < state.clip.end - 500) {
    await seek(instantMs);
    setState('showing');
    return;
  }
  setState('loading', 'Loading recorded video…');
  try {
    const access = await playbackAccess();
    const keyframes = keyframesOnly();
    const end = Math.min(instantMs + (keyframes ? KEYFRAME_CLIP_MS : CLIP_AFTER_MS * state.speed), Date.now());
    const url = range(access.clipUrl, instantMs - CLIP_BEFORE_MS, Math.max(end, instantMs + 1000));
    const response = await callRecorder(keyframes ? `${url}&keyframes=true` : url);
    const start = Date.parse(response.headers.get('X-Argus-Export-Start'));
    const blob = await response.blob();
    if (generation !== state.generation) {
      return; // the operator asked for another instant meanwhile
    }
    replaceClip({ start, end: Date.parse(response.headers.get('X-Argus-Export-End')), url: URL.createObjectURL(blob),
      keyframes });
    await loaded();
    await seek(instantMs);
    // The clip starts at the keyframe at or before the instant, unless nothing was recorded then.
    setState('showing', instantMs < start - 1000
      ? `Nothing was recorded at this time; showing the next recording, from ${new Date(start).toLocaleTimeString()}.`
      : null);
  } catch (e) {
    if (generation === state.generation) {
      setState('error', e instanceof UserFacingError ? e.message : 'This recording could not be played.');
    }
  }
}

function replaceClip(clip) {
  if (state.clip) {
    URL.revokeObjectURL(state.clip.url);
  }
  state.clip = clip;
  video.dataset.clipStart = new Date(clip.start).toISOString();
  video.dataset.keyframes = String(clip.keyframes);
  video.src = clip.url;
  video.defaultPlaybackRate = state.speed; // a new source starts at the default rate
  video.playbackRate = state.speed;
}

function loaded() {
  return new Promise((resolve, reject) => {
    video.addEventListener('loadeddata', resolve, { once: true });
    video.addEventListener('error', () => reject(new UserFacingError('The browser could not decode this recording.')),
      { once: true });
  });
}

function seek(instantMs) {
  return new Promise(resolve => {
    video.addEventListener('seeked', resolve, { once: true });
    video.currentTime = Math.max(0, (instantMs - state.clip.start) / 1000);
  });
}

function step(seconds) {
  const now = currentInstant();
  if (now !== null) {
    video.pause();
    show(now + seconds * 1000);
  }
}

video.addEventListener('timeupdate', () => {
  const now = currentInstant();
  if (now !== null) {
    clock.textContent = new Date(now).toLocaleString();
    moveCursor(now);
  }
});
video.addEventListener('play', () => { toggle.textContent = 'Pause'; });
video.addEventListener('pause', () => { toggle.textContent = 'Play'; });
video.addEventListener('ended', async () => {
  // Play on: the next clip starts where this one ended (if anything was recorded after it).
  if (state.clip && state.clip.end < Date.now() - 1000) {
    await show(state.clip.end);
    video.play().catch(() => {});
  }
});

toggle.addEventListener('click', () => {
  if (!state.clip) {
    return;
  }
  if (video.paused) {
    video.play().catch(() => setState('error', 'The browser refused to play this recording.'));
  } else {
    video.pause();
  }
});
speedSelect.addEventListener('change', async () => {
  const now = currentInstant();
  const wasPlaying = !video.paused;
  state.speed = Number(speedSelect.value);
  video.defaultPlaybackRate = state.speed;
  video.playbackRate = state.speed;
  if (now !== null && state.clip.keyframes !== keyframesOnly()) {
    await show(now); // another kind of clip: fetch it at the instant on screen
    if (wasPlaying) {
      video.play().catch(() => {});
    }
  }
});
document.getElementById('playback-back').addEventListener('click', () => step(-1));
document.getElementById('playback-forward').addEventListener('click', () => step(1));
document.getElementById('playback-go').addEventListener('click', () => {
  const instant = fromLocalInput(instantInput.value);
  if (Number.isNaN(instant)) {
    setState('error', 'Type an instant, or click the timeline.');
  } else {
    show(instant);
  }
});

async function selectCamera(button) {
  document.querySelectorAll('.camera[aria-pressed="true"]').forEach(b => b.setAttribute('aria-pressed', 'false'));
  button.setAttribute('aria-pressed', 'true');
  state.camera = { id: button.dataset.cameraId, name: button.dataset.cameraName };
  state.access = null;
  state.clip = null;
  state.requested = null;
  state.generation++;
  bookmarks.clear();
  video.removeAttribute('src');
  document.getElementById('playback-camera').textContent = state.camera.name;
  setState('loading', 'Loading the recordings of the last hours…');
  try {
    await drawTimeline();
    await bookmarks.load();
    setState('idle', 'Click the timeline or type an instant.');
  } catch (e) {
    setState('error', e instanceof UserFacingError ? e.message : 'The recordings could not be listed.');
  }
}

document.querySelectorAll('.camera-panel .camera').forEach(button =>
  button.addEventListener('click', () => selectCamera(button)));

/* ---------- bookmarks ---------- */

const bookmarks = bookmarkPanel(callWebClient, {
  camera: () => state.camera,
  instant: () => currentInstant() ?? state.requested,
  window: () => state.window,
  seek: show,
});

/* ---------- export ---------- */

const exportForm = document.getElementById('export-form');
const exportProgress = document.getElementById('export-progress');
const exportStatus = document.getElementById('export-status');

exportForm.addEventListener('submit', async event => {
  event.preventDefault();
  const from = fromLocalInput(exportForm.elements.from.value);
  const to = fromLocalInput(exportForm.elements.to.value);
  const cameras = [...exportForm.querySelectorAll('input[name="camera"]:checked')].map(box => box.value);
  if (cameras.length === 0) {
    exportStatus.textContent = 'Tick at least one camera.';
    return;
  }
  for (const cameraId of cameras) {
    try {
      exportStatus.textContent = `Exporting ${cameraId}…`;
      const access = await callWebClient(`export-access?camera=${encodeURIComponent(cameraId)}`
        + `&from=${encodeURIComponent(new Date(from).toISOString())}&to=${encodeURIComponent(new Date(to).toISOString())}`);
      const blob = await download(access.exportUrl);
      // The saved file stays readable for a minute at data-file-url: for the operator's browser tools and for tests.
      exportStatus.dataset.fileUrl = saveAs(blob, `${cameraId}-${new Date(from).toISOString().replaceAll(':', '-')}.mp4`);
      exportStatus.textContent = `Exported ${cameraId} (${(blob.size / 1e6).toFixed(1)} MB).`;
    } catch (e) {
      exportStatus.textContent = e instanceof UserFacingError ? e.message : `The export of ${cameraId} failed.`;
      return;
    } finally {
      exportProgress.hidden = true;
    }
  }
});

/** Downloads with a progress bar: the recorder announces the exact length before it sends the file. */
async function download(url) {
  const response = await callRecorder(url);
  const total = Number(response.headers.get('Content-Length')) || 0;
  const reader = response.body.getReader();
  const chunks = [];
  let received = 0;
  exportProgress.hidden = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) {
      break;
    }
    chunks.push(value);
    received += value.length;
    exportProgress.value = total ? received / total : 0;
  }
  if (total && received !== total) {
    throw new UserFacingError('The export was cut short; the recorder may have stopped. Try again.');
  }
  return new Blob(chunks, { type: 'video/mp4' });
}

/** Saves `blob` as the file `name` in the browser's downloads; returns the object URL it was saved from. */
function saveAs(blob, name) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
  return link.href;
}

/* ---------- evidence locks ---------- */

const lockForm = document.getElementById('lock-form');
const lockStatus = document.getElementById('lock-status');
const lockRows = document.querySelector('#lock-list tbody');

async function listLocks() {
  try {
    const locks = await callWebClient('evidence-locks');
    lockRows.replaceChildren(...locks.map(lockRow));
  } catch (e) {
    lockStatus.textContent = e instanceof UserFacingError ? e.message : 'The evidence locks could not be listed.';
  }
}

function lockRow(lock) {
  const row = document.createElement('tr');
  for (const text of [lock.cameraId, new Date(lock.from).toLocaleString(), new Date(lock.to).toLocaleString(),
    lock.reason, lock.createdBy]) {
    const cell = document.createElement('td');
    cell.textContent = text;
    row.append(cell);
  }
  const release = document.createElement('button');
  release.type = 'button';
  release.className = 'button button--quiet';
  release.textContent = 'Release';
  release.addEventListener('click', async () => {
    try {
      await callWebClient(`evidence-locks?id=${encodeURIComponent(lock.id)}`, { method: 'DELETE' });
      await listLocks();
    } catch (e) {
      lockStatus.textContent = e instanceof UserFacingError ? e.message : 'The lock could not be released.';
    }
  });
  const cell = document.createElement('td');
  cell.append(release);
  row.append(cell);
  return row;
}

lockForm.addEventListener('submit', async event => {
  event.preventDefault();
  if (!state.camera) {
    lockStatus.textContent = 'Pick a camera first.';
    return;
  }
  try {
    await callWebClient('evidence-locks', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        cameraId: state.camera.id,
        from: new Date(fromLocalInput(lockForm.elements.from.value)).toISOString(),
        to: new Date(fromLocalInput(lockForm.elements.to.value)).toISOString(),
        reason: lockForm.elements.reason.value,
      }),
    });
    lockStatus.textContent = `Locked on ${state.camera.name}.`;
    await listLocks();
  } catch (e) {
    lockStatus.textContent = e instanceof UserFacingError ? e.message : 'The range could not be locked.';
  }
});

/* ---------- local time in <input type="datetime-local"> ---------- */

function toLocalInput(ms) {
  const date = new Date(ms);
  const pad = n => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
    + `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

function fromLocalInput(value) {
  return value ? new Date(value).getTime() : NaN; // a date-time without offset is local time
}

setState('idle', 'Pick a camera, then click the timeline or type an instant.');
listLocks();

/* ---------- deep link: playback.xhtml?camera=ID&at=ISO (the alarms page's "jump to video") ---------- */

async function openDeepLink() {
  const query = new URLSearchParams(window.location.search);
  const button = [...document.querySelectorAll('.camera-panel .camera')]
    .find(candidate => candidate.dataset.cameraId === query.get('camera'));
  const instant = Date.parse(query.get('at') ?? '');
  if (!button) {
    if (query.has('camera')) {
      setState('error', 'The camera of this link is not in your list: it does not exist or you may not play it back.');
    }
    return;
  }
  await selectCamera(button);
  if (!Number.isNaN(instant)) {
    await show(instant);
  }
}

openDeepLink();
