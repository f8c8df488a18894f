/**
 * The playback page: recorded video of one camera, or of all cameras of a view in sync (view-playback.js), at a
 * chosen instant; bookmarks (playback-bookmarks.js), smart search (smart-search.js), export to MP4, evidence locks.
 *
 * One camera plays in a RecordedPlayer (recorded-player.js: short MP4 clips from the camera's recorder, fetched with
 * the playback ticket of GET playback-access?camera=ID); a view plays one RecordedPlayer per tile on a shared clock.
 * The toolbar (instant, play/pause, speed, steps) and the timeline drive whichever of the two is on screen.
 *
 * The page's state is mirrored on <main data-state>: idle, loading, showing, error — for people and for tests.
 */

import { UserFacingError, callWebClient as callPageEndpoint } from './web-client-calls.js';
import { bookmarkPanel } from './playback-bookmarks.js';
import { smartSearchPanel } from './smart-search.js';
import { RecordedPlayer, callRecorder, range } from './recorded-player.js';
import { listAcrossRecorders } from './recorder-spans.js';
import { drawMotionActivity } from './timeline-activity.js';
import { ViewPlayback } from './view-playback.js';
import { ViewPicker } from './views.js';
import { playbackSound } from './playback-sound.js';

const TIMELINE_HOURS = 2;

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
const activity = document.getElementById('timeline-activity');
const speedSelect = document.getElementById('playback-speed');
playbackSound(video, document.getElementById('playback-sound'));

const state = {
  camera: null,        // {id, name} of the single camera on screen
  window: null,        // timeline range {from: ms, to: ms}
  requested: null,     // the instant last asked for (ms), shown until a clip plays
  view: null,          // the ViewPlayback while a view is on screen
};

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

const player = new RecordedPlayer(video, callWebClient, setState);

function playbackAccess() {
  return player.access();
}

/** The camera bookmarks and evidence locks are made on: the single camera, or the view's selected tile. */
function focusedCamera() {
  return state.camera ?? state.view?.selectedCamera() ?? null;
}

/** {id, name} of every camera on screen. */
function camerasOnScreen() {
  return state.camera ? [state.camera] : state.view?.cameras() ?? [];
}

/** Ticks the export's cameras for what is on screen; the operator may change the choice before exporting. */
function preselectExport() {
  const onScreen = new Set(camerasOnScreen().map(camera => camera.id));
  exportForm.querySelectorAll('input[name="camera"]').forEach(box => { box.checked = onScreen.has(box.value); });
}

/** What the toolbar and the timeline drive: the view on screen, or the single camera. */
function playing() {
  return state.view ?? player;
}

/* ---------- timeline ---------- */

/**
 * Draws what the cameras recorded in the last hours: one camera's spans and gaps, or a view's spans together (a
 * view's cameras whose recorder is down are left out; their tiles say so), and under them the motion detected. A period held by a recorder that does
 * not answer (a moved camera's old recorder, say) is drawn as unavailable rather than failing the whole timeline.
 * Returns the notice that says so, or null.
 */
async function drawTimeline(accesses) {
  const to = Date.now();
  const from = to - TIMELINE_HOURS * 3600_000;
  state.window = { from, to };
  // A camera moved to another recorder keeps its older recordings on the old one: each lists its own part.
  const answers = await Promise.allSettled(accesses.map(access => listAcrossRecorders(access, from, to,
    async (url, partFrom, partTo) => (await callRecorder(range(url, partFrom, partTo))).json())));
  const listings = answers.filter(answer => answer.status === 'fulfilled').map(answer => answer.value);
  if (listings.length === 0 && answers.length > 0) {
    throw answers[0].reason;
  }
  const spans = listings.flatMap(listing => listing.spans);
  const gaps = listings.length === 1 ? listings[0].gaps : []; // one camera's gap may be another's recording
  const unavailable = listings.flatMap(listing => listing.unavailable)
    .map(part => ({ from: new Date(part.fromMs).toISOString(), to: new Date(part.toMs).toISOString() }));
  track.replaceChildren(...spans.map(span => bar('timeline-span', span, from, to)),
    ...gaps.map(gap => bar('timeline-gap', gap, from, to)),
    ...unavailable.map(part => bar('timeline-unavailable', part, from, to)));
  labels.replaceChildren(...Array.from({ length: TIMELINE_HOURS * 4 + 1 }, (_, i) => {
    const label = document.createElement('span');
    const at = from + i * 900_000;
    label.style.left = `${(100 * (at - from)) / (to - from)}%`;
    label.textContent = new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
    return label;
  }));
  track.dataset.spans = String(spans.length);
  track.dataset.unavailable = String(unavailable.length);
  drawMotionActivity(activity, accesses, state.window, show); // its own pace: the recordings are on screen already
  return unavailable.length === 0 ? null
    : 'Part of the timeline is hatched: the recorder holding those recordings does not answer, so they cannot be '
      + 'listed or played now.';
}

const BAR_TITLES = {
  'timeline-span': 'Recorded',
  'timeline-gap': 'Not recorded',
  'timeline-unavailable': 'Recorder not answering',
};

function bar(kind, span, from, to) {
  const element = document.createElement('div');
  element.className = kind;
  const start = Math.max(Date.parse(span.from), from);
  const end = Math.min(Date.parse(span.to), to);
  element.style.left = `${(100 * (start - from)) / (to - from)}%`;
  element.style.width = `${Math.max(0.1, (100 * (end - start)) / (to - from))}%`;
  element.title = `${BAR_TITLES[kind]}: ${new Date(start).toLocaleString()} – ${new Date(end).toLocaleTimeString()}`;
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
  return playing().currentInstant();
}

async function show(instantMs) {
  if (!state.camera && !state.view) {
    setState('error', 'Pick a camera or a view first.');
    return;
  }
  state.requested = instantMs;
  instantInput.value = toLocalInput(instantMs);
  moveCursor(instantMs);
  await playing().show(instantMs);
}

/** The clock and the timeline cursor follow the instant on screen. */
function showTime(instantMs) {
  clock.textContent = new Date(instantMs).toLocaleString();
  moveCursor(instantMs);
}

/** Pauses and shows the frame `seconds` away from the one on screen. */
function step(seconds) {
  const now = currentInstant();
  if (now !== null) {
    playing().pause();
    show(now + seconds * 1000);
  }
}

function showPlaying(isPlaying) {
  toggle.textContent = isPlaying ? 'Pause' : 'Play';
}

video.addEventListener('timeupdate', () => {
  const now = player.currentInstant();
  if (now !== null && !state.view) {
    showTime(now);
  }
});
video.addEventListener('play', () => showPlaying(true));
video.addEventListener('pause', () => showPlaying(false));

toggle.addEventListener('click', () => {
  const target = playing();
  if (target.isPlaying()) {
    target.pause();
  } else {
    target.play();
  }
});
speedSelect.addEventListener('change', () => playing().setSpeed(Number(speedSelect.value)));
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
  leaveView();
  document.querySelectorAll('.camera[aria-pressed="true"]').forEach(b => b.setAttribute('aria-pressed', 'false'));
  button.setAttribute('aria-pressed', 'true');
  state.camera = { id: button.dataset.cameraId, name: button.dataset.cameraName };
  state.requested = null;
  player.setCamera(state.camera);
  bookmarks.clear();
  smartSearch.clear();
  document.getElementById('playback-camera').textContent = state.camera.name;
  setState('loading', 'Loading the recordings of the last hours…');
  try {
    const unavailable = await drawTimeline([await playbackAccess()]);
    preselectExport();
    await bookmarks.load();
    setState('idle', unavailable ?? 'Click the timeline or type an instant.');
  } catch (e) {
    setState('error', e instanceof UserFacingError ? e.message : 'The recordings could not be listed.');
  }
}

document.querySelectorAll('.camera-panel .camera').forEach(button =>
  button.addEventListener('click', () => selectCamera(button)));

/* ---------- a view, played back in sync ---------- */

const viewGrid = document.getElementById('view-playback');
const viewPicker = new ViewPicker(document.getElementById('view-select'), document.getElementById('view-status'),
  view => openView(view));

/** Puts the view's cameras on screen at the instant of the single camera (if any), all on one clock. */
async function openView(view) {
  const instant = state.view?.currentInstant() ?? player.currentInstant() ?? state.requested;
  player.pause();
  player.setCamera(null);
  state.camera = null;
  bookmarks.clear();
  smartSearch.clear();
  document.querySelectorAll('.camera[aria-pressed="true"]').forEach(b => b.setAttribute('aria-pressed', 'false'));
  state.view?.close();
  state.view = new ViewPlayback(viewGrid, callWebClient, { onState: setState, onTime: showTime, onPlaying: showPlaying,
    onSelect: camera => {
      document.getElementById('playback-camera').textContent = `${view.name} · ${camera.name}`;
      smartSearch.focusChanged();
    } });
  state.view.setSpeed(Number(speedSelect.value));
  video.hidden = true;
  viewGrid.hidden = false;
  document.getElementById('playback-camera').textContent = view.name;
  setState('loading', 'Loading the recordings of the view…');
  try {
    const accesses = await state.view.open(view);
    const unavailable = await drawTimeline(accesses);
    preselectExport();
    await bookmarks.load();
    if (instant !== null) {
      await show(instant);
    } else {
      setState('idle', unavailable ?? 'Click the timeline or type an instant: all cameras of the view play it together.');
    }
  } catch (e) {
    setState('error', e instanceof UserFacingError ? e.message : 'The recordings could not be listed.');
  }
}

function leaveView() {
  if (state.view) {
    state.view.close();
    state.view = null;
    viewPicker.leave();
    viewGrid.hidden = true;
    video.hidden = false;
    showPlaying(false);
  }
}

viewPicker.start();

/* ---------- bookmarks ---------- */

const bookmarks = bookmarkPanel(callWebClient, {
  camera: focusedCamera,
  cameras: camerasOnScreen,
  instant: () => currentInstant() ?? state.requested,
  window: () => state.window,
  seek: show,
});

/* ---------- smart search ---------- */

/** A view searches all its cameras, each in the region drawn on its tile; a hit selects its camera's tile. */
const smartSearch = smartSearchPanel(callRecorder, {
  camera: focusedCamera,
  cameras: camerasOnScreen,
  picture: () => (state.view ? state.view.selectedPicture() : video),
  access: cameraId => (state.view ? state.view.access(cameraId) : playbackAccess()),
  window: () => state.window,
  seek: (instantMs, cameraId) => {
    state.view?.selectCamera(cameraId);
    return show(instantMs);
  },
  fromLocalInput,
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
  const camera = focusedCamera();
  if (!camera) {
    lockStatus.textContent = 'Pick a camera (or a tile of a view) first.';
    return;
  }
  try {
    await callWebClient('evidence-locks', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        cameraId: camera.id,
        from: new Date(fromLocalInput(lockForm.elements.from.value)).toISOString(),
        to: new Date(fromLocalInput(lockForm.elements.to.value)).toISOString(),
        reason: lockForm.elements.reason.value,
      }),
    });
    lockStatus.textContent = `Locked on ${camera.name}.`;
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
