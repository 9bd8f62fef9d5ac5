// `brisk worker`: measure jobs of `brisk run --queue` runs on this machine until stopped.
// SIGINT/SIGTERM finish the jobs in hand first; a second signal stops at once (the jobs
// then return to the queue once their locks expire).
import path from 'node:path';
import { Command } from '@commander-js/extra-typings';
import { PACKAGE_ROOT } from '../problem/load.ts';
import { startWorker } from '../queue/worker.ts';
import { parseMeter, positiveInt } from './options.ts';

export function workerCommand() {
  return new Command('worker')
    .description('take measurement jobs from a Redis queue (sent by `brisk run --queue`) until stopped')
    .requiredOption('--queue <url>', 'Redis of the coordinator, redis://HOST:PORT[/DB]')
    .option('--meter <meter>', 'auto | instructions | cycles | perf | time: serves runs measured with this meter', parseMeter, 'auto' as const)
    .option('--jobs <n>', 'jobs measured at once (default: 2 for instructions, 1 for time)', positiveInt('--jobs'))
    .option('--name <name>', "name shown in the coordinator's progress and in results.json (default: host-pid)")
    .option('--suite <dir>', "folder holding problems/ and reference-solutions/ (the coordinator's copy)", PACKAGE_ROOT)
    .option('--lock-ms <n>', 'a job whose worker went silent this long returns to the queue', positiveInt('--lock-ms'), 30_000)
    .action(async (opts) => {
      const log = (line: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);
      const running = await startWorker({
        url: opts.queue,
        meter: opts.meter,
        jobs: opts.jobs,
        name: opts.name,
        suite: path.resolve(opts.suite),
        lockMs: opts.lockMs,
        log,
      });
      let stopping = false;
      const stop = (signal: string) => {
        if (stopping) {
          log(`${signal} again: stopping now`);
          process.exit(130);
        }
        stopping = true;
        log(`${signal}: finishing the jobs in hand (${signal} again stops at once)`);
        void running.close().then(() => process.exit(0));
      };
      process.on('SIGINT', () => stop('SIGINT'));
      process.on('SIGTERM', () => stop('SIGTERM'));
      // Runs until a signal: the BullMQ worker keeps the event loop alive.
    });
}
