// Builds the floor project given as argument with Astro's API, as `parcours build` does.
import { build } from 'astro';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
await build({ root: process.argv[2], logLevel: 'warn' });
