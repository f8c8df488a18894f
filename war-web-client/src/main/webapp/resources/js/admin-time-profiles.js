/**
 * The configuration page's time profiles: weekly schedules in a time zone that rules start on, end on or act only
 * within. Listed with whether each is active now; added, edited and deleted through /admin/time-profiles (the time
 * profile EJB validates, stores and audits every change, and refuses to delete a profile a rule still uses).
 */

import { AdminForm, badge, cell, words } from './admin-page.js';
import { fillDatalist } from './admin-choices.js';
import { siteTimeZone } from './admin-hardware.js';

const table = document.getElementById('profile-list');
const status = document.getElementById('profile-status');
const form = document.getElementById('profile-form');
const intervalRows = document.getElementById('profile-intervals');
const intervalTemplate = document.getElementById('profile-interval-template');
const profileForm = new AdminForm({ collection: 'time-profiles', what: 'time profile', prefix: 'profile' });

/** A new profile starts as office hours on Monday in the site's zone: something to change rather than a blank. */
const FIRST_INTERVAL = { day: 'MONDAY', start: '08:00', end: '17:00' };

fillDatalist(document.getElementById('time-zones'), Intl.supportedValuesOf('timeZone'));
intervalTemplate.content.querySelectorAll('option').forEach(option => { option.textContent = words(option.value); });

/** Lists the profiles; returns them (empty when they cannot be read) for the rules' choices. */
export function refresh() {
  return profileForm.loadList(table, status, profileRow);
}

/** "Monday 08:00–17:00" */
function intervalText(interval) {
  return `${words(interval.day)} ${interval.start.slice(0, 5)}–${interval.end.slice(0, 5)}`;
}

function profileRow(profile) {
  const next = profile.nextTransitionAt ? `until ${new Date(profile.nextTransitionAt).toLocaleString()}` : 'for good';
  return profileForm.listRow(profile, 'profileId', [
    cell(profile.name, 'admin-name'), cell(profile.timeZone, 'admin-mono'),
    cell(profile.intervals.map(intervalText).join(', '), 'admin-members'),
    profile.active ? badge('Active', 'ok', next) : badge('Inactive', 'off', next),
  ], {
    edit: openForm,
    question: `Delete "${profile.name}"? Refused while a rule uses it.`,
    listStatus: status,
  });
}

function addIntervalRow(interval) {
  const row = intervalTemplate.content.firstElementChild.cloneNode(true);
  row.querySelector('[name="day"]').value = interval.day;
  row.querySelector('[name="start"]').value = interval.start.slice(0, 5);
  row.querySelector('[name="end"]').value = interval.end.slice(0, 5);
  row.querySelector('.profile-interval-remove').addEventListener('click', () => row.remove());
  intervalRows.append(row);
}

function openForm(profile) {
  profileForm.open(profile, profile ? `Edit ${profile.name}` : 'Add time profile');
  intervalRows.querySelectorAll('.admin-row').forEach(row => row.remove());
  (profile?.intervals ?? [FIRST_INTERVAL]).forEach(addIntervalRow);
  form.elements.name.value = profile?.name ?? '';
  form.elements.description.value = profile?.description ?? '';
  // Left empty (the site not read yet), the server gives a new profile the site's zone all the same.
  form.elements.timeZone.value = profile?.timeZone ?? siteTimeZone() ?? '';
  form.elements.name.focus();
}

function formBody() {
  return {
    name: form.elements.name.value,
    description: form.elements.description.value,
    timeZone: form.elements.timeZone.value,
    intervals: [...intervalRows.querySelectorAll('.admin-row')].map(row => ({
      day: row.querySelector('[name="day"]').value,
      start: row.querySelector('[name="start"]').value,
      end: row.querySelector('[name="end"]').value,
    })),
  };
}

form.addEventListener('submit', event => {
  event.preventDefault();
  profileForm.save(formBody());
});

document.getElementById('profile-interval-add').addEventListener('click', () => addIntervalRow(FIRST_INTERVAL));
document.getElementById('profile-add').addEventListener('click', () => openForm(null));
