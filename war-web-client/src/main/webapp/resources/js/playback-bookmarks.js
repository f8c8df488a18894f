/**
 * Bookmarks on the playback page: the "Bookmark" button (shortcut B) marks the instant on screen of the selected
 * camera (a view's selected tile) with a headline typed into an inline form; the bookmarks of the cameras on screen
 * (one camera, or every camera of a view) are listed (headline, time, who, and the camera for a view) and drawn as
 * marks on the timeline; clicking either plays back at the bookmarked instant.
 *
 * The page's playback state stays in playback.js: it hands this module how to read the camera, the instant and the
 * timeline window, and how to seek. Bookmarks are read and written through the web client's /bookmarks endpoint, so
 * the management server checks the PLAYBACK right and audits every change.
 */

import { UserFacingError } from './web-client-calls.js';
import { drawTimelineMarks } from './timeline-marks.js';

/**
 * @param callWebClient (path, init) → the endpoint's JSON answer
 * @param playback {camera(): {id, name}|null (the one a new bookmark is for), cameras(): [{id, name}] (on screen),
 *   instant(): ms|null, window(): {from, to}|null, seek(ms)}
 */
export function bookmarkPanel(callWebClient, playback) {
  const button = document.getElementById('playback-bookmark');
  const form = document.getElementById('bookmark-form');
  const headline = form.elements.headline;
  const formInstant = document.getElementById('bookmark-instant');
  const status = document.getElementById('bookmark-status');
  const list = document.getElementById('bookmark-list');
  const marks = document.getElementById('timeline-bookmarks');
  let bookmarks = [];
  let showsCamera = false;
  let pendingInstant = null;
  let pendingCamera = null;

  function report(e, fallback) {
    status.textContent = e instanceof UserFacingError ? e.message : fallback;
  }

  function openForm() {
    const camera = playback.camera();
    const instant = playback.instant();
    pendingCamera = camera;
    if (!camera || instant === null) {
      status.textContent = 'Pick a camera and an instant to bookmark first.';
      return;
    }
    pendingInstant = instant;
    formInstant.textContent = `${camera.name}, ${new Date(instant).toLocaleString()}`;
    form.hidden = false;
    status.textContent = '';
    headline.focus();
  }

  function closeForm() {
    form.hidden = true;
    form.reset();
    pendingInstant = null;
    pendingCamera = null;
  }

  async function create(event) {
    event.preventDefault();
    const camera = pendingCamera; // the tile selected when the form opened, even if another was clicked since
    try {
      const created = await callWebClient('bookmarks', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          cameraId: camera.id,
          at: new Date(pendingInstant).toISOString(),
          headline: headline.value,
          description: form.elements.description.value,
        }),
      });
      closeForm();
      status.textContent = `Bookmarked "${created.headline}".`;
      await load();
    } catch (e) {
      report(e, 'The bookmark could not be saved.');
      headline.focus();
    }
  }

  /** Reads the newest bookmarks of the cameras on screen and shows them, newest first, in the list and on the timeline. */
  async function load() {
    const cameras = playback.cameras();
    if (cameras.length === 0) {
      return;
    }
    const answers = await Promise.allSettled(cameras.map(async camera =>
      (await callWebClient(`bookmarks?camera=${encodeURIComponent(camera.id)}`))
        .map(bookmark => ({ ...bookmark, cameraName: camera.name }))));
    const failed = answers.find(answer => answer.status === 'rejected');
    if (failed) {
      report(failed.reason, 'The bookmarks could not be listed.');
    }
    showsCamera = cameras.length > 1;
    bookmarks = answers.filter(answer => answer.status === 'fulfilled').flatMap(answer => answer.value)
      .sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
    list.replaceChildren(...bookmarks.map(entry));
    list.dataset.count = String(bookmarks.length);
    drawMarks();
  }

  /** "Lobby: " before a headline while a view's cameras share the list and the timeline. */
  function prefix(bookmark) {
    return showsCamera ? `${bookmark.cameraName}: ` : '';
  }

  function entry(bookmark) {
    const item = document.createElement('li');
    const link = document.createElement('button');
    link.type = 'button';
    link.className = 'bookmark-entry';
    link.dataset.bookmarkId = bookmark.id;
    link.dataset.at = bookmark.at;
    link.title = bookmark.description ?? 'Play back from this bookmark';
    const title = document.createElement('span');
    title.className = 'bookmark-headline';
    title.textContent = prefix(bookmark) + bookmark.headline;
    const when = document.createElement('span');
    when.className = 'bookmark-meta';
    when.textContent = `${new Date(bookmark.at).toLocaleString()} · ${bookmark.createdBy}`;
    link.append(title, when);
    link.addEventListener('click', () => playback.seek(Date.parse(bookmark.at)));
    item.append(link);
    return item;
  }

  /** One mark per bookmark within the timeline's window, at its instant, distinct from recordings and gaps. */
  function drawMarks() {
    drawTimelineMarks(marks, playback.window(), bookmarks.map(b => ({
      start: Date.parse(b.at),
      className: 'timeline-bookmark',
      title: `${prefix(b)}${b.headline} (${new Date(b.at).toLocaleTimeString()}, ${b.createdBy})`,
      label: `Bookmark: ${prefix(b)}${b.headline}`,
      data: { bookmarkId: b.id },
    })), playback.seek);
  }

  button.addEventListener('click', openForm);
  form.addEventListener('submit', create);
  form.addEventListener('keydown', event => {
    if (event.key === 'Escape') {
      closeForm();
    }
  });
  document.getElementById('bookmark-cancel').addEventListener('click', closeForm);
  document.addEventListener('keydown', event => {
    const typing = event.target.closest('input, textarea, select, [contenteditable="true"]');
    if (!typing && !event.ctrlKey && !event.metaKey && !event.altKey && event.key.toLowerCase() === 'b') {
      event.preventDefault();
      openForm();
    }
  });

  return {
    /** After another camera was selected or the timeline redrawn. */
    load,
    /** When the camera changes: nothing of the previous one stays on screen. */
    clear() {
      closeForm();
      bookmarks = [];
      list.replaceChildren();
      marks.replaceChildren();
      status.textContent = '';
    },
  };
}
