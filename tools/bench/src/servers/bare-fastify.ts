import Fastify from 'fastify';

// The baseline: Fastify with its defaults and one route, nothing of ours.
const app = Fastify();
app.get('/health/live', async () => ({ status: 'live' }));
const address = await app.listen({ host: '127.0.0.1', port: Number(process.env['PORT']) });
process.stdout.write(`listening ${address}\n`);
