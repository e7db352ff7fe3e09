import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface SyntheticSize {
  journeys: number;
  stepsPerJourney: number;
  personas: number;
}

const CHANNELS = ['web', 'mobile-app', 'email', 'sms', 'phone', 'ivr', 'chat', 'store', 'mail', 'in-person'];
const STAGES = ['decouverte', 'apprentissage', 'achat', 'reception', 'service-apres-vente', 'retour'];
const WORDS =
  'client commande livraison attente conseiller facture colis retour remboursement délai appel message site application agence dossier'.split(
    ' ',
  );

/** A deterministic pseudo-random sequence (mulberry32), so every run measures the same corpus. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Writes a valid content root of the given size: realistic journeys with touchpoints, emotions
 * per persona, thoughts, pain points, opportunities and metrics. Returns the bytes written.
 */
export async function writeSyntheticContent(root: string, size: SyntheticSize): Promise<number> {
  const next = random(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const sentence = (length: number) => Array.from({ length }, () => pick(WORDS)).join(' ');
  await mkdir(join(root, 'journeys'), { recursive: true });
  await mkdir(join(root, 'personas'), { recursive: true });
  let bytes = 0;
  const write = async (path: string, text: string) => {
    bytes += Buffer.byteLength(text);
    await writeFile(join(root, path), text);
  };
  const affinities = ['high', 'medium', 'low', 'none'];
  for (let index = 0; index < size.personas; index++) {
    await write(
      `personas/persona-${index}.yaml`,
      `id: persona-${index}\nname: Persona ${index}\nrole: ${sentence(4)}\ndescription: ${sentence(20)}\nquote: ${sentence(8)}\ngoals:\n  - ${sentence(6)}\nfrustrations:\n  - ${sentence(6)}\ndigitalAffinity: ${affinities[index % 4]}\npreferredChannels: [${pick(CHANNELS)}]\n`,
    );
  }
  const stepsPerStage = Math.ceil(size.stepsPerJourney / STAGES.length);
  for (let index = 0; index < size.journeys; index++) {
    const personas = [index % size.personas, (index * 7 + 1) % size.personas].map((number) => `persona-${number}`);
    const lines = [
      `id: journey-${index}`,
      `title: Parcours ${index}`,
      `summary: ${sentence(30)}`,
      `personas: [${personas.join(', ')}]`,
      'owner: Équipe CX',
      'lastReviewed: 2026-10-01',
      'tags: [synthetique]',
      'stages:',
    ];
    let step = 0;
    for (const stage of STAGES) {
      if (step >= size.stepsPerJourney) break;
      lines.push(`  - id: ${stage}`, `    name: ${stage}`, `    description: ${sentence(12)}`, '    steps:');
      for (let inStage = 0; inStage < stepsPerStage && step < size.stepsPerJourney; inStage++, step++) {
        const emotion = personas.map((persona) => `${persona}: ${Math.floor(next() * 7) - 3}`).join(', ');
        lines.push(
          `      - id: step-${step}`,
          `        name: ${sentence(4)}`,
          `        description: ${sentence(15)}`,
          `        touchpoints: [${pick(CHANNELS)}, { channel: ${pick(CHANNELS)}, name: ${sentence(2)} }]`,
          `        emotion: { ${emotion} }`,
          '        thoughts:',
          `          - ${sentence(10)}`,
          '        painPoints:',
          `          - { text: ${sentence(8)}, evidence: { source: ${sentence(3)}, kind: survey } }`,
          '        opportunities:',
          `          - { title: ${sentence(5)}, impact: high, effort: low, status: idea }`,
          `        metrics: { csat: ${Math.floor(next() * 100)}, volume: ${Math.floor(next() * 100000)} }`,
        );
        if (step % 10 === 0) lines.push('        momentOfTruth: true');
      }
    }
    await write(`journeys/journey-${index}.yaml`, `${lines.join('\n')}\n`);
  }
  return bytes;
}
