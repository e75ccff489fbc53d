export { startBroker, PortInUseError, type BrokerHandle } from './broker.ts';
export type { BrokerOptions } from './options.ts';
export { DataDirInUseError } from './storage/data-dir-lock.ts';
