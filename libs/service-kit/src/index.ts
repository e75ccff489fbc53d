export { baseConfigSchema, configSchema, ConfigError, loadConfig, type BaseConfig } from './config.ts';
export { createService, type ServiceOptions } from './create-service.ts';
export type { DatabaseClient } from './database.ts';
export type { ReadinessCheck } from './health.ts';
export {
  HttpProblem,
  ProblemSchema,
  PROBLEM_CONTENT_TYPE,
  VALIDATION_PROBLEM_TYPE,
  type Problem,
} from './problem.ts';
export { runService, type ServiceDefinition } from './run-service.ts';
export { BEARER_SCHEME } from './openapi.ts';
export { refusalOf, valueOf, type BrokenRule, type RuleResult } from './rule-refusal.ts';
