/**
 * The camera list's "Move to…" action (docs/design/move-hardware.md): asks in the row which recording server records
 * the camera from now on, then POST admin/camera-move. The camera's recordings so far stay playable on its current
 * recorder; the server refuses an offline target and changes nothing then.
 */

import { announceChange, button, callWebClient, messageOf, showStatus } from './admin-page.js';

/** The row button; `servers()` gives the recording servers as last listed. */
export function moveButton(camera, servers, listStatus) {
  return button('Move to…', 'camera-move', event =>
    askWhereTo(event.currentTarget.closest('tr'), camera, servers(), listStatus));
}

function askWhereTo(row, camera, servers, listStatus) {
  const others = servers.filter(server => server.id !== camera.recorderId);
  const question = document.createElement('span');
  question.className = 'admin-confirm';
  question.textContent = others.length ? 'Move to:' : 'There is no other recording server.';
  question.title = `Its recordings so far stay playable on ${camera.recorderId}.`;
  const choice = document.createElement('select');
  choice.className = 'camera-move-target';
  choice.setAttribute('aria-label', `Recording server for ${camera.name}`);
  choice.append(...others.map(server => {
    const option = document.createElement('option');
    option.value = server.id;
    option.textContent = `${server.name} (${server.online ? 'online' : 'offline'})`;
    return option;
  }));
  // Answered, the row is no longer asking and is redrawn with the lists.
  const settled = () => {
    question.remove();
    announceChange();
  };
  const move = button('Move', 'camera-move-confirm', async () => {
    try {
      await callWebClient(`admin/camera-move?id=${encodeURIComponent(camera.id)}`, {
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
    button('Cancel', 'camera-move-cancel', settled));
  choice.focus();
}
