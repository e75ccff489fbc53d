export { sampleContest, sampleEntry, sampleEntryContent, sampleQuotaContest } from './samples.ts';
