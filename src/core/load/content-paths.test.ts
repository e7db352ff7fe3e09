import { describe, expect, it } from 'vitest';
import { contentKind, watchedKind } from './content-paths.ts';

describe('content paths', () => {
  it('names the kind of each content path', () => {
    expect(contentKind('journeys/a.yaml')).toBe('journey');
    expect(contentKind('journeys/a.yml')).toBe('journey');
    expect(contentKind('personas/b.yaml')).toBe('persona');
    expect(contentKind('parcours.config.yaml')).toBe('config');
    expect(contentKind('parcours.config.yml')).toBe('config');
  });

  it('is null for what is not read as YAML content', () => {
    for (const path of ['journeys/sub/a.yaml', 'journeys/a.json', 'journeys', 'other/a.yaml', 'config.yaml', 'data/a.csv'])
      expect(contentKind(path)).toBeNull();
  });

  it('counts data/*.csv among what a change to the content means', () => {
    expect(watchedKind('data/mesures.csv')).toBe('data');
    expect(watchedKind('data/MESURES.CSV')).toBe('data');
    expect(watchedKind('data/sub/a.csv')).toBeNull();
    expect(watchedKind('parcours.config.yml')).toBe('config');
  });

  it('counts the event logs under data/events/ (sub-folders, CSV and Parquet), not hidden files nor other names', () => {
    for (const path of [
      'data/events/log.csv',
      'data/events/2026/web.parquet',
      'data/events/channel=web/part-0.PARQUET',
      'data/events/a.csv.gz',
    ])
      expect(watchedKind(path), path).toBe('events');
    for (const path of ['data/events/notes.txt', 'data/events/.tmp/log.csv', 'data/events/.log.csv', 'data/eventsx/log.csv'])
      expect(watchedKind(path), path).toBeNull();
  });
});
