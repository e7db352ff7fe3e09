// The deterministic event log of npm run bench:events: a journey of eight steps and a CSV log of
// cases walking it (staying on a step for several pages, going on, skipping, going back, leaving,
// switching to the phone for the upload), ten events a case, interleaved across cases as a real
// log is ordered by time rather than by case. Same seed, same bytes.
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export const BENCH_STEPS = [
  ['decouvrir', 'web:/offres/*'],
  ['simuler', 'web:/simulateur*'],
  ['formulaire', 'web:/compte/formulaire*'],
  ['justificatif', 'crm:justificatif_recu'],
  ['signature', 'web:/signature*'],
  ['validation', 'crm:dossier_valide'],
  ['bienvenue', 'email:bienvenue'],
  ['facture', 'email:premiere_facture'],
] as const;

const PAGES: Record<string, string[]> = {
  decouvrir: ['web:/offres/fibre', 'web:/offres/mobile', 'web:/offres/box'],
  simuler: ['web:/simulateur', 'web:/simulateur/resultat'],
  formulaire: ['web:/compte/formulaire/1', 'web:/compte/formulaire/2', 'web:/compte/formulaire/3'],
  justificatif: ['crm:justificatif_recu'],
  signature: ['web:/signature', 'web:/signature/ok'],
  validation: ['crm:dossier_valide'],
  bienvenue: ['email:bienvenue'],
  facture: ['email:premiere_facture'],
};
const NOISE = ['web:/faq', 'web:/aide/contact', 'web:/', 'app:/accueil'];
export const EVENTS_PER_CASE = 10;

/** mulberry32: a small seeded generator, so the log is the same on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The journey YAML the log is laid over. */
export function benchJourney(): string {
  const steps = BENCH_STEPS.map(
    ([id, pattern]) =>
      `      - id: ${id}\n        name: ${id}\n        touchpoints: [${id === 'justificatif' ? 'web, phone' : id.startsWith('b') || id === 'facture' ? 'email' : 'web'}]\n        events: ["${pattern}"${id === 'justificatif' ? ', "phone:justificatif"' : ''}]\n        metrics: { volume: 50000 }`,
  );
  return `id: souscription\ntitle: Souscription\nstages:\n  - id: tout\n    name: Tout\n    steps:\n${steps.join('\n')}\n`;
}

/** Writes journeys/souscription.yaml and data/events/log.csv under `root`: `events` rows, a tenth as many cases. */
export function writeBenchLog(root: string, events: number, seed = 7): { cases: number; bytes: number } {
  mkdirSync(join(root, 'journeys'), { recursive: true });
  mkdirSync(join(root, 'data/events'), { recursive: true });
  writeFileSync(join(root, 'journeys/souscription.yaml'), benchJourney());
  const next = random(seed);
  const cases = Math.ceil(events / EVENTS_PER_CASE);
  const fd = openSync(join(root, 'data/events/log.csv'), 'w');
  let bytes = 0;
  let buffer = 'case_id,timestamp,event,channel\n';
  const flush = () => {
    bytes += writeSync(fd, buffer);
    buffer = '';
  };
  const start = Date.UTC(2026, 0, 1);
  const BLOCK = 1000;
  let written = 0;
  for (let first = 0; first < cases; first += BLOCK) {
    const block: string[][] = [];
    for (let index = first; index < Math.min(cases, first + BLOCK); index++) block.push(walk(index, next, start));
    // Interleaved: the first event of every case of the block, then the second...
    for (let position = 0; position < EVENTS_PER_CASE; position++)
      for (const rows of block) {
        if (written >= events) break;
        buffer += rows[position]!;
        written++;
      }
    if (buffer.length > 1 << 20) flush();
  }
  flush();
  closeSync(fd);
  return { cases, bytes };
}

/** One case's rows: a walk over the steps, with noise pages between them. */
function walk(index: number, next: () => number, start: number): string[] {
  const id = `C${String(index).padStart(8, '0')}`;
  let time = start + Math.floor(next() * 180 * 86_400) * 1000;
  let step = next() < 0.8 ? 0 : Math.floor(next() * 3);
  let left = false;
  const rows: string[] = [];
  for (let position = 0; position < EVENTS_PER_CASE; position++) {
    time += Math.floor(30 + next() * next() * 86_400) * 1000;
    const stamp = `${new Date(time).toISOString().slice(0, 19)}Z`;
    const roll = next();
    if (left || step >= BENCH_STEPS.length || roll >= 0.95) {
      rows.push(`${id},${stamp},${NOISE[Math.floor(next() * NOISE.length)]},web\n`);
      continue;
    }
    const name = BENCH_STEPS[step]![0];
    const phone = name === 'justificatif' && next() < 0.3;
    const pages = PAGES[name]!;
    const event = phone ? 'phone:justificatif' : pages[Math.floor(next() * pages.length)]!;
    const channel = phone ? 'phone' : event.split(':')[0] === 'crm' ? 'web' : event.split(':')[0]!;
    rows.push(`${id},${stamp},${event},${channel}\n`);
    const move = next();
    if (move < 0.4) continue;
    if (move < 0.82) step++;
    else if (move < 0.88) step += 2;
    else if (move < 0.92) step = Math.max(0, step - 1);
    else left = true;
  }
  return rows;
}
