/**
 * Smart search on the playback page: the operator draws one or more rectangles on the picture of the selected camera
 * (drawing mode: the "Region" button or R; Esc leaves it), picks a time range (empty = the timeline's range) and gets
 * the intervals in which the recorder saw motion there. Hits are listed and marked on the timeline; clicking one plays
 * back from its start.
 *
 * With a view on screen every camera of the view the operator may play back is searched at once, each in the region
 * drawn on its own tile (select the tile, then draw) or, without one, in its whole picture, as XProtect's search does
 * across cameras. Hits say their camera; clicking one selects that camera's tile and plays the view from the hit.
 *
 * The recorder answers from its motion metadata: GET motionUrl&from=ISO&to=ISO&region=x1,y1;x2,y2 with the page's
 * playback ticket (docs/design/motion-detection.md). It looks at a fixed grid of 16×12 cells, counting a cell when
 * its centre lies in the region, so rectangles snap to cell borders: what the operator sees is what is searched.
 * Several rectangles are one request each (the recorder takes one region per request); their hits are merged.
 *
 * The page's playback state stays in playback.js: it hands this module how to read the camera, its playback access
 * and the timeline window, how to call the recorder, and how to seek.
 */

import { UserFacingError } from './web-client-calls.js';
import { drawTimelineMarks, mergeIntervals } from './timeline-marks.js';
import { range } from './recorded-player.js';
import { spansWithin } from './recorder-spans.js';

const GRID_COLUMNS = 16;
const GRID_ROWS = 12;
/** The recorder's limit for one search (TimeRange.MAX_LENGTH). */
const MAX_RANGE_MS = 24 * 3600_000;
const MAX_RECTANGLES = 8;
/** The list shows this many hits; all of them are marked on the timeline. */
const MAX_LISTED = 200;

/**
 * @param callRecorder (url) → the recorder's Response; throws UserFacingError when the recorder is down or refuses
 * @param playback {
 *   camera(): {id, name}|null — the camera whose picture regions are drawn on (the single one, the selected tile's),
 *   cameras(): [{id, name}] — the cameras searched (the single one, or the view's cameras that may be played back),
 *   picture(): HTMLVideoElement|null — where camera() is shown,
 *   access(cameraId): Promise<{motionUrl, snapshotUrl}|null>,
 *   window(): {from, to}|null, seek(ms, cameraId), fromLocalInput(value): ms|NaN}
 */
export function smartSearchPanel(callRecorder, playback) {
  const panel = document.getElementById('smart-search');
  const form = document.getElementById('smart-search-form');
  const drawButton = document.getElementById('smart-search-draw');
  const status = document.getElementById('smart-search-status');
  const hitList = document.getElementById('motion-hits');
  const marks = document.getElementById('timeline-motion');
  const overlay = document.getElementById('motion-region');
  // camera id → rectangles in normalised picture coordinates {x1, y1, x2, y2}, snapped to cell borders
  const regions = new Map();
  let hits = []; // {camera: {id, name}, start, end}
  let drawing = null; // the rectangle being dragged: {start: {x, y}, element}
  let generation = 0; // one per search: answers for an older camera or search are dropped

  function say(state, message) {
    panel.dataset.state = state;
    status.textContent = message ?? '';
    status.classList.toggle('notice--bad', state === 'error');
  }

  /* ---------- the region, drawn on the picture ---------- */

  /** The rectangles drawn on the picture on screen (the single camera's, or the selected tile's). */
  function rectangles() {
    return regions.get(playback.camera()?.id) ?? [];
  }

  /**
   * Where the picture is inside its <video> box (object-fit: contain leaves bars), relative to the stage the overlay
   * is placed in: the single camera's video fills the stage, a view's tile is one cell of it.
   */
  function pictureBox(video) {
    const frame = video.getBoundingClientRect();
    const stage = overlay.parentElement.getBoundingClientRect();
    const ratio = video.videoWidth && video.videoHeight ? video.videoWidth / video.videoHeight : 16 / 9;
    const pictureWidth = Math.min(frame.width, frame.height * ratio);
    const pictureHeight = Math.min(frame.height, frame.width / ratio);
    return { left: frame.left - stage.left + (frame.width - pictureWidth) / 2,
      top: frame.top - stage.top + (frame.height - pictureHeight) / 2, width: pictureWidth, height: pictureHeight };
  }

  function placeOverlay() {
    const video = playback.picture();
    if (!video) {
      return;
    }
    const box = pictureBox(video);
    Object.assign(overlay.style, { left: `${box.left}px`, top: `${box.top}px`, width: `${box.width}px`,
      height: `${box.height}px` });
  }

  /** The grid point nearest to the pointer, in normalised picture coordinates. */
  function pointAt(event) {
    const box = overlay.getBoundingClientRect();
    const clamp = value => Math.min(1, Math.max(0, value));
    return { x: clamp((event.clientX - box.left) / box.width), y: clamp((event.clientY - box.top) / box.height) };
  }

  /** The cells the drag touched, as a rectangle on cell borders; a click is one cell. */
  function snapped(a, b) {
    const column = x => Math.min(GRID_COLUMNS - 1, Math.floor(x * GRID_COLUMNS));
    const row = y => Math.min(GRID_ROWS - 1, Math.floor(y * GRID_ROWS));
    return {
      x1: Math.min(column(a.x), column(b.x)) / GRID_COLUMNS, y1: Math.min(row(a.y), row(b.y)) / GRID_ROWS,
      x2: (Math.max(column(a.x), column(b.x)) + 1) / GRID_COLUMNS, y2: (Math.max(row(a.y), row(b.y)) + 1) / GRID_ROWS,
    };
  }

  function rectangleElement(rectangle, className) {
    const element = document.createElement('div');
    element.className = className;
    placeRectangle(element, rectangle);
    return element;
  }

  function placeRectangle(element, { x1, y1, x2, y2 }) {
    Object.assign(element.style, { left: `${100 * x1}%`, top: `${100 * y1}%`, width: `${100 * (x2 - x1)}%`,
      height: `${100 * (y2 - y1)}%` });
  }

  function drawRegion() {
    placeOverlay();
    overlay.replaceChildren(...rectangles().map(r => rectangleElement(r, 'motion-rectangle')));
    overlay.hidden = (rectangles().length === 0 && !isDrawing()) || !playback.picture();
    panel.dataset.rectangles = String(rectangles().length);
  }

  /**
   * With no recorded picture on screen, the region is drawn on a still of the camera's latest recording (the
   * recorder's snapshot route): the operator must see the scene to mark a part of it.
   */
  async function showStillUnlessPlaying() {
    const camera = playback.camera();
    if (!camera || playback.picture()?.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA) {
      overlay.style.removeProperty('--still');
      return;
    }
    try {
      const access = await playback.access(camera.id);
      const at = new Date((playback.window()?.to ?? Date.now()) - 5_000).toISOString();
      overlay.style.setProperty('--still', `url("${access.snapshotUrl}&at=${encodeURIComponent(at)}")`);
    } catch {
      // no still: the grid alone still places the region
    }
  }

  function isDrawing() {
    return overlay.classList.contains('is-drawing');
  }

  function setDrawing(on) {
    if (on && !playback.camera()) {
      say('error', 'Pick a camera first: the region is drawn on its picture.');
      return;
    }
    overlay.classList.toggle('is-drawing', on);
    drawButton.setAttribute('aria-pressed', String(on));
    drawRegion();
    if (on) {
      showStillUnlessPlaying();
      say('idle', rectangles().length >= MAX_RECTANGLES
        ? `At most ${MAX_RECTANGLES} rectangles: clear the region to start again.`
        : 'Drag over the picture to mark where to look for motion (R or Esc when done).');
    } else if (panel.dataset.state === 'idle') {
      say('idle', rectangles().length ? 'Search to find motion in the marked region.' : '');
    }
  }

  overlay.addEventListener('pointerdown', event => {
    if (!isDrawing() || rectangles().length >= MAX_RECTANGLES) {
      return;
    }
    event.preventDefault();
    overlay.setPointerCapture(event.pointerId);
    const start = pointAt(event);
    drawing = { start, element: rectangleElement(snapped(start, start), 'motion-rectangle is-new') };
    overlay.append(drawing.element);
  });
  overlay.addEventListener('pointermove', event => {
    if (drawing) {
      placeRectangle(drawing.element, snapped(drawing.start, pointAt(event)));
    }
  });
  overlay.addEventListener('pointerup', event => {
    if (!drawing) {
      return;
    }
    const camera = playback.camera();
    regions.set(camera.id, [...rectangles(), snapped(drawing.start, pointAt(event))]);
    drawing = null;
    drawRegion();
    say('idle', 'Search to find motion in the marked region, or drag again to add to it.');
  });
  overlay.addEventListener('pointercancel', () => {
    drawing = null;
    drawRegion();
  });
  // Media events do not bubble: caught on their way down, for whichever video shows the drawn-on camera.
  document.addEventListener('loadedmetadata', event => {
    if (event.target === playback.picture()) {
      drawRegion();
    }
  }, true);
  document.addEventListener('loadeddata', event => {
    if (event.target === playback.picture()) {
      overlay.style.removeProperty('--still');
    }
  }, true);
  window.addEventListener('resize', drawRegion);

  /* ---------- the search ---------- */

  /** The form's range, or the timeline's when the form is left empty. */
  function searchRange() {
    const from = playback.fromLocalInput(form.elements.from.value);
    const to = playback.fromLocalInput(form.elements.to.value);
    const window = playback.window();
    return {
      from: Number.isNaN(from) ? window?.from : from,
      to: Number.isNaN(to) ? window?.to : to,
    };
  }

  function regionParameter({ x1, y1, x2, y2 }) {
    const number = value => String(Math.round(value * 10_000) / 10_000);
    return `${number(x1)},${number(y1)};${number(x2)},${number(y2)}`;
  }

  async function search(event) {
    event.preventDefault();
    const cameras = playback.cameras();
    if (cameras.length === 0) {
      say('error', 'Pick a camera first.');
      return;
    }
    const { from, to } = searchRange();
    if (from === undefined || to === undefined) {
      say('error', 'Type the range to search, or wait for the timeline to load.');
      return;
    }
    if (to <= from) {
      say('error', 'The end of the range must be after its start.');
      return;
    }
    if (to - from > MAX_RANGE_MS) {
      say('error', 'Smart search covers at most 24 hours at a time: narrow the range.');
      return;
    }
    const searchGeneration = ++generation;
    say('searching', cameras.length === 1 ? 'Searching for motion…'
      : `Searching for motion on ${cameras.length} cameras…`);
    // One camera failing (its recorder down, say) does not hide what the others found.
    const outcomes = await Promise.allSettled(cameras.map(camera => searchCamera(camera, from, to)));
    if (searchGeneration !== generation) {
      return; // another search or camera meanwhile
    }
    const found = outcomes.filter(outcome => outcome.status === 'fulfilled').map(outcome => outcome.value);
    const failed = outcomes.flatMap((outcome, i) => outcome.status === 'rejected'
      ? [{ camera: cameras[i], reason: outcome.reason }] : []);
    if (found.length === 0) {
      const reason = failed[0].reason;
      say('error', reason instanceof UserFacingError ? reason.message : 'The search failed.');
      return;
    }
    showHits(found, failed, { from, to });
  }

  /** {camera, intervals, truncated}: the camera's motion in its drawn rectangles, or anywhere without any. */
  async function searchCamera(camera, from, to) {
    const access = await playback.access(camera.id);
    if (!access?.motionUrl) {
      throw new UserFacingError('This server does not offer smart search.');
    }
    const drawn = regions.get(camera.id) ?? [];
    const regionParameters = drawn.length ? drawn.map(regionParameter) : [null];
    // After a move, each recorder the camera was on holds the motion of its own period (recorder-spans.js).
    const requests = spansWithin(access, from, to).flatMap(part => regionParameters.map(region => range(part.motionUrl,
      part.fromMs, part.toMs) + (region ? `&region=${encodeURIComponent(region)}` : '')));
    const answers = await Promise.all(requests.map(async url => (await callRecorder(url)).json()));
    return { camera, intervals: mergeIntervals(answers.flatMap(answer => answer.intervals)),
      truncated: answers.some(answer => answer.truncated) };
  }

  function showHits(found, failed, { from, to }) {
    const severalCameras = found.length + failed.length > 1;
    hits = found.flatMap(({ camera, intervals }) => intervals.map(interval => ({ camera, ...interval })))
      .sort((a, b) => a.start - b.start);
    hitList.replaceChildren(...hits.slice(0, MAX_LISTED).map(hit => hitEntry(hit, severalCameras)));
    hitList.dataset.count = String(hits.length);
    drawMarks();
    const range = `between ${new Date(from).toLocaleString()} and ${new Date(to).toLocaleString()}`;
    const unsearched = failed.length === 0 ? ''
      : ` Not searched, their recorder did not answer: ${failed.map(({ camera }) => camera.name).join(', ')}.`;
    const truncated = found.some(result => result.truncated)
      ? ' The recorder stopped counting there: narrow the range or the region to see the rest.' : '';
    const listed = hits.length > MAX_LISTED ? ` The first ${MAX_LISTED} are listed.` : '';
    const count = `${hits.length} ${hits.length === 1 ? 'interval' : 'intervals'} with motion`;
    if (!severalCameras) {
      const where = rectangles().length ? 'in the marked region' : 'anywhere in the picture';
      say(hits.length ? 'hits' : 'none', hits.length ? `${count} ${where} ${range}.${listed}${truncated}`
        : `No motion ${where} ${range}. Motion is only found on cameras with motion detection on.`);
      return;
    }
    const marked = found.filter(({ camera }) => regions.get(camera.id)?.length).length;
    const where = marked === 0 ? 'anywhere in their pictures'
      : marked === found.length ? 'in their marked regions'
        : 'in their marked regions (the whole picture where none is marked)';
    const withMotion = new Set(hits.map(hit => hit.camera.id)).size;
    say(hits.length ? 'hits' : 'none', (hits.length
      ? `${count} on ${withMotion} of ${found.length} cameras ${where} ${range}.${listed}${truncated}`
      : `No motion on the ${found.length} cameras searched ${where} ${range}. Motion is only found on cameras `
        + 'with motion detection on.') + unsearched);
  }

  function hitEntry(hit, withCamera) {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'motion-hit';
    button.dataset.start = new Date(hit.start).toISOString();
    button.dataset.end = new Date(hit.end).toISOString();
    button.dataset.cameraId = hit.camera.id;
    const seconds = Math.round((hit.end - hit.start) / 1000);
    const when = `${new Date(hit.start).toLocaleString()} · ${seconds} s`;
    button.textContent = withCamera ? `${hit.camera.name} · ${when}` : when;
    button.title = 'Play back from here';
    button.addEventListener('click', () => playback.seek(hit.start, hit.camera.id));
    item.append(button);
    return item;
  }

  /** One mark per hit within the timeline's window, orange, apart from recordings, gaps and bookmarks. */
  function drawMarks() {
    drawTimelineMarks(marks, playback.window(), hits.map(hit => ({
      start: hit.start,
      end: hit.end,
      className: 'timeline-motion-hit',
      title: `${hit.camera.name}: motion from ${new Date(hit.start).toLocaleTimeString()} to `
        + `${new Date(hit.end).toLocaleTimeString()}`,
      data: { cameraId: hit.camera.id },
    })), (start, mark) => playback.seek(start, mark.data.cameraId));
  }

  function clearHits() {
    generation++;
    hits = [];
    hitList.replaceChildren();
    hitList.dataset.count = '0';
    marks.replaceChildren();
  }

  function clearRegion() {
    regions.delete(playback.camera()?.id);
    drawRegion();
    if (panel.dataset.state !== 'searching') {
      say('idle', isDrawing() ? 'Drag over the picture to mark where to look for motion.' : '');
    }
  }

  form.addEventListener('submit', search);
  drawButton.addEventListener('click', () => setDrawing(!isDrawing()));
  document.getElementById('smart-search-clear').addEventListener('click', clearRegion);
  document.addEventListener('keydown', event => {
    const typing = event.target.closest('input, textarea, select, [contenteditable="true"]');
    if (typing || event.ctrlKey || event.metaKey || event.altKey) {
      return;
    }
    if (event.key.toLowerCase() === 'r') {
      event.preventDefault();
      setDrawing(!isDrawing());
    } else if (event.key === 'Escape' && isDrawing()) {
      setDrawing(false);
    }
  });
  say('idle', '');

  return {
    /** When the camera or the view changes: regions and hits of other scenes mean nothing. */
    clear() {
      clearHits();
      regions.clear();
      overlay.style.removeProperty('--still');
      setDrawing(false);
      say('idle', '');
    },
    /** Another tile of the view was selected: its own region is drawn over its picture (regions and hits stay). */
    focusChanged() {
      overlay.style.removeProperty('--still');
      drawRegion();
      if (isDrawing()) {
        showStillUnlessPlaying();
      }
    },
  };
}
