import type { ContestStatus } from '@cchc/portal-data-access';

/**
 * The statuses a contest may move to from each, as the submissions service allows them: a closed contest may reopen
 * after its deadline was extended, a draft that will never run is archived. The service has the last word (it also
 * checks the window and the rules text); this only decides which buttons to offer.
 */
const NEXT_STATUSES: Readonly<Record<ContestStatus, readonly ContestStatus[]>> = {
  draft: ['open', 'archived'],
  open: ['closed'],
  closed: ['open', 'judging'],
  judging: ['finalized'],
  finalized: ['archived'],
  archived: [],
};

/** The statuses a province admin may try to move a contest in `status` to, in the order the buttons show. */
export function nextStatuses(status: ContestStatus): readonly ContestStatus[] {
  return NEXT_STATUSES[status] ?? [];
}

/** Only a draft is edited as a whole; an open contest's rules are what its authors rely on. */
export function isEditable(status: ContestStatus): boolean {
  return status === 'draft';
}
