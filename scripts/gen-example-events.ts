// Writes data/events/adhesion-mutuelle.csv, the example event log laid over the journey
// mutuelle-adhesion-remboursement: 900 made-up members walking its subscription steps on the
// web, by phone, SMS, post and e-mail, as a CRM and web analytics export would list them (one
// row an event, interleaved by time). Deterministic: the same seed gives the same bytes, so the
// file is committed and `npm run gen:example-events` rewrites it identically.
import { mkdirSync, writeFileSync } from 'node:fs';

/** mulberry32, a small seeded generator. */
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

const next = random(2026);
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
const CASES = 900;
const rows: [number, string, string, string][] = [];
const start = Date.UTC(2026, 0, 5);

for (let index = 0; index < CASES; index++) {
  const id = `ADH-${(48213 + index * 7).toString(36).toUpperCase()}`;
  let time = start + Math.floor(next() * 80 * 86_400) * 1000;
  const at = (minutes: number) => (time += Math.floor(minutes * (0.5 + next())) * 60_000);
  const event = (name: string, channel: string) => rows.push([time, id, name, channel]);
  const noise = () => {
    if (next() >= 0.3) return;
    at(3);
    event(pick(['web:/', 'web:/contact', 'web:/faq/tiers-payant']), 'web');
  };
  // Discovery: compare the cover levels, a third ask for a quote (a fifth of those by phone).
  at(0);
  event('web:/garanties', 'web');
  if (next() < 0.6) {
    at(4);
    event('web:/garanties/comparer', 'web');
  }
  noise();
  if (next() < 0.12) continue;
  if (next() < 0.35) {
    at(60 * 24);
    if (next() < 0.2) event('phone:devis', 'phone');
    else {
      event('web:/devis', 'web');
      at(5);
      event('web:/devis/resultat', 'web');
    }
  }
  if (next() < 0.1) continue;
  // The form, three pages; a fifth leave on the way.
  at(60 * 6);
  const pages = next() < 0.2 ? 1 + Math.floor(next() * 2) : 3;
  for (let page = 1; page <= pages; page++) {
    event(`web:/adhesion/formulaire/${page}`, 'web');
    at(6);
  }
  if (pages < 3) continue;
  // Signature by a code sent by SMS; some go back to the form to correct it.
  at(15);
  event('sms:signature_code', 'sms');
  at(2);
  event('web:/adhesion/signature', 'web');
  if (next() < 0.06) {
    at(10);
    event('web:/adhesion/formulaire/2', 'web');
    at(8);
    event('web:/adhesion/signature', 'web');
  }
  noise();
  if (next() < 0.05) continue;
  // The documents: on the web, or, for a quarter, by phone after the upload page refused the photos.
  at(60 * 20);
  if (next() < 0.25) event('phone:justificatifs', 'phone');
  else {
    event('web:/adhesion/justificatifs', 'web');
    at(3);
    event('crm:justificatif_recu', 'web');
  }
  if (next() < 0.18) continue;
  // The card, in the app or by post, then the members' area.
  at(60 * 24 * 4);
  if (next() < 0.8) event('app:/carte', 'mobile-app');
  else event('courrier:carte_envoyee', 'mail');
  if (next() < 0.3) continue;
  at(60 * 24 * 2);
  if (next() < 0.4) {
    event('email:bienvenue', 'email');
    at(60);
  }
  event('web:/espace/inscription', 'web');
}

rows.sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
const stamp = (time: number) => `${new Date(time).toISOString().slice(0, 19)}Z`;
const text = `case_id,timestamp,event,channel\n${rows.map(([time, id, name, channel]) => `${id},${stamp(time)},${name},${channel}`).join('\n')}\n`;
mkdirSync(new URL('../data/events/', import.meta.url), { recursive: true });
writeFileSync(new URL('../data/events/adhesion-mutuelle.csv', import.meta.url), text);
console.log(`wrote data/events/adhesion-mutuelle.csv: ${rows.length} events of ${CASES} cases, ${(text.length / 1024).toFixed(0)} KB`);
