/**
 * The configuration page's storages (docs/design/storages.md): per recording server the directories its cameras
 * record into, with retention by age and size and a bar of how full each is (as the recorder reports it). Added,
 * edited and deleted through /admin/storages: the storage EJB validates, pushes the change to the recorder (which
 * refuses a directory it cannot write, and then nothing is stored) and audits it; it refuses to delete the default
 * storage or one that cameras record to.
 */

import { AdminForm, badge, cell, numberOrNull } from './admin-page.js';

const table = document.getElementById('storage-list');
const status = document.getElementById('storage-status');
const form = document.getElementById('storage-form');
const storageForm = new AdminForm({ collection: 'storages', what: 'storage', prefix: 'storage' });

let servers = [];

/** Lists the storages of every recorder; returns them (empty when they cannot be read) for the camera form. */
export function refresh(serverList) {
  servers = serverList;
  fillRecorderChoices();
  return storageForm.loadList(table, status, storageRow);
}

/** 1.5 GiB, 300 MiB: what a usage bar's title says. */
function bytes(count) {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = count;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(unit === 0 ? 0 : 1)} ${units[unit]}`;
}

function retentionText(storage) {
  const limits = [];
  if (storage.retentionDays) {
    limits.push(`${storage.retentionDays} days`);
  }
  if (storage.maxSizeGiB) {
    limits.push(`${storage.maxSizeGiB} GiB`);
  }
  return limits.length ? limits.join(', ') : 'Until the disk is full';
}

/** The file system's fill level, with the share of this storage's recordings; empty while the recorder is silent. */
function usageCell(usage) {
  const td = document.createElement('td');
  td.className = 'storage-usage';
  if (!usage) {
    td.textContent = 'Not reported';
    return td;
  }
  const bar = document.createElement('div');
  bar.className = 'usage-bar';
  bar.setAttribute('role', 'meter');
  const usedShare = usage.totalBytes ? (usage.totalBytes - usage.freeBytes) / usage.totalBytes : 0;
  bar.setAttribute('aria-valuemin', '0');
  bar.setAttribute('aria-valuemax', '100');
  bar.setAttribute('aria-valuenow', String(Math.round(usedShare * 100)));
  const fill = document.createElement('div');
  fill.className = 'usage-bar-fill';
  fill.style.width = `${(usedShare * 100).toFixed(1)}%`;
  // Past nine tenths the recorder soon deletes the oldest recordings to make room (min-free-megabytes).
  fill.classList.toggle('usage-bar-fill--full', usedShare > 0.9);
  bar.append(fill);
  const text = document.createElement('span');
  text.className = 'storage-usage-text';
  text.textContent = `${bytes(usage.usedBytes)} recorded, ${bytes(usage.freeBytes)} free of ${bytes(usage.totalBytes)}`
    + (usage.oldestRecording ? `, since ${new Date(usage.oldestRecording).toLocaleString()}` : '');
  td.append(bar, text);
  return td;
}

function recorderName(id) {
  return servers.find(server => server.id === id)?.name ?? id;
}

function storageRow(storage) {
  const row = storageForm.listRow(storage, 'storageId', [
    cell(storage.name, 'admin-name'), cell(recorderName(storage.recordingServerId)),
    cell(storage.path, 'admin-mono'), cell(retentionText(storage)), usageCell(storage.usage),
    cell(String(storage.cameraIds?.length ?? 0), 'admin-count'),
    storage.defaultStorage ? badge('Default', 'ok') : cell(''),
  ], {
    edit: openForm,
    question: `Delete "${storage.name}"? Refused while cameras record to it; its recordings stay on disk.`,
    listStatus: status,
  });
  row.dataset.recorderId = storage.recordingServerId;
  return row;
}

function fillRecorderChoices() {
  const select = form.elements.recordingServerId;
  const chosen = select.value;
  select.replaceChildren(...servers.map(server => {
    const option = document.createElement('option');
    option.value = server.id;
    option.textContent = server.name;
    return option;
  }));
  if (chosen) {
    select.value = chosen;
  }
}

function openForm(storage) {
  storageForm.open(storage, storage ? `Edit ${storage.name}` : 'Add storage');
  fillRecorderChoices();
  form.elements.recordingServerId.disabled = Boolean(storage);
  if (storage) {
    form.elements.recordingServerId.value = storage.recordingServerId;
    form.elements.name.value = storage.name;
    form.elements.path.value = storage.path;
    form.elements.retentionDays.value = storage.retentionDays ?? '';
    form.elements.maxSizeGiB.value = storage.maxSizeGiB ?? '';
    form.elements.defaultStorage.checked = storage.defaultStorage;
  }
  form.elements.name.focus();
}

form.addEventListener('submit', event => {
  event.preventDefault();
  storageForm.save({
    recordingServerId: form.elements.recordingServerId.value,
    name: form.elements.name.value,
    path: form.elements.path.value,
    retentionDays: numberOrNull(form.elements.retentionDays.value),
    maxSizeGiB: numberOrNull(form.elements.maxSizeGiB.value),
    defaultStorage: form.elements.defaultStorage.checked,
  });
});

document.getElementById('storage-add').addEventListener('click', () => openForm(null));
