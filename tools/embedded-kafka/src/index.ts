export { startBroker, PortInUseError, type BrokerHandle } from './broker.ts';
export type { BrokerOptions } from './options.ts';
