/**
 * The configuration page's alarm definitions: which events raise an alarm (source event type, optionally only from
 * one camera, with a text or generic-event definition), with what priority and category, which cameras the operator
 * sees with it, the instructions shown, when it closes by itself and the time profile outside which it raises nothing. Listed, added, edited and deleted through
 * /admin/alarm-definitions; the alarm definition EJB validates, stores and audits every change.
 */

import {
  AdminForm, badge, cell, numberOrNull,
} from './admin-page.js';
import {
  checkedValues, fillCameraCheckboxes, fillDatalist, fillSelect, nameOf, textOrNull,
} from './admin-choices.js';

const table = document.getElementById('alarm-definition-list');
const status = document.getElementById('alarm-definition-status');
const form = document.getElementById('alarm-definition-form');
const cameraChoices = document.getElementById('alarm-definition-cameras');
const definitionNames = document.getElementById('generic-definition-names');
const definitionForm = new AdminForm({
  collection: 'alarm-definitions', what: 'alarm definition', prefix: 'alarm-definition',
});
const TEXT_FIELDS = ['name', 'sourceEventType', 'matchText', 'matchDefinitionName', 'category', 'instructions'];
const NUMBER_FIELDS = ['priority', 'autoCloseMinutes'];

let cameras = [];
let profiles = [];

/**
 * Lists the definitions, naming their cameras from `cameraList` and time profiles from `profileList`; the names of
 * `genericDefinitions` are offered for the generic-event match.
 */
export function refresh(cameraList, genericDefinitions, profileList) {
  cameras = cameraList;
  profiles = profileList ?? [];
  fillDatalist(definitionNames, genericDefinitions.map(definition => definition.name));
  return definitionForm.loadList(table, status, definitionRow);
}

function definitionRow(definition) {
  const source = definition.matchCameraId
    ? `${definition.sourceEventType} (${nameOf(cameras, definition.matchCameraId)})` : definition.sourceEventType;
  return definitionForm.listRow(definition, 'alarmDefinitionId', [
    cell(definition.name, 'admin-name'), cell(source, 'admin-mono'), cell(String(definition.priority), 'admin-count'),
    cell(definition.category ?? ''),
    cell(definition.relatedCameraIds.map(id => nameOf(cameras, id)).join(', '), 'admin-members'),
    cell(definition.autoCloseMinutes ? `${definition.autoCloseMinutes} min` : 'Never'),
    cell(definition.timeProfileId ? nameOf(profiles, definition.timeProfileId) : 'Always'),
    definition.enabled ? badge('Yes', 'ok') : badge('No', 'off'),
  ], {
    edit: openForm,
    question: `Delete "${definition.name}"? Its alarms stay.`,
    listStatus: status,
  });
}

function openForm(definition) {
  definitionForm.open(definition, definition ? `Edit ${definition.name}` : 'Add alarm definition');
  [...TEXT_FIELDS, ...NUMBER_FIELDS].forEach(field => { form.elements[field].value = definition?.[field] ?? ''; });
  form.elements.enabled.checked = definition?.enabled ?? true;
  fillSelect(form.elements.matchCameraId, cameras, definition?.matchCameraId, ['', 'Any camera']);
  fillCameraCheckboxes(cameraChoices, 'relatedCameraIds', cameras, definition?.relatedCameraIds ?? []);
  fillSelect(form.elements.timeProfileId, profiles, definition?.timeProfileId, ['', 'Always']);
  form.elements.name.focus();
}

function formBody() {
  const body = { enabled: form.elements.enabled.checked, relatedCameraIds: checkedValues(cameraChoices) };
  TEXT_FIELDS.forEach(field => { body[field] = textOrNull(form.elements[field].value); });
  NUMBER_FIELDS.forEach(field => { body[field] = numberOrNull(form.elements[field].value); });
  body.matchCameraId = textOrNull(form.elements.matchCameraId.value);
  body.timeProfileId = textOrNull(form.elements.timeProfileId.value);
  return body;
}

form.addEventListener('submit', event => {
  event.preventDefault();
  definitionForm.save(formBody());
});

document.getElementById('alarm-definition-add').addEventListener('click', () => openForm(null));
