// A consumer-group member in its own process, so a test can kill it without it leaving the group.
// Usage: node --import tsx group-member.ts <port> <groupId> <topic>
import { kafkaClient, quickConsumer } from './kafkajs.ts';

const [port, groupId, topic] = process.argv.slice(2);
if (!port || !groupId || !topic) throw new Error('usage: group-member.ts <port> <groupId> <topic>');
const consumer = kafkaClient(Number(port), 'doomed-member').consumer(quickConsumer(groupId));
consumer.on(consumer.events.GROUP_JOIN, (event) => {
  process.stdout.write(`${JSON.stringify(event.payload.memberAssignment[topic] ?? [])}\n`);
});
await consumer.connect();
await consumer.subscribe({ topics: [topic], fromBeginning: true });
await consumer.run({ eachMessage: async () => {} });
