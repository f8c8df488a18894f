/**
 * The configuration page's device groups: named sets of cameras that roles are granted on as a whole. Listed with
 * their cameras; added, renamed, given other cameras and deleted through /admin/device-groups (the device group EJB
 * checks and audits every change as the signed-in administrator).
 */

import { AdminForm, byName, cell } from './admin-page.js';

const table = document.getElementById('group-list');
const status = document.getElementById('group-status');
const form = document.getElementById('group-form');
const cameraChoices = document.getElementById('group-cameras');
const groupForm = new AdminForm({ collection: 'device-groups', what: 'device group', prefix: 'group' });

let cameras = [];

/** Lists the groups, naming their cameras from `cameraList`; returns the groups (empty when they cannot be read). */
export function refresh(cameraList) {
  cameras = cameraList;
  return groupForm.loadList(table, status, groupRow);
}

function cameraName(cameraId) {
  return cameras.find(camera => camera.id === cameraId)?.name ?? cameraId;
}

function groupRow(group) {
  return groupForm.listRow(group, 'groupId', [
    cell(group.name, 'admin-name'),
    cell(group.cameraIds.map(cameraName).sort().join(', ') || 'No cameras', 'admin-members'),
    cell(group.description),
  ], {
    edit: openForm,
    question: `Delete "${group.name}"? Roles lose their rights on it; the cameras stay.`,
    listStatus: status,
  });
}

/**
 * One checkbox per camera; a member the administrator cannot see is listed by its id and stays ticked, so saving
 * never drops it unasked.
 */
function fillCameraChoices(memberIds) {
  const known = new Set(cameras.map(camera => camera.id));
  const choices = [...cameras].sort(byName).map(camera => [camera.id, camera.name])
    .concat(memberIds.filter(id => !known.has(id)).map(id => [id, `${id} (not visible to you)`]));
  cameraChoices.querySelectorAll('label').forEach(label => label.remove());
  cameraChoices.append(...choices.map(([id, name]) => {
    const label = document.createElement('label');
    label.className = 'admin-check';
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.name = 'cameraIds';
    box.value = id;
    box.checked = memberIds.includes(id);
    label.append(box, ` ${name}`);
    return label;
  }));
}

function openForm(group) {
  groupForm.open(group, group ? `Edit ${group.name}` : 'Add device group');
  fillCameraChoices(group?.cameraIds ?? []);
  if (group) {
    form.elements.name.value = group.name;
    form.elements.description.value = group.description;
  }
  form.elements.name.focus();
}

function formBody() {
  return {
    name: form.elements.name.value,
    description: form.elements.description.value,
    cameraIds: [...cameraChoices.querySelectorAll('input[name="cameraIds"]:checked')].map(box => box.value),
  };
}

form.addEventListener('submit', event => {
  event.preventDefault();
  groupForm.save(formBody());
});

document.getElementById('group-add').addEventListener('click', () => openForm(null));
