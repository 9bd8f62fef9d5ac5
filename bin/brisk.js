#!/usr/bin/env node
// Brisk is written in TypeScript and runs through tsx, so problem files (problem.ts) load as they are.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
