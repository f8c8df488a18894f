/**
 * Marks on the playback page's timeline (bookmarks, smart search hits): buttons at their instants (and over their
 * duration, if they have one) within the timeline's window. Clicking a mark plays back from the mark's own instant,
 * not from the point of the timeline under the mouse.
 */

/**
 * @param container the timeline layer the marks go into
 * @param window the timeline's range {from, to} in ms, or null while there is none
 * @param marks [{start: ms, end?: ms, className, title, label?, data?: {name: value}}]
 * @param seek (ms, mark) → plays back from that instant (the mark says, in its data, which camera if that matters)
 */
export function drawTimelineMarks(container, window, marks, seek) {
  if (!window) {
    container.replaceChildren();
    return;
  }
  const { from, to } = window;
  const percent = ms => `${(100 * ms) / (to - from)}%`;
  container.replaceChildren(...marks.filter(mark => (mark.end ?? mark.start) >= from && mark.start <= to).map(mark => {
    const start = Math.max(mark.start, from);
    const element = document.createElement('button');
    element.type = 'button';
    element.className = mark.className;
    Object.assign(element.dataset, mark.data ?? {});
    element.style.left = percent(start - from);
    if (mark.end !== undefined) {
      element.style.width = percent(Math.min(mark.end, to) - start);
    }
    element.title = mark.title;
    element.setAttribute('aria-label', mark.label ?? mark.title);
    element.addEventListener('click', event => {
      event.stopPropagation(); // not a click on the timeline at the mouse position: the mark's own instant
      seek(mark.start, mark);
    });
    return element;
  }));
}

/**
 * The recorder's motion intervals ({start, end} as ISO instants), from several regions or recorders, as marks' times:
 * overlapping or touching intervals become one {start, end} in ms, in time order.
 */
export function mergeIntervals(intervals) {
  const sorted = intervals.map(i => ({ start: Date.parse(i.start), end: Date.parse(i.end) }))
    .sort((a, b) => a.start - b.start);
  const result = [];
  for (const interval of sorted) {
    const last = result[result.length - 1];
    if (last && interval.start <= last.end) {
      last.end = Math.max(last.end, interval.end);
    } else {
      result.push({ ...interval });
    }
  }
  return result;
}
