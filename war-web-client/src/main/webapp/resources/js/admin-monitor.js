/**
 * The system monitor (read-only), on the configuration page and on its own page (monitor.xhtml): every recording
 * server, online or not and since when (it registered, or the resource adapter found it silent past its heartbeat
 * timeout), and the state of every camera the user may see, as its recorder reports it, with whether it records.
 * Polled from /monitor/snapshot every few seconds while the page is visible (camera states are not configuration
 * changes, so the configuration-change socket does not carry them). Its state is mirrored on <section data-state>:
 * loading, ready, error.
 */

import { badge, callWebClient, cell, messageOf, showStatus } from './admin-page.js';

const POLL_MS = 3_000;

const section = document.getElementById('monitor');
const serverRows = document.querySelector('#monitor-servers tbody');
const cameraRows = document.querySelector('#monitor-cameras tbody');
const updated = document.getElementById('monitor-updated');
const status = document.getElementById('monitor-status');

function serverRow(server) {
  const row = document.createElement('tr');
  row.dataset.recorderId = server.id;
  row.dataset.online = String(server.online);
  row.append(cell(server.name, 'admin-name'), server.online ? badge('Online', 'ok') : badge('Offline', 'bad'),
    cell(server.lastSeen ? new Date(server.lastSeen).toLocaleString() : ''),
    cell(`${server.streaming} of ${server.cameras}`, 'admin-count'));
  return row;
}

function cameraRow(camera) {
  const row = document.createElement('tr');
  row.dataset.cameraId = camera.id;
  row.dataset.state = camera.state;
  row.dataset.recording = camera.recording;
  row.append(cell(camera.name, 'admin-name'), cell(camera.recorderName),
    badge(camera.stateLabel, camera.stateTone, camera.lastError),
    badge(camera.recordingLabel, camera.recordingTone), cell(camera.recordingMode, 'admin-mono'));
  return row;
}

async function poll() {
  if (document.hidden) {
    return;
  }
  try {
    const snapshot = await callWebClient('monitor/snapshot');
    serverRows.replaceChildren(...snapshot.servers.map(serverRow));
    cameraRows.replaceChildren(...snapshot.cameras.map(cameraRow));
    updated.textContent = `Updated ${new Date().toLocaleTimeString()}`;
    showStatus(status, null);
    section.dataset.state = 'ready';
  } catch (e) {
    showStatus(status, messageOf(e, 'The system state cannot be read right now.'));
    section.dataset.state = 'error';
  }
}

/** Settles once the first snapshot is shown (or refused): the configuration page reveals its sections after it. */
export const firstSnapshot = poll();
setInterval(poll, POLL_MS);
document.addEventListener('visibilitychange', poll);
