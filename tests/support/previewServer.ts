/** Starts `vite preview` of the built renderer on a loopback port, for benches and scripts. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

/** `outDir`: an absolute path to another build of the renderer (e.g. an unminified one for profiling). */
export async function startPreview(port: number, outDir = 'dist'): Promise<RunningServer> {
  if (outDir === 'dist' && !existsSync('dist/index.html'))
    execSync('npm run build:renderer', { stdio: 'inherit' });
  // vite's own entry under this Node: `npx` would not pass the stop signal on.
  const child: ChildProcess = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--config',
      'renderer/vite.config.ts',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
      ...(outDir === 'dist' ? [] : ['--outDir', outDir]),
    ],
    { stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`preview server did not start on ${url}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
