import type { Entry, EntryStatus, UnitInTree } from '@cchc/portal-data-access';

/** An entry as one row of the screening table. */
export interface ScreeningRow {
  id: string;
  title: string;
  fieldKey: string;
  authors: string;
  unitName: string | null;
  submittedAt: string | null;
  status: EntryStatus;
  /** Why it was found ineligible. */
  note: string | null;
  mayMarkEligible: boolean;
  mayMarkIneligible: boolean;
}

/** Screening may be corrected (eligible ⇄ ineligible) until judging starts; drafts and withdrawn entries are out. */
const TO_ELIGIBLE: readonly EntryStatus[] = ['submitted', 'forwarded', 'ineligible'];
const TO_INELIGIBLE: readonly EntryStatus[] = ['submitted', 'forwarded', 'eligible'];

/**
 * The rows of the screening table: every entry proposed to the province (drafts are still their authors'), with the
 * decisions its status allows. Whether the contest's pre-selection requires forwarding first is the service's check.
 */
export function screeningRows(entries: readonly Entry[], units: readonly UnitInTree[]): ScreeningRow[] {
  const unitNames = new Map(units.map((unit) => [unit.id, unit.name]));
  return entries
    .filter((entry) => entry.status !== 'draft')
    .map((entry) => ({
      id: entry.id,
      title: entry.title || entry.content.title || '',
      fieldKey: entry.fieldKey,
      authors: (entry.content.authors ?? [])
        .map((author) => author.name?.trim() ?? '')
        .filter(Boolean)
        .join(', '),
      unitName: (entry.unitId && unitNames.get(entry.unitId)) || null,
      submittedAt: entry.submittedAt,
      status: entry.status,
      note: entry.screeningNote,
      mayMarkEligible: TO_ELIGIBLE.includes(entry.status),
      mayMarkIneligible: TO_INELIGIBLE.includes(entry.status),
    }));
}
