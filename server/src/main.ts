/**
 * Entry point of `npm run server`: with a CLI command it runs that and exits; otherwise it
 * serves HTTP until SIGTERM/SIGINT, then stops accepting, lets requests already received
 * finish (at most 10 s) and exits 0.
 */
import { buildApp } from './app';
import { isCliCommand, runCli } from './cli';
import { readConfig } from './config';
import { openStorage } from './storage/openStorage';
import { TEXT_VERSION_RETENTION_DAYS } from '../../common/sync/protocol';

const SHUTDOWN_GRACE_MS = 10_000;
const PRUNE_EVERY_MS = 6 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

async function cli(args: string[]): Promise<void> {
  const storage = await openStorage(readConfig());
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
  const storage = await openStorage(config);
  const app = await buildApp({
    storage,
    adminToken: config.adminToken,
    corsOrigins: config.corsOrigins,
    rateLimit: config.rateLimit,
    logger: { level: config.logLevel, redact: ['req.headers.authorization'] },
  });

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
    const force = setTimeout(() => {
      app.log.error('requests still running after 10 s; closing them');
      app.server.closeAllConnections();
      process.exit(1);
    }, SHUTDOWN_GRACE_MS);
    force.unref();
    try {
      await app.close(); // stops accepting; waits for in-flight requests
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
