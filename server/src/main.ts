/**
 * Entry point of the server (`node dist-server/main.js`, built by `npm run build:server`): with a
 * CLI command it runs that and exits; otherwise it serves HTTP until SIGTERM/SIGINT, then drains —
 * stops accepting, lets requests already received finish, cuts any still running after the grace
 * period (10 s) — closes the database and exits 0. Only a shutdown that itself fails exits 1.
 */
import type { FastifyBaseLogger } from 'fastify';
import { buildApp } from './app';
import { isCliCommand, runCli } from './cli';
import { readConfig } from './config';
import { openStorage } from './storage/openStorage';
import { TEXT_VERSION_RETENTION_DAYS } from '../../common/sync/protocol';

const PRUNE_EVERY_MS = 6 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Writes a database connection failure where the operator sees it (stderr for the CLI). */
const stderrLog = (err: Error) => process.stderr.write(`database connection error: ${err.message}\n`);

async function cli(args: string[]): Promise<void> {
  const storage = await openStorage(readConfig(), { onPoolError: stderrLog });
  try {
    process.stdout.write(JSON.stringify(await runCli(storage, args)) + '\n');
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  } finally {
    await storage.close();
  }
}

async function serve(): Promise<void> {
  const config = readConfig();
  // The pool may lose idle connections (a database restart, a failover) before the app's logger exists.
  let log: Pick<FastifyBaseLogger, 'error'> | null = null;
  const storage = await openStorage(config, {
    onPoolError: (err) => (log ? log.error({ err }, 'database connection error') : stderrLog(err)),
  });
  const app = await buildApp({
    storage,
    adminToken: config.adminToken,
    corsOrigins: config.corsOrigins,
    rateLimit: config.rateLimit,
    maxRecordChars: config.maxRecordChars,
    logger: { level: config.logLevel, redact: ['req.headers.authorization'] },
  });
  log = app.log;

  const prune = async () => {
    try {
      const removed = await storage.pruneTextVersions(Date.now() - TEXT_VERSION_RETENTION_DAYS * DAY_MS);
      if (removed) app.log.info({ removed }, 'pruned old text versions');
    } catch (err) {
      app.log.error({ err }, 'pruning text versions failed');
    }
  };
  const pruneTimer = setInterval(() => void prune(), PRUNE_EVERY_MS);
  pruneTimer.unref();
  void prune();

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    clearInterval(pruneTimer);
    // A request still running at the deadline (a stalled upload, a dead client) is cut; the
    // drain still ends normally: the client retries, and nothing half-done was committed.
    const cut = setTimeout(() => {
      app.log.warn(`requests still running after ${config.shutdownGraceMs} ms; closing them`);
      app.server.closeAllConnections();
    }, config.shutdownGraceMs);
    cut.unref();
    try {
      await app.close(); // stops accepting; waits for requests in flight
      clearTimeout(cut);
      await storage.close();
      app.log.info('stopped');
      process.exit(0);
    } catch (err) {
      app.log.error({ err }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  await app.listen({ host: config.host, port: config.port });
}

const args = process.argv.slice(2);
const run = isCliCommand(args[0])
  ? cli(args)
  : args.length
    ? Promise.reject(new Error(`Unknown command ${args[0]}`))
    : serve();
run.catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
