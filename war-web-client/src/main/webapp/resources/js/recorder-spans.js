/**
 * Which recorder serves a camera's recordings of an instant. After a camera moved to another recorder its older
 * recordings stay on the old one (docs/design/move-hardware.md): the playback access lists one span per recorder
 * period, oldest first, `{recorderId, from, until?, recordingsUrl, clipUrl, snapshotUrl, motionUrl}` (no `until`:
 * the current recorder). The same rule as the server's PlacementHistory: an instant before the first period goes to
 * the first recorder.
 */

function untilMs(span) {
  return span.until ? Date.parse(span.until) : Infinity;
}

/** The span holding `instantMs`; the access itself (current recorder) when it lists no spans. */
export function spanAt(access, instantMs) {
  return (access.spans ?? []).find(span => instantMs < untilMs(span)) ?? access;
}

/**
 * The spans sharing time with [fromMs, toMs), each with the part of the range it holds as `fromMs`/`toMs`; the
 * whole range on the access itself when it lists no spans.
 */
export function spansWithin(access, fromMs, toMs) {
  const spans = access.spans ?? [];
  if (spans.length === 0) {
    return [{ ...access, fromMs, toMs }];
  }
  return spans
    .map((span, i) => ({ ...span, fromMs: i === 0 ? fromMs : Math.max(fromMs, Date.parse(span.from)),
      toMs: Math.min(toMs, untilMs(span)) }))
    .filter(span => span.fromMs < span.toMs);
}

/**
 * What the camera recorded in [fromMs, toMs) as one listing {spans, gaps, unavailable}: each recorder it was on is
 * asked for its part only, by `list(recordingsUrl, partFromMs, partToMs)` → that recorder's listing. A recorder that
 * does not answer (offline, unreachable) does not hide what the others hold: its part is listed in `unavailable`
 * as `{recorderId, fromMs, toMs, reason}`. Only when no recorder answers does this fail, with the first reason.
 */
export async function listAcrossRecorders(access, fromMs, toMs, list) {
  const parts = spansWithin(access, fromMs, toMs);
  const answers = await Promise.allSettled(parts.map(part => list(part.recordingsUrl, part.fromMs, part.toMs)));
  const listed = answers.filter(answer => answer.status === 'fulfilled').map(answer => answer.value);
  if (listed.length === 0 && answers.length > 0) {
    throw answers[0].reason;
  }
  return {
    spans: listed.flatMap(listing => listing.spans),
    gaps: listed.flatMap(listing => listing.gaps),
    unavailable: parts
      .map((part, i) => ({ recorderId: part.recorderId, fromMs: part.fromMs, toMs: part.toMs, answer: answers[i] }))
      .filter(part => part.answer.status === 'rejected')
      .map(({ answer, ...part }) => ({ ...part, reason: answer.reason })),
  };
}
