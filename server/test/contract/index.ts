/** The whole contract suite, run once per storage backend. */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { Harness, type Backend } from '../harness';
import { authContract } from './auth';
import { mergeBudgetContract } from './budget';
import { writersAndPoller } from './concurrency';
import { fieldNamesContract } from './fieldNames';
import { futureHlcContract } from './futureHlc';
import { malformedContract } from './malformed';
import { membersContract } from './members';
import { pullContract } from './pull';
import { pushContract } from './push';
import { textContract } from './text';

export function describeContract(backend: Backend): void {
  describe(`sync contract on ${backend.name}`, () => {
    let harness: Harness | undefined;
    const h = (): Harness => {
      if (!harness) throw new Error(`${backend.name} harness did not start`);
      return harness;
    };
    beforeAll(async () => {
      harness = await Harness.create(await backend.open());
    });
    afterAll(async () => {
      await harness?.close();
    });

    describe('auth', () => authContract(h));
    describe('member removal and token rotation', () => membersContract(h));
    describe('push', () => pushContract(h));
    describe('text', () => textContract(h));
    describe('pull', () => pullContract(h));
    describe('merge budget', () => mergeBudgetContract(h));
    describe('malformed input', () => malformedContract(h));
    describe('field names and value keys', () => fieldNamesContract(h));
    describe('stored HLCs far ahead, a clock set back', () => futureHlcContract(h));
    it('keeps a polling reader complete while many clients push and replay', async () => {
      await writersAndPoller([h()], await h().member());
    });
  });
}
