// I/O shell: builds the instruction meter's valgrind tool (src/harness/c/brisk_count_tool.c)
// against the installed valgrind's static core, once per stage, and lays out a VALGRIND_LIB
// folder that holds it beside the installed tools' files (valgrind finds tools only there).
import { chmodSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import { gccError, harnessStage } from './stage.ts';

export const COUNT_TOOL = 'briskcount';

const PLATFORMS: Record<string, { name: string; defines: string[] }> = {
  x64: { name: 'amd64-linux', defines: ['-DVGA_amd64=1', '-DVGP_amd64_linux=1', '-DVGPV_amd64_linux_vanilla=1', '-m64'] },
  arm64: { name: 'arm64-linux', defines: ['-DVGA_arm64=1', '-DVGP_arm64_linux=1', '-DVGPV_arm64_linux_vanilla=1'] },
};
// Where distributions put valgrind's tools and its static core (both must be under /usr: the
// sandbox sees no other system folder).
const LIBEXEC = ['/usr/libexec/valgrind', '/usr/lib/valgrind', '/usr/local/libexec/valgrind', '/usr/local/lib/valgrind'];
const STATIC = ['/usr/lib/x86_64-linux-gnu/valgrind', '/usr/lib/aarch64-linux-gnu/valgrind', '/usr/lib/valgrind', '/usr/libexec/valgrind', '/usr/local/lib/valgrind'];

let layout: Promise<string> | undefined;

/** The VALGRIND_LIB folder holding the counting tool; throws a one-line reason when it cannot be built. */
export function countToolLib(): Promise<string> {
  layout ??= build();
  return layout;
}

async function build(): Promise<string> {
  const platform = PLATFORMS[os.arch()];
  if (!platform || os.platform() !== 'linux') throw new Error(`the instruction meter's valgrind tool supports Linux on x64 and arm64, not ${os.platform()} ${os.arch()}`);
  const stage = harnessStage();
  const lib = path.join(stage.dir, 'valgrind');
  const toolFile = path.join(lib, `${COUNT_TOOL}-${platform.name}`);
  if (existsSync(toolFile)) return lib;
  const libexec = LIBEXEC.find((d) => existsSync(path.join(d, `callgrind-${platform.name}`)));
  const core = STATIC.find((d) => existsSync(path.join(d, `libcoregrind-${platform.name}.a`)));
  if (!libexec || !core) throw new Error(`building the counting tool needs valgrind's tools and static core (libcoregrind-${platform.name}.a): install valgrind`);
  const tmp = `${lib}.${process.pid}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { mode: 0o755 });
  for (const name of readdirSync(libexec)) symlinkSync(path.join(libexec, name), path.join(tmp, name));
  // One gcc call: valgrind's tool flags (no builtins, no PIE), then its tool link: static, no C
  // library, loaded at valgrind's fixed address.
  const built = await execa(
    'gcc',
    [
      '-O2',
      '-fno-strict-aliasing',
      '-fno-builtin',
      '-fno-stack-protector',
      '-fno-pie',
      '-fno-PIC',
      '-DVGO_linux=1',
      ...platform.defines,
      '-I/usr/include/valgrind',
      `-I${stage.dir}`,
      '-o',
      path.join(tmp, path.basename(toolFile)),
      path.join(stage.dir, 'brisk_count_tool.c'),
      '-static',
      '-nodefaultlibs',
      '-nostartfiles',
      '-u',
      '_start',
      '-Wl,--build-id=none',
      '-Wl,-Ttext-segment=0x58000000',
      path.join(core, `libcoregrind-${platform.name}.a`),
      path.join(core, `libvex-${platform.name}.a`),
      path.join(core, `libgcc-sup-${platform.name}.a`),
      '-lgcc',
    ],
    { reject: false },
  );
  if (built.exitCode !== 0) {
    rmSync(tmp, { recursive: true, force: true });
    throw new Error(`building the counting tool failed: ${gccError(built.stderr)}`);
  }
  chmodSync(tmp, 0o755);
  try {
    renameSync(tmp, lib);
  } catch (e) {
    // Another process laid it out first.
    rmSync(tmp, { recursive: true, force: true });
    if (!existsSync(toolFile)) throw e;
  }
  return lib;
}
