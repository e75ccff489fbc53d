export { describeServiceFoundation, type ServiceUnderTest } from './service-foundation.ts';
