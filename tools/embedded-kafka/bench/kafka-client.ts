import { connect } from 'node:net';
import { Kafka, logLevel, type ISocketFactory } from 'kafkajs';

// kafkajs leaves Nagle's algorithm on; with small requests in flight it then waits for delayed ACKs
// (40 ms on Linux). Services should pass the same factory (see the README).
const noDelaySocketFactory: ISocketFactory = ({ host, port, onConnect }) => {
  const socket = connect({ host, port, noDelay: true }, onConnect);
  socket.setKeepAlive(true, 60_000);
  return socket;
};

/** The kafkajs client every benchmark part uses. */
export function benchKafka(port: number): Kafka {
  return new Kafka({
    clientId: 'bench',
    brokers: [`127.0.0.1:${port}`],
    logLevel: logLevel.NOTHING,
    socketFactory: noDelaySocketFactory,
  });
}
