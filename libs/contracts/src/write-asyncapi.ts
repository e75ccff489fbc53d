import { writeFile } from 'node:fs/promises';
import { asyncApiDocument } from './asyncapi.ts';
import { ASYNCAPI_PATH, CONTRACTS_VERSION } from './asyncapi-file.ts';

await writeFile(ASYNCAPI_PATH, `${JSON.stringify(asyncApiDocument(CONTRACTS_VERSION), null, 2)}\n`);
process.stdout.write(`Wrote ${ASYNCAPI_PATH}\n`);
