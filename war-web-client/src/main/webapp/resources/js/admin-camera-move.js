/**
 * The camera and hardware lists' "Move to…" action (docs/design/move-hardware.md): asks in the row which recording
 * server records the camera (or the hardware's cameras) from now on, then POST admin/camera-move (or
 * admin/hardware-move). The recordings so far stay playable on the current recorder; the server refuses an offline
 * target and changes nothing then.
 */

import { announceChange, button, callWebClient, messageOf, showStatus } from './admin-page.js';

/** An option per recording server, "Name (online)", for the forms' and the move question's recorder choices. */
export function recorderOptions(servers) {
  return servers.map(server => new Option(`${server.name} (${server.online ? 'online' : 'offline'})`, server.id));
}

/**
 * The row button for `camera` ({id, name, recorderId, version}); `servers()` gives the recording servers as last
 * listed. `kind` 'hardware' moves a hardware unit instead (endpoint admin/hardware-move, classes hardware-move…).
 */
export function moveButton(camera, servers, listStatus, kind = 'camera') {
  return button('Move to…', `${kind}-move`, event =>
    askWhereTo(event.currentTarget.closest('tr'), camera, servers(), listStatus, kind));
}

function askWhereTo(row, camera, servers, listStatus, kind) {
  const others = servers.filter(server => server.id !== camera.recorderId);
  const question = document.createElement('span');
  question.className = 'admin-confirm';
  question.textContent = others.length ? 'Move to:' : 'There is no other recording server.';
  question.title = `Its recordings so far stay playable on ${camera.recorderId}.`;
  const choice = document.createElement('select');
  choice.className = `${kind}-move-target`;
  choice.setAttribute('aria-label', `Recording server for ${camera.name}`);
  choice.append(...recorderOptions(others));
  // Answered, the row is no longer asking and is redrawn with the lists.
  const settled = () => {
    question.remove();
    announceChange();
  };
  const move = button('Move', `${kind}-move-confirm`, async () => {
    try {
      await callWebClient(`admin/${kind}-move?id=${encodeURIComponent(camera.id)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ recordingServerId: choice.value, version: camera.version }),
      });
      showStatus(listStatus, null);
    } catch (e) {
      showStatus(listStatus, messageOf(e, `"${camera.name}" could not be moved. Nothing was changed.`));
    }
    settled();
  });
  move.disabled = others.length === 0;
  row.querySelector('.admin-actions').replaceChildren(question, choice, move,
    button('Cancel', `${kind}-move-cancel`, settled));
  choice.focus();
}
