import { afterAll } from 'vitest';
import { PostgresStorage } from '../src/storage/postgres';
import { describeContract } from './contract';
import { startTestPostgres, type TestPostgres } from './postgres';

let cluster: Promise<TestPostgres> | undefined;
afterAll(async () => {
  await (await cluster?.catch(() => undefined))?.stop();
});

describeContract({
  name: 'PostgreSQL',
  async open() {
    // Starting PostgreSQL is part of the test: if it fails, every test here fails with the reason.
    cluster ??= startTestPostgres();
    return PostgresStorage.open(await (await cluster).createDatabase());
  },
});
