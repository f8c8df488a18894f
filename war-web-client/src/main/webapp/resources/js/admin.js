/**
 * The configuration page: recording servers with their status, and the cameras with add, edit, enable/disable and
 * delete. Everything goes through the web client's /admin endpoints, which run the management EJBs as the signed-in
 * administrator (they validate, store, push to the recorder and audit); this script only shows what they answer.
 *
 * The lists refresh every few seconds so camera states follow the recorders; the form is never touched by that.
 * The page's state is mirrored on <main data-state>: loading, ready, error — for people and for tests.
 */

import { UserFacingError, callWebClient as callPageEndpoint } from './web-client-calls.js';

const REFRESH_MS = 5_000;

const page = document.getElementById('admin');
const context = page.dataset.context;
const serverRows = document.querySelector('#server-list tbody');
const cameraRows = document.querySelector('#camera-list tbody');
const pageStatus = document.getElementById('admin-status');
const form = document.getElementById('camera-form');
const formTitle = document.getElementById('camera-form-title');
const formStatus = document.getElementById('camera-form-status');

/** The camera being edited ({id, version, …} as listed), or null while adding one. */
let editing = null;
let servers = [];

function callWebClient(path, init) {
  return callPageEndpoint(context, path, init);
}

function sendJson(method, path, body) {
  return callWebClient(path, { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
}

function cell(text, className) {
  const td = document.createElement('td');
  td.textContent = text;
  if (className) {
    td.className = className;
  }
  return td;
}

function badge(label, tone, title) {
  const td = document.createElement('td');
  const span = document.createElement('span');
  span.className = `badge badge--${tone}`;
  span.textContent = label;
  if (title) {
    span.title = title;
  }
  td.append(span);
  return td;
}

function button(label, className, onClick) {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = `button button--quiet ${className}`;
  element.textContent = label;
  element.addEventListener('click', onClick);
  return element;
}

function showPageStatus(message) {
  pageStatus.textContent = message ?? '';
  pageStatus.hidden = !message;
}

/* ---------- lists ---------- */

async function refresh() {
  try {
    const [serverList, cameraList] = await Promise.all([
      callWebClient('admin/recording-servers'), callWebClient('admin/cameras')]);
    servers = serverList;
    serverRows.replaceChildren(...serverList.map(serverRow));
    cameraRows.replaceChildren(...cameraList
      .sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }))
      .map(cameraRow));
    fillRecorderChoices();
    page.dataset.state = 'ready';
  } catch (e) {
    page.dataset.state = 'error';
    showPageStatus(e instanceof UserFacingError ? e.message : 'The configuration cannot be read right now.');
  }
}

function serverRow(server) {
  const row = document.createElement('tr');
  row.dataset.recorderId = server.id;
  row.append(cell(server.name), cell(server.id, 'admin-mono'),
    server.online ? badge('Online', 'ok') : badge('Offline', 'bad'),
    cell(String(server.cameras), 'admin-count'), cell(server.softwareVersion),
    cell(server.lastSeen ? new Date(server.lastSeen).toLocaleString() : ''));
  return row;
}

function cameraRow(camera) {
  const row = document.createElement('tr');
  row.dataset.cameraId = camera.id;
  row.dataset.state = camera.state;
  const actions = document.createElement('td');
  actions.className = 'admin-actions';
  actions.append(
    button('Edit', 'camera-edit', () => openForm(camera)),
    button(camera.enabled ? 'Disable' : 'Enable', 'camera-toggle', () => openForm(camera, !camera.enabled)),
    button('Delete', 'camera-delete', () => confirmDelete(row, camera)));
  row.append(cell(camera.name, 'admin-name'), badge(camera.stateLabel, camera.stateTone, camera.lastError),
    cell(camera.recordingMode), cell(camera.recorderId, 'admin-mono'),
    cell(camera.streamUrl || camera.onvifAddress, 'admin-mono admin-address'), actions);
  return row;
}

/** Deleting asks once more in the row itself, naming the camera; recordings stay either way. */
function confirmDelete(row, camera) {
  const actions = row.querySelector('.admin-actions');
  const question = document.createElement('span');
  question.className = 'admin-confirm';
  question.textContent = `Delete "${camera.name}"? Its recordings stay.`;
  actions.replaceChildren(question,
    button('Delete', 'camera-delete-confirm', async () => {
      try {
        await callWebClient(`admin/cameras?id=${encodeURIComponent(camera.id)}`, { method: 'DELETE' });
        showPageStatus(null);
        if (editing?.id === camera.id) {
          closeForm();
        }
      } catch (e) {
        showPageStatus(e instanceof UserFacingError ? e.message : 'The camera could not be deleted.');
      }
      refresh();
    }),
    button('Cancel', 'camera-delete-cancel', refresh));
}

/* ---------- the camera form ---------- */

function fillRecorderChoices() {
  const select = form.elements.recorderId;
  const chosen = select.value;
  select.replaceChildren(...servers.map(server => {
    const option = document.createElement('option');
    option.value = server.id;
    option.textContent = `${server.name} (${server.online ? 'online' : 'offline'})`;
    return option;
  }));
  if (chosen) {
    select.value = chosen;
  }
}

/** Opens the form empty (add) or with `camera` (edit); `enabled` pre-sets the switch for Enable/Disable. */
function openForm(camera, enabled) {
  editing = camera ?? null;
  clearErrors();
  form.reset();
  fillRecorderChoices();
  formTitle.textContent = camera ? `Edit ${camera.name}` : 'Add camera';
  document.getElementById('password-hint').hidden = !camera;
  if (camera) {
    for (const field of ['name', 'streamUrl', 'onvifAddress', 'username', 'recorderId', 'recordingMode',
      'preBufferSeconds', 'postBufferSeconds', 'idleRecording']) {
      form.elements[field].value = camera[field] ?? '';
    }
    form.elements.enabled.checked = enabled ?? camera.enabled;
  }
  form.hidden = false;
  form.elements.name.focus();
}

function closeForm() {
  editing = null;
  form.reset();
  form.hidden = true;
}

function clearErrors() {
  form.querySelectorAll('.field-error').forEach(span => { span.textContent = ''; });
  form.querySelectorAll('[aria-invalid]').forEach(input => input.removeAttribute('aria-invalid'));
  formStatus.hidden = true;
}

/** The server's message next to the field it names, or above the form when it names none the form has. */
function showError(error) {
  const slot = error.field && form.querySelector(`.field-error[data-error-for="${error.field}"]`);
  if (slot) {
    slot.textContent = error.message;
    form.elements[error.field]?.setAttribute('aria-invalid', 'true');
    form.elements[error.field]?.focus();
  } else {
    formStatus.textContent = error.message;
    formStatus.hidden = false;
  }
}

function numberOrNull(value) {
  return value === '' ? null : Number(value);
}

function formBody() {
  const elements = form.elements;
  return {
    name: elements.name.value,
    streamUrl: elements.streamUrl.value,
    onvifAddress: elements.onvifAddress.value,
    username: elements.username.value,
    password: elements.password.value,
    recorderId: elements.recorderId.value,
    recordingMode: elements.recordingMode.value,
    preBufferSeconds: numberOrNull(elements.preBufferSeconds.value),
    postBufferSeconds: numberOrNull(elements.postBufferSeconds.value),
    idleRecording: elements.idleRecording.value,
    enabled: elements.enabled.checked,
  };
}

form.addEventListener('submit', async event => {
  event.preventDefault();
  clearErrors();
  const body = formBody();
  // The password is sent once and then forgotten by the page: never kept in the form after a save attempt.
  form.elements.password.value = '';
  try {
    if (editing) {
      await sendJson('PUT', `admin/cameras?id=${encodeURIComponent(editing.id)}`, { ...body, version: editing.version });
    } else {
      await sendJson('POST', 'admin/cameras', body);
    }
    closeForm();
    refresh();
  } catch (e) {
    if (!(e instanceof UserFacingError)) {
      showError(new UserFacingError('The camera could not be saved. Nothing was changed.'));
    } else if (e.status === 409) {
      showError(new UserFacingError('Nothing was saved: someone else changed this camera since you opened it. '
        + 'Cancel, then edit it again from the list (it shows their change).'));
      refresh();
    } else {
      showError(e);
    }
  }
});

document.getElementById('camera-add').addEventListener('click', () => openForm(null));
document.getElementById('camera-cancel').addEventListener('click', closeForm);
document.getElementById('admin-refresh').addEventListener('click', refresh);

refresh();
setInterval(() => {
  // A pending delete question stays until answered.
  if (!cameraRows.querySelector('.admin-confirm')) {
    refresh();
  }
}, REFRESH_MS);
