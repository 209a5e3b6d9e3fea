import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { schemaSource } from '../../db/schema-source';
import { testStore } from './helpers/store';

const FILE = path.resolve(__dirname, '../../db/schema.generated.ts');

it('the db row types are those the migrations make (db/schema.generated.ts is up to date)', async () => {
  const t = await testStore();
  const source = schemaSource(t.store.sqlite);
  if (process.env.UPDATE_DB_TYPES) fs.writeFileSync(FILE, source);
  expect(fs.readFileSync(FILE, 'utf8')).toBe(source);
});
