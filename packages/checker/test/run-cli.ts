/** Runs the `charte` command in-process, as CI would (no TTY, CI set), capturing what it prints. */
import { Writable } from 'node:stream';
import { main } from '../src/cli.ts';

export async function runCli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const sink = (append: (s: string) => void) =>
    Object.assign(
      new Writable({
        write(chunk, _enc, done) {
          append(String(chunk));
          done();
        },
      }),
      { isTTY: false },
    );
  const code = await main(args, {
    stdout: sink((s) => {
      stdout += s;
    }),
    stderr: sink((s) => {
      stderr += s;
    }),
    cwd,
    env: { CI: 'true' },
  });
  return { code, stdout, stderr };
}
