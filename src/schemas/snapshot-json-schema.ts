// The JSON Schema of a snapshot file, generated from the zod schema (never written by hand).
import { z } from 'zod';
import { snapshotSchema } from './snapshot.ts';

export function snapshotJsonSchemaText(): string {
  const schema = z.toJSONSchema(snapshotSchema, { io: 'input' });
  return `${JSON.stringify({ ...schema, title: 'Loa — số liệu tham gia (snapshot)' }, null, 2)}\n`;
}
