/**
 * The camera form's motion regions (docs/design/motion-detection.md): polygons in normalised picture coordinates
 * (0..1) drawn over a recent picture of the camera. "Detect in" regions limit detection to them; "Ignore" regions
 * are left out (a tree in the wind, a busy road). No region at all: the whole picture. The server and the recorder
 * check the limits again (8 regions of each kind, 3 to 64 points each) and name the region they refuse.
 *
 * Drawing: click to add a point; Finish region (or Enter) closes it; Undo point (or Backspace) takes the last
 * point back; Escape drops the region being drawn. A region with 3 points or more is closed on save as well.
 * The editor's counts are mirrored on the fieldset (data-include, data-exclude) for people and tests.
 */

import { callWebClient } from './admin-page.js';

const MAX_REGIONS = 8;
const MAX_POINTS = 64;
const PICTURE_AGE_MS = 5_000;
const SVG = 'http://www.w3.org/2000/svg';

const fieldset = document.getElementById('motion-regions');
const drawingArea = document.getElementById('motion-regions-drawing');
const picture = document.getElementById('motion-regions-picture');
const note = document.getElementById('motion-regions-note');
const finishButton = document.getElementById('motion-region-finish');
const undoButton = document.getElementById('motion-region-undo');
const clearButton = document.getElementById('motion-regions-clear');

const regions = { include: [], exclude: [] };
/** The region being drawn: {kind, points}, or null. */
let drawing = null;

function chosenKind() {
  return fieldset.querySelector('input[name="motion-region-kind"]:checked').value;
}

function shape(tag, points, className) {
  const element = document.createElementNS(SVG, tag);
  element.setAttribute('points', points.map(([x, y]) => `${x},${y}`).join(' '));
  element.setAttribute('class', className);
  return element;
}

function render() {
  drawingArea.replaceChildren(
    ...['include', 'exclude'].flatMap(kind => regions[kind].map(points => shape('polygon', points,
      `region-shape region-shape--${kind}`))),
    ...(drawing ? [shape('polyline', drawing.points, `region-shape region-shape--${drawing.kind} is-drawing`)] : []));
  fieldset.dataset.include = String(regions.include.length);
  fieldset.dataset.exclude = String(regions.exclude.length);
  fieldset.dataset.drawing = String(drawing?.points.length ?? 0);
  finishButton.disabled = !drawing || drawing.points.length < 3;
  undoButton.disabled = !drawing;
  clearButton.disabled = !drawing && regions.include.length === 0 && regions.exclude.length === 0;
}

function say(message) {
  note.textContent = message;
}

/** Normalised [x, y] of a click, 4 decimals (a tenth of a pixel at 4K is finer than any detector cell). */
function pointOf(event) {
  const box = drawingArea.getBoundingClientRect();
  const clamp = value => Math.round(Math.min(1, Math.max(0, value)) * 10_000) / 10_000;
  return [clamp((event.clientX - box.left) / box.width), clamp((event.clientY - box.top) / box.height)];
}

function addPoint(event) {
  if (!drawing) {
    const kind = chosenKind();
    if (regions[kind].length >= MAX_REGIONS) {
      say(`At most ${MAX_REGIONS} regions of each kind: clear one first.`);
      return;
    }
    drawing = { kind, points: [] };
  }
  if (drawing.points.length >= MAX_POINTS) {
    say(`A region has at most ${MAX_POINTS} points: finish it.`);
    return;
  }
  drawing.points.push(pointOf(event));
  say(drawing.points.length < 3 ? 'Keep clicking: a region needs 3 points at least.' : 'Finish the region, or add points.');
  render();
}

/** Closes the region being drawn when it has 3 points; returns whether one was closed. */
function finish() {
  if (!drawing || drawing.points.length < 3) {
    return false;
  }
  regions[drawing.kind].push(drawing.points);
  drawing = null;
  say('');
  render();
  return true;
}

function undo() {
  drawing?.points.pop();
  if (drawing?.points.length === 0) {
    drawing = null;
  }
  render();
}

function drop() {
  drawing = null;
  say('');
  render();
}

drawingArea.addEventListener('click', addPoint);
finishButton.addEventListener('click', finish);
undoButton.addEventListener('click', undo);
clearButton.addEventListener('click', () => {
  regions.include = [];
  regions.exclude = [];
  drop();
});
fieldset.addEventListener('keydown', event => {
  const handled = { Enter: finish, Backspace: undo, Escape: drop }[event.key];
  if (handled && event.target === drawingArea) {
    event.preventDefault();
    handled();
  }
});

/** A recent recorded picture of the camera to draw on; without one the regions are drawn on a plain frame. */
async function showPicture(camera) {
  picture.hidden = true;
  picture.removeAttribute('src');
  if (!camera) {
    say('Save the camera first to draw on its picture; regions drawn now still apply.');
    return;
  }
  try {
    const access = await callWebClient(`playback-access?camera=${encodeURIComponent(camera.id)}`);
    const at = new Date(Date.now() - PICTURE_AGE_MS).toISOString();
    picture.onload = () => { picture.hidden = false; };
    picture.onerror = () => say('No recent recorded picture of this camera: the regions are drawn on a plain frame.');
    picture.src = `${access.snapshotUrl}&at=${encodeURIComponent(at)}`;
  } catch {
    say('No picture: you may not play back this camera. The regions are drawn on a plain frame.');
  }
}

/** Shows the regions of `camera` (as listed), or none for a new camera. */
export function openRegions(camera) {
  const copy = polygons => (polygons ?? []).map(points => points.map(([x, y]) => [x, y]));
  regions.include = copy(camera?.motion?.include);
  regions.exclude = copy(camera?.motion?.exclude);
  drawing = null;
  say('');
  render();
  showPicture(camera);
}

/** The regions for the form's body; a region being drawn with 3 points or more is closed first. */
export function regionFields() {
  finish();
  return { 'motion.include': regions.include, 'motion.exclude': regions.exclude };
}
