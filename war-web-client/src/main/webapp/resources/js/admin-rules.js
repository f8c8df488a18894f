/**
 * The configuration page's rules: a trigger (an event, possibly only from one camera, or a time profile starting or
 * ending), an optional condition (only while a time profile is active) and actions run in order, each with the
 * parameters its type takes. Listed, added, edited and deleted through /admin/rules; the rule EJB validates every
 * field (naming it: actions[1].seconds, shown next to that field), stores and audits the change.
 */

import {
  AdminForm, badge, cell, numberOrNull, words,
} from './admin-page.js';
import {
  checkedValues, fillCameraCheckboxes, fillSelect, nameOf, textOrNull,
} from './admin-choices.js';

const table = document.getElementById('rule-list');
const status = document.getElementById('rule-status');
const form = document.getElementById('rule-form');
const actionList = document.getElementById('rule-actions');
const actionTemplate = document.getElementById('rule-action-template');
const ruleForm = new AdminForm({ collection: 'rules', what: 'rule', prefix: 'rule' });

/** The parameters each action type takes, as the rule EJB reads them (RuleAction). */
const ACTION_FIELDS = {
  START_RECORDING: ['cameraIds'],
  STOP_RECORDING: ['cameraIds'],
  RECORD_ON_EVENT: ['cameraIds', 'seconds'],
  CHANGE_FRAME_RATE: ['cameraIds', 'seconds'],
  RAISE_ALARM: ['alarmName', 'priority', 'cameraIds', 'message'],
  WRITE_RULE_LOG: ['message'],
  SEND_EMAIL: ['recipients', 'subject', 'message'],
  SHOW_ON_VIDEO_WALL: ['cameraIds', 'monitor'],
  GO_TO_PTZ_PRESET: ['cameraIds', 'preset'],
  ACTIVATE_OUTPUT: ['cameraIds', 'output', 'active', 'seconds'],
};
const NUMBER_FIELDS = ['priority', 'seconds'];
const TRIGGER_FIELDS = ['eventType', 'cameraId', 'definitionId', 'analyticsType', 'sourceName', 'timeProfileId'];

let cameras = [];
let profiles = [];
let genericDefinitions = [];

form.querySelectorAll('select[name="trigger.type"] option').forEach(option => { option.textContent = words(option.value); });
actionTemplate.content.querySelectorAll('select[name="type"] option').forEach(option => {
  option.textContent = words(option.value);
});

/** Lists the rules, naming cameras, time profiles and generic-event definitions from the lists given. */
export function refresh(cameraList, profileList, definitionList) {
  cameras = cameraList;
  profiles = profileList;
  genericDefinitions = definitionList;
  return ruleForm.loadList(table, status, ruleRow);
}

function triggerText(trigger) {
  if (trigger.type !== 'EVENT') {
    return `${words(trigger.type)}: ${nameOf(profiles, trigger.timeProfileId)}`;
  }
  const narrowing = [trigger.cameraId && nameOf(cameras, trigger.cameraId),
    trigger.definitionId && nameOf(genericDefinitions, trigger.definitionId),
    trigger.analyticsType, trigger.sourceName].filter(Boolean);
  return narrowing.length ? `${trigger.eventType} (${narrowing.join(', ')})` : trigger.eventType;
}

function actionText(action) {
  const target = (action.cameraIds ?? []).map(id => nameOf(cameras, id)).join(', ')
    || action.alarmName || (action.recipients ?? []).join(', ');
  return target ? `${words(action.type)}: ${target}` : words(action.type);
}

function ruleRow(rule) {
  return ruleForm.listRow(rule, 'ruleId', [
    cell(rule.name, 'admin-name'), cell(triggerText(rule.trigger)),
    cell(rule.onlyWhileTimeProfileId ? nameOf(profiles, rule.onlyWhileTimeProfileId) : 'Always'),
    cell(rule.actions.map(actionText).join(' · '), 'admin-members'),
    rule.enabled ? badge('Yes', 'ok') : badge('No', 'off'),
  ], {
    edit: openForm,
    question: `Delete "${rule.name}" and its execution history?`,
    listStatus: status,
  });
}

/* ---------- the trigger ---------- */

function triggerField(field) {
  return form.elements[`trigger.${field}`];
}

/** Shows the trigger fields its type (and, for generic and analytics events, its event type) uses. */
function showTriggerFields() {
  const type = triggerField('type').value;
  const eventType = triggerField('eventType').value.trim();
  form.querySelectorAll('[data-trigger]').forEach(label => {
    label.hidden = !label.dataset.trigger.split(' ').includes(type)
      || (label.dataset.eventType !== undefined && label.dataset.eventType !== eventType);
  });
}

function triggerBody() {
  const trigger = { type: triggerField('type').value };
  TRIGGER_FIELDS.filter(field => !triggerField(field).closest('label').hidden)
    .forEach(field => { trigger[field] = textOrNull(triggerField(field).value); });
  return trigger;
}

/* ---------- the actions ---------- */

/** Names each action's fields and error slots actions[N].FIELD, N its position, as the rule EJB names them. */
function numberActions() {
  actionList.querySelectorAll('.admin-rule-action').forEach((action, index) => {
    action.querySelector('legend').textContent = `Action ${index + 1}`;
    const prefix = `actions[${index}].`;
    action.querySelectorAll('[data-field]').forEach(element => { element.name = prefix + element.dataset.field; });
    action.querySelectorAll('[data-slot]').forEach(slot => { slot.dataset.errorFor = prefix + slot.dataset.slot; });
  });
}

function showActionFields(action) {
  const fields = ACTION_FIELDS[action.querySelector('select[data-field="type"]').value] ?? [];
  action.querySelectorAll('[data-action-field]').forEach(element => {
    element.hidden = !fields.includes(element.dataset.actionField);
  });
}

function addAction(given) {
  const action = actionTemplate.content.firstElementChild.cloneNode(true);
  const cameraChoices = action.querySelector('[data-action-field="cameraIds"]');
  fillCameraCheckboxes(cameraChoices, 'cameraIds', cameras, given.cameraIds ?? []);
  action.querySelectorAll('[name]').forEach(element => { element.dataset.field = element.name; });
  action.querySelectorAll('.field-error').forEach(slot => { slot.dataset.slot = slot.dataset.errorFor; });
  const value = field => action.querySelector(`[data-field="${field}"]`);
  value('type').value = given.type;
  ['alarmName', 'priority', 'message', 'subject', 'monitor', 'seconds', 'preset', 'output']
    .filter(field => given[field] !== undefined).forEach(field => { value(field).value = given[field]; });
  value('recipients').value = (given.recipients ?? []).join(', ');
  value('active').checked = given.active ?? true;
  value('type').addEventListener('change', () => showActionFields(action));
  action.querySelector('.rule-action-remove').addEventListener('click', () => {
    action.remove();
    numberActions();
  });
  actionList.append(action);
  showActionFields(action);
  numberActions();
}

/** The fields the action's type takes, in the EJB's types; the hidden fields of other types are not sent. */
function actionBody(action) {
  const type = action.querySelector('select[data-field="type"]').value;
  const body = { type };
  for (const field of ACTION_FIELDS[type] ?? []) {
    const element = action.querySelector(`[data-field="${field}"]`);
    if (field === 'cameraIds') {
      body.cameraIds = checkedValues(action.querySelector('[data-action-field="cameraIds"]'));
    } else if (field === 'recipients') {
      body.recipients = element.value.split(/[,;\s]+/).filter(address => address !== '');
    } else if (field === 'active') {
      body.active = element.checked;
    } else if (NUMBER_FIELDS.includes(field)) {
      body[field] = numberOrNull(element.value);
    } else {
      body[field] = textOrNull(element.value);
    }
  }
  return body;
}

/* ---------- the form ---------- */

function openForm(rule) {
  ruleForm.open(rule, rule ? `Edit ${rule.name}` : 'Add rule');
  const trigger = rule?.trigger ?? { type: 'EVENT' };
  form.elements.name.value = rule?.name ?? '';
  form.elements.description.value = rule?.description ?? '';
  form.elements.enabled.checked = rule?.enabled ?? true;
  triggerField('type').value = trigger.type;
  ['eventType', 'analyticsType', 'sourceName']
    .forEach(field => { triggerField(field).value = trigger[field] ?? ''; });
  fillSelect(triggerField('cameraId'), cameras, trigger.cameraId, ['', 'Any camera']);
  fillSelect(triggerField('definitionId'), genericDefinitions, trigger.definitionId, ['', 'Any']);
  fillSelect(triggerField('timeProfileId'), profiles, trigger.timeProfileId);
  fillSelect(form.elements.onlyWhileTimeProfileId, profiles, rule?.onlyWhileTimeProfileId, ['', 'Always']);
  showTriggerFields();
  actionList.replaceChildren();
  (rule?.actions ?? [{ type: 'RECORD_ON_EVENT', seconds: 10 }]).forEach(addAction);
  form.elements.name.focus();
}

function formBody() {
  return {
    name: form.elements.name.value,
    description: form.elements.description.value,
    enabled: form.elements.enabled.checked,
    trigger: triggerBody(),
    onlyWhileTimeProfileId: textOrNull(form.elements.onlyWhileTimeProfileId.value),
    actions: [...actionList.querySelectorAll('.admin-rule-action')].map(actionBody),
  };
}

triggerField('type').addEventListener('change', showTriggerFields);
triggerField('eventType').addEventListener('input', showTriggerFields);

form.addEventListener('submit', event => {
  event.preventDefault();
  ruleForm.save(formBody());
});

document.getElementById('rule-action-add').addEventListener('click', () => addAction({ type: 'WRITE_RULE_LOG' }));
document.getElementById('rule-add').addEventListener('click', () => openForm(null));
