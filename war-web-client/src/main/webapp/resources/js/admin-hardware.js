/**
 * The configuration page's hardware (docs/design/hardware-and-sites.md): the site's name and description at the
 * top, then every hardware unit grouped by recording server with its devices. Units are added with their devices
 * (driver, address, credentials), edited, enabled or disabled, moved to another recorder ("Move to…", shared with
 * the camera list) and deleted; an existing unit gets more devices ("Add device", a form of its own) and loses them
 * (Remove, asked once more in the device's row, the service's refusal shown there); each device is enabled or
 * disabled in its row. Everything goes through /admin/site (the site tree: GET; the site: PUT), /admin/hardware,
 * /admin/hardware-devices and /admin/hardware-move, where the EJBs validate, push to the recorders and audit;
 * credentials are sent, never shown.
 */

import {
  AdminForm, announceChange, badge, button, byName, callWebClient, cell, isAsking, messageOf, numberOrNull,
  sendJson, showStatus, words,
} from './admin-page.js';
import { moveButton, recorderOptions } from './admin-camera-move.js';

const table = document.getElementById('hardware-list');
const status = document.getElementById('hardware-status');
const form = document.getElementById('hardware-form');
const deviceEditor = document.getElementById('hardware-devices');
const hardwareForm = new AdminForm({ collection: 'hardware', what: 'hardware unit', prefix: 'hardware' });
const deviceFormElement = document.getElementById('device-form');
const deviceForm = new AdminForm({ collection: 'hardware-devices', what: 'device', prefix: 'device' });
const siteForm = document.getElementById('site-form');
const siteStatus = document.getElementById('site-status');
const DEVICE_KINDS = ['CAMERA', 'MICROPHONE', 'SPEAKER', 'METADATA', 'INPUT', 'OUTPUT'];

let servers = [];
/** The unit the device form adds to, as listed when the form opened. */
let deviceUnit = null;
/** Device id → why the service refused to remove it; shown in the device's row until the next try. */
const removalRefusals = new Map();
/** The site as last read ({name, description, timeZone, contact, version}), or null. */
let site = null;

/** Draws the site tree (GET admin/site): the site's fields, then each recorder with its hardware and devices. */
export async function refresh() {
  let tree;
  try {
    tree = await callWebClient('admin/site');
  } catch (e) {
    showStatus(status, messageOf(e, 'The hardware cannot be read right now.'));
    status.dataset.readFailure = 'true';
    return;
  }
  servers = tree.recordingServers;
  showSite(tree.site);
  if (!isAsking(table)) {
    table.replaceChildren(table.tHead, ...servers.map(recorderGroup));
  }
  if (status.dataset.readFailure) {
    delete status.dataset.readFailure;
    showStatus(status, null);
  }
}

/* ---------- the site ---------- */

/** The site's time zone as last read (null before the first read): new time profiles start in it. */
export function siteTimeZone() {
  return site?.timeZone ?? null;
}

function showSite(current) {
  site = current;
  if (siteForm.contains(document.activeElement)) {
    return; // the administrator is typing: their text stays
  }
  siteForm.elements.name.value = site.name;
  siteForm.elements.description.value = site.description ?? '';
  document.getElementById('site-time-zone').textContent = site.timeZone;
}

siteForm.addEventListener('submit', async event => {
  event.preventDefault();
  if (!site) {
    return;
  }
  try {
    site = await sendJson('PUT', 'admin/site', {
      name: siteForm.elements.name.value, description: siteForm.elements.description.value,
      timeZone: site.timeZone, contact: site.contact ?? null, version: site.version,
    });
    showStatus(siteStatus, null);
  } catch (e) {
    showStatus(siteStatus, e.status === 409
      ? 'Nothing was saved: someone else changed the site since it was read. It now shows their change.'
      : messageOf(e, 'The site could not be saved. Nothing was changed.'));
    document.activeElement?.blur();
    await refresh();
  }
});

/* ---------- the list ---------- */

/** A recorder's rows: a heading row (name, online) and a row per unit it records. */
function recorderGroup(server) {
  const body = document.createElement('tbody');
  body.dataset.recorderId = server.id;
  const heading = document.createElement('tr');
  heading.className = 'hardware-recorder';
  const title = document.createElement('th');
  title.colSpan = 6;
  title.textContent = `${server.name} (${server.id}) — ${server.online ? 'online' : 'offline'}`;
  heading.append(title);
  body.append(heading, ...[...server.hardware].sort(byName).map(unitRow));
  return body;
}

function unitRow(unit) {
  const row = hardwareForm.listRow(unit, 'hardwareId', [
    cell(unit.name, 'admin-name'), cell(unit.driver), cell(unit.address, 'admin-mono admin-address'),
    unit.enabled ? badge('Enabled', 'ok') : badge('Disabled', 'off'),
    devicesCell(unit),
  ], {
    edit: openForm,
    question: `Delete "${unit.name}" with its ${unit.devices.length} devices? Its cameras go too; their recordings stay.`,
    listStatus: status,
    more: [button(unit.enabled ? 'Disable' : 'Enable', 'hardware-toggle', () => change(unit, { enabled: !unit.enabled })),
      button('Add device', 'hardware-device-new', () => openDeviceForm(unit)),
      moveButton(unit, () => servers, status, 'hardware')],
  });
  row.dataset.enabled = String(unit.enabled);
  return row;
}

function devicesCell(unit) {
  const td = document.createElement('td');
  const list = document.createElement('ul');
  list.className = 'hardware-device-list';
  list.append(...unit.devices.map(device => {
    const item = document.createElement('li');
    item.dataset.deviceId = device.id;
    item.dataset.enabled = String(device.enabled);
    const label = document.createElement('span');
    label.textContent = `${words(device.kind)} ${device.channel}: ${device.name}`
      + (device.outputToken ? ` (${device.outputToken})` : '') + (device.state ? ` — ${device.state}` : '')
      + (device.enabled ? '' : ' — disabled');
    const refusal = document.createElement('span');
    refusal.className = 'field-error hardware-device-error';
    refusal.textContent = removalRefusals.get(device.id) ?? '';
    const actions = document.createElement('span');
    actions.className = 'hardware-device-actions';
    actions.append(button(device.enabled ? 'Disable' : 'Enable', 'hardware-device-toggle',
      () => changeDevice(unit, device, { enabled: !device.enabled })),
    button('Remove', 'hardware-device-delete', () => askToRemove(item, unit, device)));
    item.append(label, actions, refusal);
    return item;
  }));
  td.append(list);
  return td;
}

async function change(unit, edit) {
  try {
    await sendJson('PUT', `admin/hardware?id=${encodeURIComponent(unit.id)}`, { ...edit, version: unit.version });
    showStatus(status, null);
  } catch (e) {
    showStatus(status, messageOf(e, `"${unit.name}" could not be changed. Nothing was changed.`));
  }
  announceChange();
}

async function changeDevice(unit, device, edit) {
  try {
    await sendJson('PUT', `admin/hardware-devices?id=${encodeURIComponent(unit.id)}`
      + `&deviceId=${encodeURIComponent(device.id)}`, edit);
    showStatus(status, null);
  } catch (e) {
    showStatus(status, messageOf(e, `"${device.name}" could not be changed. Nothing was changed.`));
  }
  announceChange();
}

/**
 * Asks in the device's row before removing it; a refusal (e.g. the unit's last camera) stays in that row, and
 * nothing was changed then. Either answer redraws the lists.
 */
function askToRemove(item, unit, device) {
  removalRefusals.delete(device.id);
  const question = document.createElement('span');
  question.className = 'admin-confirm';
  question.textContent = `Remove ${words(device.kind).toLowerCase()} ${device.channel} "${device.name}" from`
    + ` "${unit.name}"?` + (device.kind === 'CAMERA' ? ' The camera goes; its recordings stay.' : '');
  const settled = () => {
    question.remove();
    announceChange();
  };
  item.replaceChildren(question,
    button('Remove', 'hardware-device-delete-confirm', async () => {
      try {
        await callWebClient(`admin/hardware-devices?id=${encodeURIComponent(unit.id)}`
          + `&deviceId=${encodeURIComponent(device.id)}`, { method: 'DELETE' });
      } catch (e) {
        removalRefusals.set(device.id, messageOf(e, `"${device.name}" could not be removed. Nothing was changed.`));
      }
      settled();
    }),
    button('Cancel', 'hardware-device-delete-cancel', settled));
}

/* ---------- adding a device to a unit ---------- */

/** The lowest channel of `kind` that the unit does not use yet. */
function freeChannel(unit, kind) {
  const taken = new Set(unit.devices.filter(device => device.kind === kind).map(device => device.channel));
  let channel = 0;
  while (taken.has(channel)) {
    channel++;
  }
  return channel;
}

/** Only cameras have a stream URL and a recording mode, only outputs a relay token. */
function showFieldsOfKind() {
  const kind = deviceFormElement.elements.kind.value;
  deviceFormElement.querySelectorAll('.device-form-camera').forEach(element => { element.hidden = kind !== 'CAMERA'; });
  deviceFormElement.querySelectorAll('.device-form-output').forEach(element => { element.hidden = kind !== 'OUTPUT'; });
}

function openDeviceForm(unit) {
  deviceUnit = unit;
  deviceForm.open(null, `Add device to ${unit.name}`);
  deviceFormElement.elements.kind.value = 'CAMERA';
  deviceFormElement.elements.channel.value = freeChannel(unit, 'CAMERA');
  deviceFormElement.elements.recordingMode.value = 'ALWAYS';
  showFieldsOfKind();
  deviceFormElement.elements.name.focus();
}

deviceFormElement.elements.kind.addEventListener('change', () => {
  deviceFormElement.elements.channel.value = freeChannel(deviceUnit, deviceFormElement.elements.kind.value);
  showFieldsOfKind();
});

deviceFormElement.addEventListener('submit', event => {
  event.preventDefault();
  const elements = deviceFormElement.elements;
  const kind = elements.kind.value;
  deviceForm.save({
    kind,
    channel: numberOrNull(elements.channel.value),
    name: elements.name.value,
    enabled: elements.enabled.checked,
    outputToken: kind === 'OUTPUT' ? elements.outputToken.value || null : null,
    streamUrl: kind === 'CAMERA' ? elements.streamUrl.value || null : null,
    recordingMode: kind === 'CAMERA' ? elements.recordingMode.value : null,
  }, `admin/hardware-devices?id=${encodeURIComponent(deviceUnit.id)}`);
});

/* ---------- the form ---------- */

function fillRecorderChoices(chosen) {
  const select = form.elements.recorderId;
  select.replaceChildren(...recorderOptions(servers));
  if (chosen) {
    select.value = chosen;
  }
}

/** A row of the new unit's device list: kind, channel, name and (outputs) the relay token. */
function deviceRow(kind, channel) {
  const row = document.createElement('div');
  row.className = 'hardware-device-row';
  const kindChoice = document.createElement('select');
  kindChoice.className = 'hardware-device-kind';
  kindChoice.setAttribute('aria-label', 'Device kind');
  kindChoice.append(...DEVICE_KINDS.map(value => new Option(words(value), value)));
  kindChoice.value = kind;
  const channelInput = Object.assign(document.createElement('input'),
    { type: 'number', min: 0, step: 1, value: channel, className: 'hardware-device-channel' });
  channelInput.setAttribute('aria-label', 'Channel');
  const nameInput = Object.assign(document.createElement('input'),
    { type: 'text', maxLength: 200, className: 'hardware-device-name', placeholder: 'Name' });
  nameInput.setAttribute('aria-label', 'Device name');
  const tokenInput = Object.assign(document.createElement('input'),
    { type: 'text', maxLength: 64, className: 'hardware-device-token', placeholder: 'Relay token, e.g. relay1' });
  tokenInput.setAttribute('aria-label', 'Relay output token');
  const showToken = () => { tokenInput.hidden = kindChoice.value !== 'OUTPUT'; };
  kindChoice.addEventListener('change', showToken);
  showToken();
  row.append(kindChoice, channelInput, nameInput, tokenInput,
    button('Remove', 'hardware-device-remove', () => row.remove()));
  return row;
}

function openForm(unit) {
  hardwareForm.open(unit, unit ? `Edit ${unit.name}` : 'Add hardware');
  fillRecorderChoices(unit?.recorderId);
  document.getElementById('hardware-credentials-hint').hidden = !unit;
  // Devices are listed (and switched) in the hardware list; the form adds them with a new unit only.
  document.getElementById('hardware-devices-fieldset').hidden = Boolean(unit);
  form.elements.recorderId.disabled = Boolean(unit); // a unit changes recorder by "Move to…"
  deviceEditor.replaceChildren(...(unit ? [] : [deviceRow('CAMERA', 0)]));
  if (unit) {
    form.elements.name.value = unit.name;
    form.elements.driver.value = unit.driver;
    form.elements.address.value = unit.address;
    form.elements.enabled.checked = unit.enabled;
  }
  form.elements.name.focus();
}

function formBody() {
  const elements = form.elements;
  const body = {
    name: elements.name.value,
    driver: elements.driver.value,
    address: elements.address.value,
    // Empty credentials on an edit keep the stored ones; they are never read back.
    username: elements.username.value || null,
    password: elements.password.value || null,
    enabled: elements.enabled.checked,
  };
  if (!hardwareForm.editing) {
    body.recorderId = elements.recorderId.value;
    body.devices = [...deviceEditor.querySelectorAll('.hardware-device-row')].map(row => ({
      kind: row.querySelector('.hardware-device-kind').value,
      channel: numberOrNull(row.querySelector('.hardware-device-channel').value),
      name: row.querySelector('.hardware-device-name').value,
      outputToken: row.querySelector('.hardware-device-kind').value === 'OUTPUT'
        ? row.querySelector('.hardware-device-token').value || null : null,
    }));
  }
  return body;
}

form.addEventListener('submit', event => {
  event.preventDefault();
  const body = formBody();
  form.elements.password.value = ''; // sent once, never kept by the page
  hardwareForm.save(body);
});

document.getElementById('hardware-device-add').addEventListener('click', () => {
  const kinds = [...deviceEditor.querySelectorAll('.hardware-device-kind')].map(select => select.value);
  deviceEditor.append(deviceRow('OUTPUT', kinds.filter(kind => kind === 'OUTPUT').length));
});

document.getElementById('hardware-add').addEventListener('click', () => openForm(null));
