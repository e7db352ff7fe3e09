import { describe, expect, it } from 'vitest';
import { checkSources } from '../check/check-sources.ts';
import { BUILT_IN_CHANNELS } from './channels.ts';
import { CHANNEL_WORDS, suggestChannel } from './channel-words.ts';

const BUILT_IN = Object.keys(BUILT_IN_CHANNELS);

// What people write for a channel, in French and in English, and the id it means.
const WORDS: [string, string][] = [
  ['telephone', 'phone'],
  ['téléphone', 'phone'],
  ['Téléphone', 'phone'],
  ['telefone', 'phone'],
  ['phnoe', 'phone'],
  ['agence', 'store'],
  ['boutique', 'store'],
  ['magasin', 'store'],
  ['shop', 'store'],
  ['courriel', 'email'],
  ['e-mail', 'email'],
  ['emial', 'email'],
  ['appli', 'mobile-app'],
  ['application', 'mobile-app'],
  ['app', 'mobile-app'],
  ['texto', 'sms'],
  ['tchat', 'chat'],
  ['courrier', 'mail'],
  ['lettre', 'mail'],
  ['face à face', 'in-person'],
  ['face-a-face', 'in-person'],
  ['en personne', 'in-person'],
  ['guichet', 'in-person'],
  ['visio', 'video'],
  ['site', 'web'],
  ['svi', 'ivr'],
  ['facebook', 'social'],
];

describe('channel words', () => {
  it.each(WORDS)('%s means %s', (word, id) => {
    expect(suggestChannel(word, BUILT_IN)).toBe(id);
  });

  it('names only built-in channels, and suggests nothing for what is no channel', () => {
    expect(Object.keys(CHANNEL_WORDS).filter((id) => !BUILT_IN.includes(id))).toEqual([]);
    expect(suggestChannel('facsimile', BUILT_IN)).toBeUndefined();
    // A channel the config removed is never suggested.
    expect(suggestChannel('telephone', ['web', 'email'])).toBeUndefined();
  });

  // A word that is no id fails the schema, which stops the rules: the two are checked apart.
  it.each([
    [['telephone', 'agence', 'courriel', 'face-a-face'], 'unknown-channel', ['phone', 'store', 'email', 'in-person']],
    [['Téléphone', 'face à face'], 'invalid-id', ['phone', 'in-person']],
  ])('is what validate suggests for %j', (touchpoints, code, meant) => {
    const text = `id: x\ntitle: X\nstages:\n  - id: a\n    name: A\n    steps:\n      - id: b\n        name: B\n        touchpoints: [${touchpoints.map((word) => JSON.stringify(word)).join(', ')}]\n`;
    const { problems } = checkSources([{ path: 'journeys/x.yaml', kind: 'journey', text }], { now: new Date('2026-11-01') });
    const channels = problems.filter((problem) => /^\/stages\/0\/steps\/0\/touchpoints\/\d+$/.test(problem.pointer));
    expect(channels.map((problem) => problem.code)).toEqual(touchpoints.map(() => code));
    expect(channels.map((problem) => problem.hint)).toEqual(meant.map((id) => `Did you mean \`${id}\`?`));
  });
});
