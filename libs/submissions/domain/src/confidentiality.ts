import type { ConfidentialSection, EntryDraft } from './entry.ts';
import { PROVINCE_ADMIN_ROLE } from './entry-lifecycle.ts';

/**
 * Roles that may read an entry's confidential sections, within the entry's own province: the province admins who
 * run the contest and the council that judges it. Platform roles have no province and never see them; an author
 * reading their own entry is the service's ownership check, not a role.
 */
export const CONFIDENTIAL_READER_ROLES: readonly string[] = [
  PROVINCE_ADMIN_ROLE,
  'council-chair',
  'council-secretary',
  'judge',
];

/** Who is asking, as the verified token says. */
export interface Caller {
  roles: readonly string[];
  province: string | null;
}

type Person = { dateOfBirth?: string | null };
type WithoutBirthDates<T> = T extends readonly (infer P)[] ? Omit<P, 'dateOfBirth'>[] : T;

/** What the public sees of an entry: confidential sections removed and listed, no one's date of birth. */
export type PublicEntryContent = Omit<
  EntryDraft,
  ConfidentialSection | 'confidentialSections' | 'authors' | 'trialParticipants'
> &
  Partial<Omit<Pick<EntryDraft, ConfidentialSection>, 'trialParticipants'>> & {
    authors?: WithoutBirthDates<EntryDraft['authors']>;
    trialParticipants?: WithoutBirthDates<EntryDraft['trialParticipants']>;
    /** Sections the author marked confidential, so readers know something was withheld. */
    withheldSections: ConfidentialSection[];
  };

/** True when `caller` may read the confidential sections of an entry of `entryProvince`. */
export function canSeeConfidential(caller: Caller, entryProvince: string): boolean {
  return (
    caller.province !== null &&
    caller.province === entryProvince &&
    caller.roles.some((role) => CONFIDENTIAL_READER_ROLES.includes(role))
  );
}

function withoutBirthDate<P extends Person>(person: P): Omit<P, 'dateOfBirth'> {
  const { dateOfBirth: _dateOfBirth, ...rest } = person;
  return rest;
}

/**
 * The entry as it may be published: the sections its author marked confidential are removed (not blanked, so no
 * serializer can leak them), and dates of birth are dropped, since replicating an initiative never needs them.
 */
export function publicEntryView(content: EntryDraft): PublicEntryContent {
  const withheld = [...new Set(content.confidentialSections ?? [])];
  const {
    confidentialSections: _marked,
    authors,
    trialParticipants,
    ...rest
  }: EntryDraft = structuredClone(content);
  const view: Record<string, unknown> = { ...rest };
  if (authors) view['authors'] = authors.map(withoutBirthDate);
  if (trialParticipants) view['trialParticipants'] = trialParticipants.map(withoutBirthDate);
  for (const section of withheld) delete view[section];
  return { ...view, withheldSections: withheld } as PublicEntryContent;
}

/** The content `caller` may read: everything for the province's admins and council, the public view otherwise. */
export function entryContentFor(
  caller: Caller,
  entry: { provinceCode: string; content: EntryDraft },
): EntryDraft | PublicEntryContent {
  return canSeeConfidential(caller, entry.provinceCode) ? entry.content : publicEntryView(entry.content);
}
