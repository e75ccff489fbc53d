export {
  ALL_PROVINCES,
  PROVINCE_SETTING,
  scopeToProvince,
  type ScopableTransaction,
} from './province-scope.ts';
export { tenancy, type TransactionOf } from './tenancy-extension.ts';
