// The parts of an initiative entry that the novelty check compares. Pure.

/** Text fields of an entry, in the order of the application form. */
export const TEXT_FIELDS = ['title', 'situation', 'solution', 'benefits'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** An entry's text: title, current situation (thực trạng), content of the solution, benefits (hiệu quả). */
export type EntryText = Record<TextField, string>;
