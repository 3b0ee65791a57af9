// npm run data:schema — writes content/data/snapshot.schema.json from the zod schema
// (src/schemas/snapshot.ts), so editors can check snapshot files. A test keeps it up to date.
import fs from 'node:fs';
import { snapshotJsonSchemaText } from '../src/schemas/snapshot-json-schema.ts';

const out = 'content/data/_snapshot.schema.json';
fs.writeFileSync(out, snapshotJsonSchemaText());
console.log(`Đã ghi ${out}`);
