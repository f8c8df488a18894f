/**
 * The configuration page's roles: who holds them (the token claims, i.e. Keycloak realm roles, that grant them),
 * their rights on all cameras, per device group and per camera as a grid of checkboxes, their administration areas
 * and PTZ priority. Listed, added, edited and deleted through /admin/roles; the role EJB checks (SECURITY area),
 * validates and audits every change as the signed-in administrator.
 */

import {
  AdminForm, cell, numberOrNull, words,
} from './admin-page.js';

const table = document.getElementById('role-list');
const status = document.getElementById('role-status');
const form = document.getElementById('role-form');
const rightsGrid = document.getElementById('role-rights');
/** The grid's columns, as the server rendered them from the role model. */
const RIGHTS = [...rightsGrid.querySelectorAll('th[data-right]')].map(th => th.dataset.right);
const roleForm = new AdminForm({ collection: 'roles', what: 'role', prefix: 'role' });

let cameras = [];
let groups = [];

rightsGrid.querySelectorAll('th[data-right]').forEach(th => { th.textContent = words(th.dataset.right); });
form.querySelectorAll('input[name="adminAreas"]').forEach(box => { box.nextSibling.textContent = ` ${words(box.value)}`; });

/** Lists the roles, naming their grants' targets from `cameraList` and `groupList`. */
export function refresh(cameraList, groupList) {
  cameras = cameraList;
  groups = groupList;
  return roleForm.loadList(table, status, roleRow);
}

/** What a grant covers, in words: "All cameras", a group's or a camera's name (its id when it is not listed). */
function targetName(scope, targetId) {
  if (scope === 'ALL') {
    return 'All cameras';
  }
  const known = scope === 'DEVICE_GROUP' ? groups : cameras;
  const name = known.find(target => target.id === targetId)?.name;
  return name ?? `${targetId} (not visible to you)`;
}

function grantSummary(grant) {
  return `${targetName(grant.scope, grant.targetId)}: ${grant.rights.map(words).join(', ')}`;
}

function roleRow(role) {
  return roleForm.listRow(role, 'roleId', [
    cell(role.name, 'admin-name'), cell(role.claims.join(', '), 'admin-mono'),
    cell(role.grants.map(grantSummary).join(' · ') || 'None', 'admin-members'),
    cell(role.adminAreas.map(words).join(', ')), cell(String(role.ptzPriority), 'admin-count'),
  ], {
    edit: openForm,
    question: `Delete "${role.name}"? Its holders lose its rights at once.`,
    listStatus: status,
  });
}

/* ---------- the role form ---------- */

function headingRow(text) {
  const row = document.createElement('tr');
  row.className = 'admin-rights-heading';
  const th = document.createElement('th');
  th.colSpan = RIGHTS.length + 1;
  th.textContent = text;
  row.append(th);
  return row;
}

/** One row of the grid: a checkbox per right on the target, ticked as `granted` says. */
function targetRow(scope, targetId, label, granted) {
  const row = document.createElement('tr');
  row.dataset.scope = scope;
  if (targetId) {
    row.dataset.target = targetId;
  }
  const th = document.createElement('th');
  th.scope = 'row';
  th.textContent = label;
  row.append(th, ...RIGHTS.map(right => {
    const td = document.createElement('td');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.dataset.right = right;
    box.checked = granted.includes(right);
    box.setAttribute('aria-label', `${words(right)} on ${label}`);
    td.append(box);
    return td;
  }));
  return row;
}

/**
 * All cameras, every device group and every camera, each with the role's rights on it. A grant on a target the
 * administrator cannot see is shown by its id and kept, so saving never drops a right unasked.
 */
function fillRightsGrid(grants) {
  const rightsOn = (scope, targetId) => grants
    .filter(grant => grant.scope === scope && (grant.targetId ?? null) === (targetId ?? null))
    .flatMap(grant => grant.rights);
  const targets = scope => {
    const known = (scope === 'DEVICE_GROUP' ? groups : cameras).map(target => target.id);
    const hidden = grants.filter(grant => grant.scope === scope && !known.includes(grant.targetId))
      .map(grant => grant.targetId);
    return [...new Set([...known, ...hidden])]
      .map(id => ({ id, label: targetName(scope, id) }))
      .sort((a, b) => a.label.localeCompare(b.label, undefined, { sensitivity: 'base' }))
      .map(target => targetRow(scope, target.id, target.label, rightsOn(scope, target.id)));
  };
  rightsGrid.querySelector('tbody').replaceChildren(
    targetRow('ALL', null, 'All cameras', rightsOn('ALL', null)),
    headingRow('Device groups'), ...targets('DEVICE_GROUP'),
    headingRow('Cameras'), ...targets('CAMERA'));
}

function openForm(role) {
  roleForm.open(role, role ? `Edit ${role.name}` : 'Add role');
  fillRightsGrid(role?.grants ?? []);
  if (role) {
    form.elements.name.value = role.name;
    form.elements.description.value = role.description;
    form.elements.claims.value = role.claims.join(', ');
    form.elements.ptzPriority.value = role.ptzPriority;
    form.querySelectorAll('input[name="adminAreas"]').forEach(box => {
      box.checked = role.adminAreas.includes(box.value);
    });
  }
  form.elements.name.focus();
}

/** The grid's ticked boxes as grants, one per target with any right. */
function grantsOfGrid() {
  return [...rightsGrid.querySelectorAll('tr[data-scope]')].map(row => ({
    scope: row.dataset.scope,
    ...(row.dataset.target ? { targetId: row.dataset.target } : {}),
    rights: [...row.querySelectorAll('input:checked')].map(box => box.dataset.right),
  })).filter(grant => grant.rights.length > 0);
}

function formBody() {
  const elements = form.elements;
  return {
    name: elements.name.value,
    description: elements.description.value,
    // Claims are separated by commas; whatever else a claim holds (a space) is the server's to refuse.
    claims: elements.claims.value.split(/[,\n]/).map(claim => claim.trim()).filter(claim => claim !== ''),
    grants: grantsOfGrid(),
    adminAreas: [...form.querySelectorAll('input[name="adminAreas"]:checked')].map(box => box.value),
    ptzPriority: numberOrNull(elements.ptzPriority.value),
  };
}

form.addEventListener('submit', event => {
  event.preventDefault();
  roleForm.save(formBody());
});

document.getElementById('role-add').addEventListener('click', () => openForm(null));
