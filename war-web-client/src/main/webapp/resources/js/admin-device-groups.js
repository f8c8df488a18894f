/**
 * The configuration page's device groups: named sets of cameras that roles are granted on as a whole. Listed with
 * their cameras; added, renamed, given other cameras and deleted through /admin/device-groups (the device group EJB
 * checks and audits every change as the signed-in administrator).
 */

import { AdminForm, cell } from './admin-page.js';
import { checkedValues, fillCameraCheckboxes, nameOf } from './admin-choices.js';

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

function groupRow(group) {
  return groupForm.listRow(group, 'groupId', [
    cell(group.name, 'admin-name'),
    cell(group.cameraIds.map(id => nameOf(cameras, id)).sort().join(', ') || 'No cameras', 'admin-members'),
    cell(group.description),
  ], {
    edit: openForm,
    question: `Delete "${group.name}"? Roles lose their rights on it; the cameras stay.`,
    listStatus: status,
  });
}

function openForm(group) {
  groupForm.open(group, group ? `Edit ${group.name}` : 'Add device group');
  fillCameraCheckboxes(cameraChoices, 'cameraIds', cameras, group?.cameraIds ?? []);
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
    cameraIds: checkedValues(cameraChoices),
  };
}

form.addEventListener('submit', event => {
  event.preventDefault();
  groupForm.save(formBody());
});

document.getElementById('group-add').addEventListener('click', () => openForm(null));
