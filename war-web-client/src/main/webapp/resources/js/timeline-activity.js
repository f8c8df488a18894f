/**
 * The playback timeline's motion lane: where the recorder's motion detection saw something anywhere in the picture
 * during the timeline's window, drawn as a thin orange line under the recordings, for the camera on screen or for
 * every camera of a view together. It reads the same motion index as smart search (the recorder's motion route, no
 * region), asking each recorder a moved camera was on for its own period. Cameras without motion detection have no
 * motion to show; a recorder that does not answer leaves its part blank. Clicking a mark plays back from its start.
 *
 * The lane's state is mirrored on it for people and tests: data-state (loading, ready, unavailable) and
 * data-intervals.
 */

import { callRecorder, range } from './recorded-player.js';
import { spansWithin } from './recorder-spans.js';
import { drawTimelineMarks, mergeIntervals } from './timeline-marks.js';

let generation = 0;

/**
 * @param lane the timeline layer the marks go into
 * @param accesses the playback accesses of the cameras on screen
 * @param window the timeline's range {from, to} in ms
 * @param seek (ms) → plays back from that instant
 */
export async function drawMotionActivity(lane, accesses, window, seek) {
  const request = ++generation;
  lane.dataset.state = 'loading';
  const parts = accesses.flatMap(access => spansWithin(access, window.from, window.to)).filter(part => part.motionUrl);
  const answers = await Promise.allSettled(parts.map(async part =>
    (await callRecorder(range(part.motionUrl, part.fromMs, part.toMs))).json()));
  if (request !== generation) {
    return; // another camera or view was put on screen meanwhile
  }
  const listed = answers.filter(answer => answer.status === 'fulfilled').map(answer => answer.value);
  const intervals = mergeIntervals(listed.flatMap(answer => answer.intervals));
  drawTimelineMarks(lane, window, intervals.map(interval => ({
    start: interval.start,
    end: interval.end,
    className: 'timeline-activity-mark',
    title: `Motion from ${new Date(interval.start).toLocaleTimeString()} to ${new Date(interval.end).toLocaleTimeString()}`,
  })), seek);
  lane.dataset.intervals = String(intervals.length);
  lane.dataset.state = listed.length === 0 && parts.length > 0 ? 'unavailable' : 'ready';
}

/** Empties the lane (nothing on screen). */
export function clearMotionActivity(lane) {
  generation++;
  lane.replaceChildren();
  lane.dataset.intervals = '0';
  delete lane.dataset.state;
}
