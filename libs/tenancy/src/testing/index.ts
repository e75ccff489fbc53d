export {
  describeRowLevelSecurity,
  INFRASTRUCTURE_TABLES,
  tablesWithoutRowLevelSecurity,
} from './row-level-security.ts';
