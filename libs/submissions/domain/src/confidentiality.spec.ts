import { describe, expect, it } from 'vitest';
import { canSeeConfidential, entryContentFor, publicEntryView } from './confidentiality.ts';
import { sampleEntry, sampleEntryContent } from './testing/samples.ts';

describe('public view of an entry', () => {
  const content = sampleEntryContent({
    confidentialSections: ['solution', 'trialParticipants', 'stateFunding'],
  });
  const view = publicEntryView(content);

  it('removes the sections the author marked confidential and lists them', () => {
    expect(view).not.toHaveProperty('solution');
    expect(view).not.toHaveProperty('trialParticipants');
    expect(view).not.toHaveProperty('stateFunding');
    expect(view.withheldSections).toEqual(['solution', 'trialParticipants', 'stateFunding']);
    expect(view).not.toHaveProperty('confidentialSections');
  });

  it('keeps the rest', () => {
    expect(view.title).toBe(content.title);
    expect(view.benefits).toBe(content.benefits);
    expect(view.novelty).toBe(content.novelty);
    expect(view.fieldKey).toBe(content.fieldKey);
  });

  it('never contains a confidential text anywhere, however serialised', () => {
    expect(JSON.stringify(view)).not.toContain(content.solution);
    expect(JSON.stringify(view)).not.toContain('Phạm Quốc Dũng');
  });

  it('drops dates of birth but keeps the authors and their shares', () => {
    expect(view.authors).toEqual(
      content.authors.map(({ name, workplace, title, qualification, contributionPercent }) => ({
        name,
        workplace,
        title,
        qualification,
        contributionPercent,
      })),
    );
    expect(JSON.stringify(view)).not.toContain('1985-03-12');
  });

  it('leaves the stored content untouched', () => {
    expect(content.solution).toBeTruthy();
    expect(content.authors[0]!.dateOfBirth).toBe('1985-03-12');
    expect(content.confidentialSections).toEqual(['solution', 'trialParticipants', 'stateFunding']);
  });

  it('withholds nothing from an entry with no confidential sections', () => {
    const open = publicEntryView(sampleEntryContent({ confidentialSections: [] }));
    expect(open.withheldSections).toEqual([]);
    expect(open.solution).toBe(sampleEntryContent().solution);
  });

  it('works on a draft with parts missing', () => {
    expect(
      publicEntryView({ title: 'Nháp', confidentialSections: ['benefits'], benefits: 'bí mật' }),
    ).toEqual({
      title: 'Nháp',
      withheldSections: ['benefits'],
    });
  });
});

describe('who may see confidential sections', () => {
  it('the province admin and the council of the entry’s province', () => {
    for (const role of ['province-admin', 'council-chair', 'council-secretary', 'judge']) {
      expect(canSeeConfidential({ roles: [role], province: 'HG' }, 'HG')).toBe(true);
    }
  });

  it('not the same roles of another province', () => {
    expect(canSeeConfidential({ roles: ['province-admin', 'judge'], province: 'CT' }, 'HG')).toBe(false);
  });

  it('not platform roles, which have no province', () => {
    expect(canSeeConfidential({ roles: ['platform-admin', 'province-admin'], province: null }, 'HG')).toBe(
      false,
    );
  });

  it('not authors, coordinators, approvers or analysts by role', () => {
    for (const role of ['author', 'unit-coordinator', 'approver', 'analyst']) {
      expect(canSeeConfidential({ roles: [role], province: 'HG' }, 'HG')).toBe(false);
    }
  });

  it('gives each caller the content they may read', () => {
    const entry = sampleEntry();
    expect(entryContentFor({ roles: ['judge'], province: 'HG' }, entry)).toBe(entry.content);
    expect(entryContentFor({ roles: ['analyst'], province: 'HG' }, entry)).not.toHaveProperty(
      'conditionsToApply',
    );
  });
});
