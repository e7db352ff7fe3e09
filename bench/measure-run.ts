import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';

export interface Run {
  code: number | null;
  seconds: number;
  /** Highest resident memory of the whole process tree (the build and, say, Pagefind's binary), in MB. */
  peakMb: number;
  stdout: string;
  stderr: string;
}

const PAGE_BYTES = 4096;

/** Resident bytes of `root` and all its descendants, from /proc (Linux). */
async function treeRss(root: number): Promise<number> {
  const parents = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    // Fields after the command name, which may hold spaces, start at ") ": state ppid ... rss is the 24th field.
    const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
    if (fields.length < 22) continue;
    parents.set(Number(entry), Number(fields[1]));
    rss.set(Number(entry), Number(fields[21]) * PAGE_BYTES);
  }
  let total = 0;
  for (const [pid, bytes] of rss) {
    for (let ancestor: number | undefined = pid; ancestor !== undefined && ancestor > 1; ancestor = parents.get(ancestor)) {
      if (ancestor === root) {
        total += bytes;
        break;
      }
    }
  }
  return total;
}

/** Runs a command to its end, timing it and sampling its memory every 100 ms. */
export function measureRun(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env });
    let stdout = '';
    let stderr = '';
    let peak = 0;
    child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    const sample = setInterval(() => {
      if (child.pid) void treeRss(child.pid).then((bytes) => (peak = Math.max(peak, bytes)));
    }, 100);
    child.on('error', (error) => {
      clearInterval(sample);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(sample);
      resolve({ code, seconds: Number(process.hrtime.bigint() - started) / 1e9, peakMb: peak / 1024 / 1024, stdout, stderr });
    });
  });
}
