/**
 * The configuration page: recording servers with their status, the cameras with add, edit, enable/disable and
 * delete, and (admin-device-groups.js, admin-roles.js) the device groups and the roles with their rights. Everything
 * goes through the web client's /admin endpoints, which run the management EJBs as the signed-in administrator (they
 * validate, store, push to the recorder and audit); the scripts only show what they answer.
 *
 * The lists refresh every few seconds so camera states follow the recorders; the forms are never touched by that.
 * The page's state is mirrored on <main data-state>: loading, ready, error — for people and for tests.
 */

import {
  AdminForm, badge, button, byName, callWebClient, cell, isAsking, messageOf, numberOrNull, onChange,
  showStatus,
} from './admin-page.js';
import * as deviceGroups from './admin-device-groups.js';
import * as roles from './admin-roles.js';
import { moveButton, recorderOptions } from './admin-camera-move.js';
import { openRegions, regionFields } from './admin-motion-regions.js';
import * as timeProfiles from './admin-time-profiles.js';
import * as rules from './admin-rules.js';
import * as alarmDefinitions from './admin-alarm-definitions.js';
import * as hardware from './admin-hardware.js';
import * as storages from './admin-storages.js';
import { firstSnapshot } from './admin-monitor.js';
import './admin-tree.js';

const REFRESH_MS = 5_000;

const page = document.getElementById('admin');
const serverRows = document.querySelector('#server-list tbody');
const cameraTable = document.getElementById('camera-list');
const cameraRows = cameraTable.querySelector('tbody');
const pageStatus = document.getElementById('admin-status');
const form = document.getElementById('camera-form');
const cameraForm = new AdminForm({ collection: 'cameras', what: 'camera', prefix: 'camera' });

let servers = [];
let storageList = [];

/* ---------- lists ---------- */

async function refreshCameras() {
  try {
    const [serverList, cameraList] = await Promise.all([
      callWebClient('admin/recording-servers'), callWebClient('admin/cameras')]);
    servers = serverList;
    serverRows.replaceChildren(...serverList.map(serverRow));
    if (!isAsking(cameraTable)) {
      cameraRows.replaceChildren(...cameraList.sort(byName).map(cameraRow));
    }
    fillRecorderChoices();
    return cameraList;
  } catch (e) {
    showStatus(pageStatus, messageOf(e, 'The configuration cannot be read right now.'));
    return null;
  }
}

/**
 * Every section, each given the lists it refers to; the page is ready once the cameras are (a section refused to
 * this administrator says so itself).
 */
async function refresh() {
  let cameras = null;
  try {
    cameras = await refreshCameras();
    await hardware.refresh();
    storageList = await storages.refresh(servers);
    fillStorageChoices();
    const groups = await deviceGroups.refresh(cameras ?? []);
    await roles.refresh(cameras ?? [], groups ?? []);
    const profiles = await timeProfiles.refresh();
    const genericDefinitions = await callWebClient('admin/generic-event-definitions').catch(() => []);
    await rules.refresh(cameras ?? [], profiles, genericDefinitions);
    await alarmDefinitions.refresh(cameras ?? [], genericDefinitions, profiles);
  } finally {
    // The sections stay invisible until all of them and the monitor are filled (argus.css): one reveal instead of
    // each section pushing the ones below it down as its list arrives.
    await firstSnapshot;
    page.dataset.revealed = 'true';
  }
  page.dataset.state = cameras ? 'ready' : 'error';
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
  const row = cameraForm.listRow(camera, 'cameraId', [
    cell(camera.name, 'admin-name'), badge(camera.stateLabel, camera.stateTone, camera.lastError),
    cell(camera.recordingMode), cell(camera.recorderId, 'admin-mono'),
    cell(camera.streamUrl || camera.onvifAddress, 'admin-mono admin-address'),
  ], {
    edit: openForm,
    question: `Delete "${camera.name}"? Its recordings stay.`,
    listStatus: pageStatus,
    more: [button(camera.enabled ? 'Disable' : 'Enable', 'camera-toggle', () => openForm(camera, !camera.enabled)),
      moveButton(camera, () => servers, pageStatus)],
  });
  row.dataset.state = camera.state;
  return row;
}

/* ---------- the camera form ---------- */

function fillRecorderChoices() {
  const select = form.elements.recorderId;
  const chosen = select.value;
  select.replaceChildren(...recorderOptions(servers));
  if (chosen) {
    select.value = chosen;
  }
}

/** The chosen recorder's storages; the first choice (empty) is its default storage. */
function fillStorageChoices() {
  const select = form.elements.storageId;
  const chosen = select.value;
  const recorderId = form.elements.recorderId.value;
  const none = document.createElement('option');
  none.value = '';
  none.textContent = 'Default storage of the recording server';
  select.replaceChildren(none, ...storageList.filter(storage => storage.recordingServerId === recorderId)
    .map(storage => {
      const option = document.createElement('option');
      option.value = storage.id;
      option.textContent = `${storage.name} (${storage.path})`;
      return option;
    }));
  select.value = [...select.options].some(option => option.value === chosen) ? chosen : '';
}

/** Opens the form empty (add) or with `camera` (edit); `enabled` pre-sets the switch for Enable/Disable. */
function openForm(camera, enabled) {
  cameraForm.open(camera, camera ? `Edit ${camera.name}` : 'Add camera');
  fillRecorderChoices();
  fillStorageChoices();
  document.getElementById('password-hint').hidden = !camera;
  if (camera) {
    for (const field of ['name', 'streamUrl', 'onvifAddress', 'username', 'recorderId', 'recordingMode',
      'preBufferSeconds', 'postBufferSeconds', 'idleRecording']) {
      form.elements[field].value = camera[field] ?? '';
    }
    form.elements.rtspTransport.value = camera.rtspTransport || 'TCP';
    form.elements.liveStream.value = camera.liveStream || 'PRIMARY';
    form.elements.liveStreamUrl.value = camera.liveStreamUrl ?? '';
    fillStorageChoices();
    form.elements.storageId.value = camera.storageId ?? '';
    form.elements.enabled.checked = enabled ?? camera.enabled;
    form.elements['motion.enabled'].checked = camera.motion?.enabled ?? false;
    form.elements['motion.sensitivity'].value = camera.motion?.sensitivity ?? '';
  }
  openRegions(camera);
  form.elements.name.focus();
}

function formBody() {
  const elements = form.elements;
  return {
    name: elements.name.value,
    streamUrl: elements.streamUrl.value,
    rtspTransport: elements.rtspTransport.value,
    liveStream: elements.liveStream.value,
    // a URL left in the field while switching back to one stream is dropped, not refused
    liveStreamUrl: elements.liveStream.value === 'SECONDARY' ? elements.liveStreamUrl.value : '',
    onvifAddress: elements.onvifAddress.value,
    username: elements.username.value,
    password: elements.password.value,
    recorderId: elements.recorderId.value,
    storageId: elements.storageId.value,
    recordingMode: elements.recordingMode.value,
    preBufferSeconds: numberOrNull(elements.preBufferSeconds.value),
    postBufferSeconds: numberOrNull(elements.postBufferSeconds.value),
    idleRecording: elements.idleRecording.value,
    enabled: elements.enabled.checked,
    'motion.enabled': elements['motion.enabled'].checked,
    'motion.sensitivity': numberOrNull(elements['motion.sensitivity'].value),
    ...regionFields(),
  };
}

// Recording on motion needs motion detection (the server refuses MOTION with detection off): choosing it ticks the box.
form.elements.recordingMode.addEventListener('change', () => {
  if (form.elements.recordingMode.value === 'MOTION') {
    form.elements['motion.enabled'].checked = true;
  }
});

// Storages belong to a recording server: choosing another offers its storages.
form.elements.recorderId.addEventListener('change', fillStorageChoices);

form.addEventListener('submit', event => {
  event.preventDefault();
  const body = formBody();
  // The password is sent once and then forgotten by the page: never kept in the form after a save attempt.
  form.elements.password.value = '';
  cameraForm.save(body);
});

document.getElementById('camera-add').addEventListener('click', () => openForm(null));
document.getElementById('admin-refresh').addEventListener('click', refresh);

onChange(refresh);
refresh();
setInterval(refresh, REFRESH_MS);
