import { blockReader, isData, locateInBlocks } from '../load/locate-in-blocks.ts';
import { parseSource, type ParsedFile } from '../load/parse-source.ts';
import type { SourceFile } from '../load/read-content.ts';
import { splitJourneyBlocks, type StageBlocks } from '../load/split-journey-blocks.ts';

type Data = Record<string, unknown>;

/**
 * A parser for the successive revisions of one journey file that reads each distinct block of
 * text once (see splitJourneyBlocks): consecutive revisions differ by a few lines, so most of a
 * revision is already read. A block seen before gives the very same value, so the same stage or
 * step data is shared between revisions. The result equals `parseSource` of the whole text,
 * positions included; whatever is not in plain block form, or does not read cleanly block by
 * block, is read whole by `parseSource`. Keep one parser per file history: its cache only grows.
 */
export function cachedRevisionParser(): (source: SourceFile) => ParsedFile {
  const read = blockReader();
  const stages = new Map<string, Data | null>();

  const readStage = (stage: StageBlocks): Data | null => {
    let value = stages.get(stage.item.text);
    if (value === undefined) {
      if (!stage.split) value = (read(stage.item, 'item')?.value as Data | undefined) ?? null;
      else {
        const rest = read(stage.split.rest, 'item')?.value as Data | undefined;
        const steps = stage.split.steps.map((step) => read(step, 'item')?.value);
        value = rest && rest.steps === null && steps.every(isData) ? { ...rest, steps } : null;
      }
      stages.set(stage.item.text, value);
    }
    return value;
  };

  return (source) => {
    const split = source.kind === 'journey' ? splitJourneyBlocks(source.text) : undefined;
    const header = split && read(split.header, 'map');
    const headerData = header?.value as Data | undefined;
    if (!split || !headerData || headerData.stages !== null) return parseSource(source);
    const stageData = split.stages.map(readStage);
    if (!stageData.every(isData)) return parseSource(source);
    return assembled(source, { ...headerData, stages: stageData }, (pointer, target) => locateInBlocks(split, read, pointer, target));
  };
}

/** A parsed file made of blocks: positions come from the blocks, and from a whole parse only when a pointer spans several. */
function assembled(source: SourceFile, data: Data, locateFast: NonNullable<ParsedFile['locate']>): ParsedFile {
  let whole: ParsedFile | undefined;
  const parsedWhole = () => (whole ??= parseSource(source));
  return {
    source,
    data,
    problems: [],
    get doc() {
      return parsedWhole().doc;
    },
    get lineCounter() {
      return parsedWhole().lineCounter;
    },
    releasePositions() {
      whole = undefined;
    },
    locate: locateFast,
  };
}
