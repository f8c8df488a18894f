/**
 * The alarms page: the alarms the operator may handle, kept current without reload, and take / hold / close.
 *
 * Everything shown is read through the web client's own endpoints (alarm-list, alarm, alarm-step), where the alarm
 * service runs as the signed-in user: it lists only alarms the user may handle and enforces the workflow. The
 * socket /alarm-changes (signed in by the session cookie, like every request of the page) only says "alarm X
 * changed"; the page then re-reads its list and, if X is selected, the alarm. Rows have a fixed height and the
 * details panel a fixed width, so updates never move what the operator is looking at.
 *
 * State for people and tests: <main data-state="loading|ready|error" data-live="true|false">, each row
 * <tr data-alarm-id data-state>, the details panel <aside data-alarm-id data-state>.
 */

import { UserFacingError, callWebClient as callPageEndpoint } from './web-client-calls.js';

const PAGE_SIZE = 25;
const RECONNECT_MAX_MS = 15_000;
const STATE_LABELS = { NEW: 'New', IN_PROGRESS: 'In progress', ON_HOLD: 'On hold', CLOSED: 'Closed' };
const STATE_TONES = { NEW: 'bad', IN_PROGRESS: 'warn', ON_HOLD: 'off', CLOSED: 'ok' };

const page = document.getElementById('alarms');
const context = page.dataset.context;
const rows = document.getElementById('alarm-rows');
const listStatus = document.getElementById('alarm-list-status');
const liveStatus = document.getElementById('alarm-live');
const pageLabel = document.getElementById('alarm-page');
const details = document.getElementById('alarm-details');
const comment = document.getElementById('alarm-comment');
const actionStatus = document.getElementById('alarm-action-status');
const filters = {
  state: document.getElementById('alarm-state'),
  priority: document.getElementById('alarm-priority'),
  sort: document.getElementById('alarm-sort'),
};
const cameraNames = new Map([...document.querySelectorAll('#camera-names option')]
  .map(option => [option.value, option.label]));

const state = {
  alarms: [],          // the rows of the current page
  offset: 0,
  more: false,
  selected: null,      // the selected alarm in full (with history), or null
  seen: null,          // ids listed before, so new rows can be marked; null until the first list
  listing: null,       // the list request in flight, so notices arriving meanwhile cause one more reload
  relist: false,
  pendingClose: false, // C was pressed without a comment: Enter in the comment field closes
};

/** The web client's own JSON endpoints, relative to this page's context. */
function callWebClient(path, init) {
  return callPageEndpoint(context, path, init);
}

function message(error, fallback) {
  return error instanceof UserFacingError ? error.message : fallback;
}

/* ---------- the list ---------- */

async function loadList() {
  if (state.listing) {
    state.relist = true; // a change arrived while reading: read once more when this answer is in
    return state.listing;
  }
  const query = new URLSearchParams({ state: filters.state.value, sort: filters.sort.value,
    offset: String(state.offset), limit: String(PAGE_SIZE) });
  if (filters.priority.value) {
    query.set('priority', filters.priority.value);
  }
  page.dataset.state = 'loading';
  state.listing = callWebClient(`alarm-list?${query}`).then(answer => {
    showList(answer.alarms, answer.more);
    page.dataset.state = 'ready';
  }).catch(e => {
    page.dataset.state = 'error';
    showListStatus(message(e, 'The alarms could not be listed.'), true);
  }).finally(() => {
    state.listing = null;
    if (state.relist) {
      state.relist = false;
      loadList();
    }
  });
  return state.listing;
}

function showList(alarms, more) {
  const before = state.seen;
  state.alarms = alarms;
  state.more = more;
  state.seen = new Set([...(before ?? []), ...alarms.map(alarm => alarm.id)]);
  rows.replaceChildren(...alarms.map(alarm => row(alarm, before !== null && !before.has(alarm.id))));
  pageLabel.textContent = `Page ${state.offset / PAGE_SIZE + 1}`;
  document.getElementById('alarm-previous').disabled = state.offset === 0;
  document.getElementById('alarm-next').disabled = !more;
  showListStatus(alarms.length === 0 ? 'No alarms match the filter.' : null, false);
  markSelectedRow();
}

function showListStatus(text, bad) {
  listStatus.textContent = text ?? '';
  listStatus.hidden = !text;
  listStatus.classList.toggle('notice--bad', bad);
}

function row(alarm, isNew) {
  const tr = document.createElement('tr');
  tr.className = 'alarm-row' + (isNew ? ' alarm-row--new' : '');
  tr.dataset.alarmId = alarm.id;
  tr.dataset.state = alarm.state;
  tr.append(cell(String(alarm.priority), `alarm-priority alarm-priority--${Math.min(alarm.priority, 4)}`),
    cell(null, null, stateBadge(alarm.state)), cell(new Date(alarm.raisedAt).toLocaleString()),
    cell(sourceOf(alarm)), cell(alarm.name), cell(alarm.owner ?? ''));
  tr.title = alarm.message ?? alarm.name;
  tr.addEventListener('click', () => select(alarm.id));
  tr.addEventListener('dblclick', () => jumpToVideo());
  return tr;
}

function cell(text, className, child) {
  const td = document.createElement('td');
  if (className) {
    td.className = className;
  }
  if (child) {
    td.append(child);
  } else {
    td.textContent = text;
  }
  return td;
}

function stateBadge(alarmState) {
  const badge = document.createElement('span');
  badge.className = `badge badge--${STATE_TONES[alarmState] ?? 'off'}`;
  badge.textContent = STATE_LABELS[alarmState] ?? alarmState;
  return badge;
}

function sourceOf(alarm) {
  if (!alarm.cameraId) {
    return alarm.category ?? '—';
  }
  return cameraNames.get(alarm.cameraId) ?? alarm.cameraId;
}

function markSelectedRow() {
  const selectedId = details.dataset.alarmId;
  for (const tr of rows.children) {
    const isSelected = tr.dataset.alarmId === selectedId;
    tr.classList.toggle('is-selected', isSelected);
    tr.setAttribute('aria-selected', String(isSelected));
    if (isSelected) {
      tr.scrollIntoView({ block: 'nearest' });
    }
  }
}

/* ---------- the selected alarm ---------- */

async function select(id) {
  if (details.dataset.alarmId !== id) {
    comment.value = '';
    state.pendingClose = false;
    showActionStatus(null);
  }
  details.dataset.alarmId = id;
  markSelectedRow();
  try {
    showDetails(await callWebClient(`alarm?id=${encodeURIComponent(id)}`));
  } catch (e) {
    if (details.dataset.alarmId === id) {
      showActionStatus(message(e, 'This alarm could not be read.'), true);
    }
  }
}

function showDetails(alarm) {
  if (details.dataset.alarmId !== alarm.id) {
    return; // the operator moved on meanwhile
  }
  state.selected = alarm;
  details.dataset.state = alarm.state;
  document.getElementById('alarm-details-empty').hidden = true;
  document.getElementById('alarm-details-body').hidden = false;
  document.getElementById('alarm-title').textContent = alarm.name;
  document.getElementById('alarm-detail-state').replaceWith(Object.assign(stateBadge(alarm.state),
    { id: 'alarm-detail-state' }));
  text('alarm-detail-priority', String(alarm.priority));
  text('alarm-detail-raised', new Date(alarm.raisedAt).toLocaleString());
  text('alarm-detail-source', sourceOf(alarm));
  text('alarm-detail-owner', alarm.owner ?? '—');
  text('alarm-detail-category', alarm.category ?? '—');
  text('alarm-detail-message', alarm.message ?? '—');
  const instructions = document.getElementById('alarm-instructions');
  instructions.textContent = alarm.instructions ?? '';
  instructions.hidden = !alarm.instructions;
  document.getElementById('alarm-playback').disabled = !alarm.cameraId;
  const closed = alarm.state === 'CLOSED';
  document.getElementById('alarm-take').disabled = closed || alarm.state === 'IN_PROGRESS';
  document.getElementById('alarm-hold').disabled = closed || alarm.state === 'ON_HOLD';
  document.getElementById('alarm-close').disabled = closed;
  comment.disabled = closed;
  document.getElementById('alarm-history').replaceChildren(...alarm.history.map(historyEntry));
}

function text(id, value) {
  document.getElementById(id).textContent = value;
}

function historyEntry(step) {
  const li = document.createElement('li');
  const head = document.createElement('div');
  head.className = 'alarm-history-head';
  head.textContent = `${new Date(step.at).toLocaleString()} · ${step.user} · `
    + `${step.fromState ? `${STATE_LABELS[step.fromState]} → ` : 'raised, '}${STATE_LABELS[step.toState]}`;
  li.append(head);
  if (step.comment) {
    const said = document.createElement('div');
    said.className = 'alarm-history-comment';
    said.textContent = step.comment;
    li.append(said);
  }
  return li;
}

function showActionStatus(text, bad) {
  actionStatus.textContent = text ?? '';
  actionStatus.classList.toggle('is-bad', Boolean(bad));
}

/**
 * Take, hold or close the selected alarm with the version the operator saw. The server refuses what the workflow or
 * a concurrent change does not allow, and then nothing changed: its message is shown and the alarm re-read.
 */
async function step(action) {
  const alarm = state.selected;
  if (!alarm || alarm.id !== details.dataset.alarmId) {
    return;
  }
  const said = comment.value.trim();
  if (action === 'close' && !said) {
    state.pendingClose = true;
    showActionStatus('Type how the alarm was handled, then press Enter to close it.', false);
    comment.focus();
    return;
  }
  state.pendingClose = false;
  try {
    const changed = await callWebClient('alarm-step', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ id: alarm.id, action, comment: said || null, version: alarm.version }),
    });
    comment.value = '';
    comment.blur(); // the keys work on the list again
    showActionStatus(`${STATE_LABELS[changed.state]}.`, false);
    showDetails(changed);
  } catch (e) {
    showActionStatus(message(e, 'The alarm could not be changed.'), true);
    select(alarm.id);
  }
  loadList();
}

function jumpToVideo() {
  const alarm = state.selected;
  if (alarm?.cameraId) {
    const query = new URLSearchParams({ camera: alarm.cameraId, at: alarm.raisedAt });
    window.location.assign(`${context}/playback.xhtml?${query}`);
  }
}

/* ---------- live notices ---------- */

function connect(delayMs = 500) {
  const scheme = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  const socket = new WebSocket(`${scheme}//${window.location.host}${context}/alarm-changes`);
  socket.addEventListener('message', event => {
    const notice = JSON.parse(event.data);
    if (notice.type === 'ready') {
      page.dataset.live = 'true';
      liveStatus.textContent = 'Live';
      loadList(); // what changed while the socket was down
    } else if (notice.type === 'alarm-changed') {
      loadList();
      if (notice.id === details.dataset.alarmId && notice.version !== state.selected?.version) {
        select(notice.id);
      }
    }
  });
  socket.addEventListener('close', () => {
    page.dataset.live = 'false';
    liveStatus.textContent = 'Reconnecting…';
    setTimeout(() => connect(Math.min(delayMs * 2, RECONNECT_MAX_MS)), delayMs);
  });
}

/* ---------- controls and keys ---------- */

for (const control of Object.values(filters)) {
  control.addEventListener('change', () => {
    state.offset = 0;
    loadList();
  });
}
document.getElementById('alarm-previous').addEventListener('click', () => turnPage(-1));
document.getElementById('alarm-next').addEventListener('click', () => turnPage(1));
document.querySelectorAll('.alarm-action-buttons .button').forEach(button =>
  button.addEventListener('click', () => step(button.dataset.action)));
document.getElementById('alarm-playback').addEventListener('click', jumpToVideo);
document.getElementById('alarm-actions').addEventListener('submit', event => event.preventDefault());

function turnPage(direction) {
  if ((direction < 0 && state.offset === 0) || (direction > 0 && !state.more)) {
    return;
  }
  state.offset += direction * PAGE_SIZE;
  loadList();
}

function moveSelection(direction) {
  const ids = state.alarms.map(alarm => alarm.id);
  if (ids.length === 0) {
    return;
  }
  const current = ids.indexOf(details.dataset.alarmId);
  const next = current < 0 ? 0 : Math.min(ids.length - 1, Math.max(0, current + direction));
  select(ids[next]);
}

comment.addEventListener('keydown', event => {
  if (event.key === 'Enter') {
    event.preventDefault();
    if (state.pendingClose) {
      step('close');
    }
  } else if (event.key === 'Escape') {
    state.pendingClose = false;
    comment.blur();
  }
});

document.addEventListener('keydown', event => {
  if (event.ctrlKey || event.altKey || event.metaKey || event.target.closest('input, select, textarea')) {
    return;
  }
  const actions = {
    ArrowDown: () => moveSelection(1),
    ArrowUp: () => moveSelection(-1),
    PageDown: () => turnPage(1),
    PageUp: () => turnPage(-1),
    Enter: jumpToVideo,
    t: () => step('take'),
    h: () => step('hold'),
    c: () => step('close'),
  };
  const action = actions[event.key.length === 1 ? event.key.toLowerCase() : event.key];
  if (!action || (event.key === 'Enter' && event.target.closest('button, a'))) {
    return; // Enter on a focused button presses that button
  }
  event.preventDefault();
  action();
});

loadList();
connect();
