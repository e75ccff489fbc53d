/** Whose status a chip shows; its texts are under `<kind>Status.<status>`. */
export type StatusKind = 'contest' | 'entry' | 'registry';

export type Tone = 'success' | 'info' | 'danger' | 'muted';

/** Green where things go on (an open contest, an eligible entry), red for a refusal, grey for what is over. */
const TONES: Record<StatusKind, Record<string, Tone>> = {
  contest: {
    draft: 'muted',
    open: 'success',
    closed: 'info',
    judging: 'info',
    finalized: 'info',
    archived: 'muted',
  },
  entry: {
    draft: 'muted',
    submitted: 'info',
    forwarded: 'info',
    eligible: 'success',
    ineligible: 'danger',
    withdrawn: 'muted',
  },
  /** Provinces and units; a merged one lives on in its successor and only reads. */
  registry: {
    active: 'success',
    deactivated: 'muted',
    merged: 'info',
  },
};

/** The colour of a status; a status this portal does not know yet is muted. */
export function statusTone(kind: StatusKind, status: string): Tone {
  const tones = TONES[kind];
  return Object.hasOwn(tones, status) ? tones[status]! : 'muted';
}
