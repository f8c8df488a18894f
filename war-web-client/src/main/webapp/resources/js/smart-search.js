/**
 * Smart search on the playback page: the operator draws one or more rectangles on the picture of the selected camera
 * (drawing mode: the "Region" button or R; Esc leaves it), picks a time range (empty = the timeline's range) and gets
 * the intervals in which the recorder saw motion there. Hits are listed and marked on the timeline; clicking one plays
 * back from its start.
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
 * @param playback {camera(): {id, name}|null, access(): Promise<{motionUrl}>, window(): {from, to}|null, seek(ms),
 *                  fromLocalInput(value): ms|NaN}
 */
export function smartSearchPanel(callRecorder, playback) {
  const panel = document.getElementById('smart-search');
  const form = document.getElementById('smart-search-form');
  const drawButton = document.getElementById('smart-search-draw');
  const status = document.getElementById('smart-search-status');
  const hitList = document.getElementById('motion-hits');
  const marks = document.getElementById('timeline-motion');
  const video = document.getElementById('playback-video');
  const overlay = document.getElementById('motion-region');
  let rectangles = []; // normalised picture coordinates {x1, y1, x2, y2}, snapped to cell borders
  let hits = [];
  let drawing = null; // the rectangle being dragged: {start: {x, y}, element}
  let generation = 0; // one per search: answers for an older camera or search are dropped

  function say(state, message) {
    panel.dataset.state = state;
    status.textContent = message ?? '';
    status.classList.toggle('notice--bad', state === 'error');
  }

  /* ---------- the region, drawn on the picture ---------- */

  /** Where the picture is inside the <video> box (object-fit: contain leaves bars), relative to the stage. */
  function pictureBox() {
    const width = video.clientWidth;
    const height = video.clientHeight;
    const ratio = video.videoWidth && video.videoHeight ? video.videoWidth / video.videoHeight : 16 / 9;
    const pictureWidth = Math.min(width, height * ratio);
    const pictureHeight = Math.min(height, width / ratio);
    return { left: video.offsetLeft + (width - pictureWidth) / 2, top: video.offsetTop + (height - pictureHeight) / 2,
      width: pictureWidth, height: pictureHeight };
  }

  function placeOverlay() {
    const box = pictureBox();
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
    overlay.replaceChildren(...rectangles.map(r => rectangleElement(r, 'motion-rectangle')));
    overlay.hidden = rectangles.length === 0 && !isDrawing();
    panel.dataset.rectangles = String(rectangles.length);
  }

  /**
   * With no recorded picture on screen, the region is drawn on a still of the camera's latest recording (the
   * recorder's snapshot route): the operator must see the scene to mark a part of it.
   */
  async function showStillUnlessPlaying() {
    if (video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA) {
      overlay.style.removeProperty('--still');
      return;
    }
    try {
      const access = await playback.access();
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
      say('idle', rectangles.length >= MAX_RECTANGLES
        ? `At most ${MAX_RECTANGLES} rectangles: clear the region to start again.`
        : 'Drag over the picture to mark where to look for motion (R or Esc when done).');
    } else if (panel.dataset.state === 'idle') {
      say('idle', rectangles.length ? 'Search to find motion in the marked region.' : '');
    }
  }

  overlay.addEventListener('pointerdown', event => {
    if (!isDrawing() || rectangles.length >= MAX_RECTANGLES) {
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
    rectangles.push(snapped(drawing.start, pointAt(event)));
    drawing = null;
    drawRegion();
    say('idle', 'Search to find motion in the marked region, or drag again to add to it.');
  });
  overlay.addEventListener('pointercancel', () => {
    drawing = null;
    drawRegion();
  });
  video.addEventListener('loadedmetadata', drawRegion);
  video.addEventListener('loadeddata', () => overlay.style.removeProperty('--still'));
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
    const camera = playback.camera();
    if (!camera) {
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
    say('searching', 'Searching for motion…');
    try {
      const access = await playback.access();
      if (!access.motionUrl) {
        throw new UserFacingError('This server does not offer smart search.');
      }
      const regions = rectangles.length ? rectangles.map(regionParameter) : [null];
      // After a move, each recorder the camera was on holds the motion of its own period (recorder-spans.js).
      const requests = spansWithin(access, from, to).flatMap(part => regions.map(region => range(part.motionUrl,
        part.fromMs, part.toMs) + (region ? `&region=${encodeURIComponent(region)}` : '')));
      const answers = await Promise.all(requests.map(async url => (await callRecorder(url)).json()));
      if (searchGeneration !== generation) {
        return; // another search or camera meanwhile
      }
      showHits(mergeIntervals(answers.flatMap(answer => answer.intervals)), answers.some(answer => answer.truncated),
        { from, to });
    } catch (e) {
      if (searchGeneration === generation) {
        say('error', e instanceof UserFacingError ? e.message : 'The search failed.');
      }
    }
  }

  function showHits(found, truncated, { from, to }) {
    hits = found;
    hitList.replaceChildren(...hits.slice(0, MAX_LISTED).map(hitEntry));
    hitList.dataset.count = String(hits.length);
    drawMarks();
    const where = rectangles.length ? 'in the marked region' : 'anywhere in the picture';
    const range = `between ${new Date(from).toLocaleString()} and ${new Date(to).toLocaleString()}`;
    if (hits.length === 0) {
      say('none', `No motion ${where} ${range}. Motion is only found on cameras with motion detection on.`);
      return;
    }
    const listed = hits.length > MAX_LISTED ? ` The first ${MAX_LISTED} are listed.` : '';
    const cut = truncated ? ' The recorder stopped counting there: narrow the range or the region to see the rest.' : '';
    say('hits', `${hits.length} ${hits.length === 1 ? 'interval' : 'intervals'} with motion ${where} ${range}.`
      + listed + cut);
  }

  function hitEntry(hit) {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'motion-hit';
    button.dataset.start = new Date(hit.start).toISOString();
    button.dataset.end = new Date(hit.end).toISOString();
    const seconds = Math.round((hit.end - hit.start) / 1000);
    button.textContent = `${new Date(hit.start).toLocaleString()} · ${seconds} s`;
    button.title = 'Play back from here';
    button.addEventListener('click', () => playback.seek(hit.start));
    item.append(button);
    return item;
  }

  /** One mark per hit within the timeline's window, orange, apart from recordings, gaps and bookmarks. */
  function drawMarks() {
    drawTimelineMarks(marks, playback.window(), hits.map(hit => ({
      start: hit.start,
      end: hit.end,
      className: 'timeline-motion-hit',
      title: `Motion from ${new Date(hit.start).toLocaleTimeString()} to ${new Date(hit.end).toLocaleTimeString()}`,
    })), playback.seek);
  }

  function clearHits() {
    generation++;
    hits = [];
    hitList.replaceChildren();
    hitList.dataset.count = '0';
    marks.replaceChildren();
  }

  function clearRegion() {
    rectangles = [];
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
    /** When the camera changes: a region and hits of another scene mean nothing. */
    clear() {
      clearHits();
      rectangles = [];
      overlay.style.removeProperty('--still');
      setDrawing(false);
      say('idle', '');
    },
  };
}
