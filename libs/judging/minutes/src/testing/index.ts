export { pdfPagesText } from './pdf-text.ts';
export { sampleMinutesInput, sampleResults, SAMPLE_FIRST_TITLE } from './sample-minutes.ts';
