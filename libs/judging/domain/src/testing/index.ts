export { sampleCouncil, sampleEntries, sampleRubric, sampleScore } from './samples.ts';
export { generateRound, type GeneratedRound, type GeneratedRoundSize } from './generated-round.ts';
