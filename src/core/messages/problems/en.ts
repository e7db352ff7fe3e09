import type { MessageEntry, Names, Params, ProblemMessages } from '../catalogue.ts';
import { join } from '../join.ts';
import { counter } from '../plural.ts';

// Problems in English. Say what happened and why, then what to do (Astro's errors README); params
// are data, so every sentence of the language is here. How to add a code: ../catalogue.ts.

const count = counter('en');
const and = (items: readonly string[]) => join(items, 'and');
const or = (items: readonly string[]) => join(items, 'or');
const s = (n: number) => (n === 1 ? '' : 's');

/** "Did you mean `x`?" when the finder had a close candidate, else `otherwise`. */
function didYouMean(p: Params, n: Names, otherwise: string): string {
  return p.has('suggestion') ? `Did you mean ${n.code(p.text('suggestion'))}?` : otherwise;
}

/** "a, b, c, d and 3 more": lists stay short in messages. */
function listShort(items: readonly string[], max = 4): string {
  return items.length > max ? `${items.slice(0, max).join(', ')} and ${items.length - max} more` : items.join(', ');
}

/** ", at steps a, b": where the reader has no list of the steps beside the message (the site's insight lists link each). */
function atSteps(p: Params, n: Names): string {
  return p.has('stepNames') ? `, at ${p.list('steps').length === 1 ? 'step' : 'steps'} ${listShort(stepList(p, n))}` : '';
}

/** The steps params `steps` (ids) and `stepNames` name, as the reader names steps. */
function stepList(p: Params, n: Names): string[] {
  const names = p.list('stepNames');
  return p.list('steps').map((id, index) => n.stepName(id, names[index]));
}

/** The other step of an overlap (params `otherStep`, `otherStepName`), as the reader names steps. */
function otherStep(p: Params, n: Names): string {
  return n.stepName(p.text('otherStep'), p.has('otherStepName') ? p.text('otherStepName') : undefined);
}

const ROOTS: Record<string, string> = { journey: 'the journey', persona: 'the persona', config: 'the configuration' };
const ENTITIES: Record<string, string> = { stages: 'stage', steps: 'step' };

/**
 * Where a schema problem is, from the params describePath gives: "step `payer`", "`name` of
 * step `payer`", "`impact` of item 1 of `opportunities` of step `payer`".
 */
function where(p: Params, n: Names): string {
  const entity = p.has('whereEntity')
    ? `${ENTITIES[p.text('whereEntity')]} ${p.has('whereId') ? n.code(p.text('whereId')) : p.number('whereNumber')}`
    : (ROOTS[p.text('whereRoot')] ?? 'the file');
  const path = p.list('wherePath');
  if (path.length === 0) return entity;
  const parts: string[] = [];
  let end = path.length;
  while (end > 0) {
    let start = end;
    while (start > 0 && !/^\d+$/.test(path[start - 1]!)) start--;
    if (start < end) parts.push(n.code(path.slice(start, end).join('.')));
    if (start === 0) break;
    parts.push(`item ${Number(path[start - 1]) + 1}`);
    end = start - 1;
  }
  return `${parts.join(' of ')} of ${entity}`;
}

const Where = (p: Params, n: Names) => {
  const text = where(p, n);
  return text.charAt(0).toUpperCase() + text.slice(1);
};

const TYPES: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  object: 'a map of fields',
  array: 'a list',
  null: 'empty',
};

/** What a value is, for "it is ...". */
function valueKind(p: Params, n: Names): string {
  switch (p.text('actual')) {
    case 'empty':
      return 'empty';
    case 'array':
      return 'a list';
    case 'object':
      return 'a map of fields';
    case 'string':
      return `the text ${n.quote(p.text('value'))}`;
    case 'boolean':
      return n.code(p.text('value'));
    default:
      return `the number ${p.text('value')}`;
  }
}

/** The schema's own description of a field, when it has one: the best hint there is. */
const described = (p: Params, otherwise: string) => (p.has('description') ? p.text('description') : otherwise);

const MEDIA: Record<string, string> = { image: 'image', audio: 'audio recording', video: 'video' };
const METRIC_RANGE = (p: Params) => `${p.text('min') || '-∞'} to ${p.text('max') || '∞'}`;

const fixed = (message: string, hint: string): MessageEntry => ({ message: () => message, hint: () => hint });

export const enProblems: ProblemMessages = {
  // Reading files
  'file-unreadable': {
    message: (p) => `This file could not be read (${p.text('reason')}).`,
    hint: () => 'Check that the file exists and that Parcours may read it.',
  },
  'file-not-regular': fixed(
    'This is a directory or special file, not a YAML file.',
    'Rename it so its name does not end in .yaml or .yml.',
  ),
  'file-too-large': {
    message: (p) =>
      p.has('size')
        ? `This file is ${p.text('size')} MiB, more than the ${p.text('limit')} MiB a content file may hold.`
        : `This file is larger than the ${p.text('limit')} MiB a data file may hold.`,
    hint: (p) => (p.has('size') ? 'Split the journey into smaller journeys linked with subJourney.' : 'Split it by year or by journey.'),
  },
  'file-encoding': {
    message: (p) => `This file is not valid UTF-8: byte ${p.text('byte')} at offset ${p.text('offset')} is not part of a UTF-8 character.`,
    hint: () => 'Save the file as UTF-8 (files exported from old spreadsheets are often Latin-1 or Windows-1252).',
  },
  'file-bom': fixed('This file starts with a byte order mark.', 'Save the file as UTF-8 without BOM.'),
  'file-empty': fixed('This file holds no YAML document.', 'Start from `npx parcours new` or remove the file.'),
  'file-link-outside': {
    message: (p, n) =>
      `This file is a symbolic link${p.has('link') ? ` to ${n.quote(p.text('link'))}` : ''}, which leads ${p.text('into') === 'git' ? "into the repository's .git folder" : 'outside the content root'}; Parcours does not follow it.`,
    hint: () => 'Copy what it points to into the content root, or point the link inside the root.',
  },
  'file-link-loop': {
    message: (p, n) =>
      p.text('case') === 'ancestor'
        ? `This file is a symbolic link to ${n.quote(p.text('link'))}, a folder that holds ${p.text('holds') === 'link' ? 'the link itself' : "the build's output"}, so copying it into the site would never end.`
        : `This file is a symbolic link${p.has('link') ? ` to ${n.quote(p.text('link'))}` : ''} that leads back to itself, so it points to no file.`,
    hint: (p) =>
      p.text('case') === 'ancestor'
        ? 'Link to the files or the folder you mean to publish, not to a folder above them.'
        : 'Point the link at a file, or replace it with the file.',
  },
  'file-link-in-revision': {
    message: (p, n) =>
      `This file is a symbolic link${p.has('link') ? ` to ${n.quote(p.text('link'))}` : ''} at this revision; Parcours does not follow links in history.`,
    hint: () => 'Commit the file itself rather than a link to it.',
  },
  // YAML syntax
  // A slip people new to YAML make has its kind (src/core/load/first-syntax-errors.ts); else the parser's words.
  'yaml-syntax': {
    message: (p, n) => {
      switch (p.text('kind')) {
        case 'colon-space':
          return `${n.code(`${p.text('key')}:${p.text('value')}`)} has no space after its colon, so YAML reads the whole line as one text, not as a key and its value.`;
        case 'colon-in-value':
          return `The value of ${n.code(p.text('key'))} holds a colon followed by a space, which YAML reads as the start of another key.`;
        case 'unclosed-quote':
          return `This value opens with ${p.text('quote')} but never closes it, so YAML reads the rest of the file as part of it.`;
        case 'item-misaligned':
          return `This list item does not start at column ${p.number('expectedColumn')}, under the item on line ${p.number('aboveLine')}, so YAML cannot read them as one list.`;
        case 'indent-deeper':
        case 'indent-shallower':
          return `The key ${n.code(p.text('key'))} starts ${p.text('kind') === 'indent-deeper' ? 'right' : 'left'} of ${n.code(p.text('above'))} on line ${p.number('aboveLine')}, so YAML cannot tell which map it belongs to; the lines below it are not read either.`;
        default:
          return `The YAML cannot be read here: ${p.text('detail')}.`.replace(/\.\.$/, '.');
      }
    },
    hint: (p, n) => {
      switch (p.text('kind')) {
        case 'colon-space':
          return `Put a space after the colon: ${n.code(`${p.text('key')}: ${p.text('value')}`)}.`;
        case 'colon-in-value':
          return `Put the value between quotes: ${n.code(`${p.text('key')}: "${p.text('value').replaceAll('"', '\\"')}"`)}.`;
        case 'unclosed-quote':
          return `End the value with ${p.text('quote')}, or remove the opening ${p.text('quote')}.`;
        case 'item-misaligned':
          return `Put the ${n.code('- ')} at column ${p.number('expectedColumn')}, under the one on line ${p.number('aboveLine')}, and move the lines of this item by as much.`;
        case 'indent-deeper':
        case 'indent-shallower':
          return `Start ${n.code(p.text('key'))} at column ${p.number('expectedColumn')}, under ${n.code(p.text('above'))}, and move the lines of its block by as much: the keys of one map start at the same column${p.has('inItem') ? `, which in a list item is the column of the first key after ${n.code('- ')}` : ''}.`;
        default:
          return 'Check the indentation and the quotes of this line and of the line above it.';
      }
    },
  },
  'yaml-tab-indent': {
    message: () => 'A tab is used to indent this line; YAML indentation must be spaces.',
    hint: (p, n) =>
      p.text('kind') === 'tab'
        ? `Indent with ${p.number('expectedColumn') - 1} spaces instead, so that ${n.code(p.text('key'))} starts under ${n.code(p.text('above'))} (line ${p.number('aboveLine')}).`
        : 'Replace the tab with spaces (two per level is usual).',
  },
  'yaml-duplicate-key': fixed(
    'This key already appears earlier in the same map; YAML keeps only one of them.',
    'Remove or rename one of the two keys.',
  ),
  'yaml-multiple-documents': fixed(
    'The file holds more than one YAML document (a line with --- separates them); a content file holds one.',
    'Move the second document into a file of its own.',
  ),
  'yaml-alias-limit': {
    message: (p) =>
      `Aliases in this file expand to too many values (more than ${p.text('limit')} alias uses): this looks like an alias bomb and was not read.`,
    hint: () => 'Write the repeated values out, or use fewer aliases.',
  },
  'yaml-forbidden-key': {
    message: (p, n) => `The key ${n.code(p.text('key'))} is not allowed in Parcours content.`,
    hint: (p) =>
      p.text('key') === '<<'
        ? 'Merge keys are not supported: write the fields out, or use an anchor and alias for a whole value.'
        : 'Rename or remove this key.',
  },
  'yaml-not-a-map': {
    message: (p) => `This file must hold a map of fields (key: value), not a ${p.text('found') === 'list' ? 'list' : 'single value'}.`,
    hint: () => 'Start the file with `id:` and the fields of its kind, as `npx parcours new` writes them.',
  },
  // Schema
  'required-field': {
    message: (p, n) => `${Where(p, n)} has no ${n.code(p.text('missing'))}, which is required.`,
    hint: (p, n) => `Add ${n.code(p.text('missing'))}${p.has('description') ? `: ${p.text('description')}` : '.'}`,
  },
  'unknown-field': {
    message: (p, n) => `${Where(p, n)} has a field ${n.code(p.text('key'))} that Parcours does not know.`,
    hint: (p, n) => didYouMean(p, n, p.list('known').length > 0 ? `Known fields here: ${p.list('known').join(', ')}.` : 'Remove it.'),
  },
  'invalid-type': {
    message: (p, n) => `${Where(p, n)} must be ${or(p.list('expected').map((type) => TYPES[type] ?? type))}, but it is ${valueKind(p, n)}.`,
    hint: (p) => described(p, 'Write the value in the form the field takes, as the README shows it.'),
  },
  'invalid-value': {
    message: (p, n) => {
      switch (p.text('case')) {
        case 'enum':
          return `${Where(p, n)} is ${n.quote(p.text('value'))}; it must be one of ${p
            .list('allowed')
            .map((value) => n.code(value))
            .join(', ')}.`;
        case 'metric-cell':
          return p.has('value')
            ? `The ${p.text('column')} ${p.text('value')} is outside its range (${METRIC_RANGE(p)}).`
            : `The ${p.text('column')} ${n.quote(p.text('text'))} is not a number.`;
        case 'emotion-cell':
          return `The emotion ${n.quote(p.text('text'))} is neither a number nor a word of the emotion scale.`;
        case 'lines-mismatch':
          return `This cell gives ${p.number('lines')} lines, but ${p.text('of')} gives ${p.number('items')} items: line N here belongs to item N there.`;
        case 'not-allowed':
          return `${n.quote(p.text('value'))} is not one of ${p.list('allowed').join(', ')}.`;
        case 'owned':
          return `${n.quote(p.text('value'))} is neither yes nor no.`;
        case 'attachment-link':
          return `The attachment ${n.quote(p.text('value'))} gives no link.`;
        default:
          return `${Where(p, n)} is not valid: ${p.text('detail') || 'it does not match the schema'}.`;
      }
    },
    hint: (p, n) => {
      switch (p.text('case')) {
        case 'enum':
          return didYouMean(p, n, `Write one of ${p.list('allowed').join(', ')}.`);
        case 'metric-cell':
          return 'Write a plain number (a comma or a dot for decimals), or leave the cell empty.';
        case 'emotion-cell':
          return `Write a number from ${p.text('min')} to ${p.text('max')}, or leave the cell empty.`;
        case 'lines-mismatch':
          return 'Write one line per item (a blank line for an item without a value), in the same order.';
        case 'not-allowed':
          return `Write one of ${p.list('allowed').join(', ')}.`;
        case 'owned':
          return 'Write no (or non) for a touchpoint the company does not control, and leave the line blank otherwise.';
        case 'attachment-link':
          return 'Write each attachment on its own line as `Title (kind, link)`, for example `Payment page (image, attachments/payment.png)`.';
        default:
          return 'Write the value as the README shows it for this field.';
      }
    },
  },
  'invalid-id': {
    message: (p, n) =>
      p.has('key')
        ? `The key ${n.code(p.text('key'))} in ${where(p, n)} is not a valid id: ids use lowercase letters, digits and single hyphens.`
        : `${Where(p, n)} is ${n.quote(p.text('value'))}, which is not a valid id: ids use lowercase letters, digits and single hyphens.`,
    // `suggestion`: the channel a word that is no id means (`Téléphone` -> `phone`).
    hint: (p, n) =>
      didYouMean(p, n, p.has('fixed') ? `Write it as ${n.code(p.text('fixed'))}.` : 'Use lowercase letters, digits and single hyphens.'),
  },
  'invalid-format': {
    message: (p, n) =>
      p.has('format')
        ? `${Where(p, n)} is ${n.quote(p.text('value'))}, which is not a ${p.text('format') === 'date' ? 'date written YYYY-MM-DD' : p.text('format')}.`
        : `${Where(p, n)} is ${n.quote(p.text('value'))}, which does not have the expected form.`,
    hint: (p) =>
      p.text('format') === 'date'
        ? 'Write the date as year-month-day, for example 2026-09-15.'
        : described(p, 'Write the value in the form the README shows for this field.'),
  },
  'out-of-range': {
    message: (p, n) =>
      `${Where(p, n)} is ${p.text('value')}; it must be ${p.text('bound') === 'min' ? 'at least' : 'at most'} ${p.text('limit')}.`,
    hint: (p) => described(p, 'Use a value within the range.'),
  },
  'empty-value': {
    message: (p, n) => {
      switch (p.text('case')) {
        case 'csv-step-name':
          return 'This row has no step name, so it was not imported.';
        case 'csv-no-rows':
          return 'The file has a header but no step rows.';
        default: {
          const limit = p.number('limit');
          const need =
            p.text('need') === 'text'
              ? 'some text'
              : `at least ${limit} ${p.text('need') === 'items' ? 'item' : 'entry'}${limit > 1 ? 's' : ''}`;
          return `${Where(p, n)} is empty; it needs ${need}.`;
        }
      }
    },
    hint: (p) => {
      switch (p.text('case')) {
        case 'csv-step-name':
          return 'Write what the customer does in the step column.';
        case 'csv-no-rows':
          return 'Add one row per step below the header.';
        default:
          return described(p, 'Fill it in, or remove the field.');
      }
    },
  },
  'duplicate-item': {
    message: (p, n) => `${Where(p, n)} lists ${n.quote(p.text('value'))} twice (items ${p.number('first')} and ${p.number('second')}).`,
    hint: () => 'Remove the second one.',
  },
  // Cross-file rules
  'id-mismatch': {
    message: (p, n) =>
      `The ${p.text('what')} id ${n.quote(p.text('id'))} differs from its file name ${n.quote(p.text('stem'))}; the id is what URLs and references use, so both must agree.`,
    hint: (p, n) => `Rename the file to ${p.text('id')}${p.text('extension')} or set ${n.code(`id: ${p.text('stem')}`)}.`,
  },
  'duplicate-id': {
    message: (p, n) => {
      switch (p.text('what')) {
        case 'stage':
          return `Stage ${n.quote(p.text('name'))} (stage ${p.number('position')}) has the id ${n.quote(p.text('id'))}, already used by stage ${p.number('earlier')}.`;
        case 'step':
          return `The step id ${n.quote(p.text('id'))} is used twice in this journey (step ${n.step}); the site anchors each step by its id, so they must differ.`;
        case 'csv-step':
          return `The step id ${n.quote(p.text('id'))} is already used by an earlier row.`;
        default:
          return `The ${p.text('what')} id ${n.quote(p.text('id'))} is already used by ${p.text('file')}.`;
      }
    },
    hint: (p) => {
      switch (p.text('what')) {
        case 'stage':
          return 'Stage ids must be unique within a journey.';
        case 'step':
          return 'Step ids must be unique within the whole journey, across stages.';
        case 'csv-step':
          return 'Give each step its own id, or leave the column empty to make ids from the names.';
        default:
          return `Give one of the two ${p.text('what')}s another id.`;
      }
    },
  },
  'unknown-persona': {
    message: (p, n) => `The persona ${n.quote(p.text('persona'))} does not exist: there is no personas/${p.text('persona')}.yaml.`,
    hint: (p, n) => didYouMean(p, n, `Create personas/${p.text('persona')}.yaml or remove it from the list.`),
  },
  'unknown-channel': {
    message: (p, n) => `The channel ${n.quote(p.text('channel'))} is neither built in nor added in parcours.config.yaml.`,
    hint: (p, n) =>
      didYouMean(
        p,
        n,
        `Use one of ${p.list('known').join(', ')}, or add ${n.code(p.text('channel'))} under ${n.code('channels')} in parcours.config.yaml.`,
      ),
  },
  'unknown-journey': {
    message: (p, n) =>
      `${n.code(p.text('field'))} names the journey ${n.quote(p.text('journey'))}, which does not exist: there is no journeys/${p.text('journey')}.yaml.`,
    hint: (p, n) => didYouMean(p, n, `Create journeys/${p.text('journey')}.yaml or remove ${n.code(p.text('field'))}.`),
  },
  'emotion-out-of-scale': {
    message: (p, n) =>
      p.has('step')
        ? `The emotion ${p.text('value')} of step ${n.step} lies outside the scale, which goes from ${p.text('min')} to ${p.text('max')}.`
        : `The emotion ${p.text('value')} lies outside the scale, which goes from ${p.text('min')} to ${p.text('max')}.`,
    hint: (p, n) =>
      p.has('step')
        ? `Use a value from ${p.text('min')} to ${p.text('max')}, or widen ${n.code('emotionScale')} in parcours.config.yaml.`
        : `Write a number from ${p.text('min')} to ${p.text('max')}, or leave the cell empty.`,
  },
  'emotion-unknown-persona': {
    message: (p, n) =>
      `Step ${n.step} gives an emotion for ${n.persona(p.text('persona'))}, who is not among the journey's personas${p.list('personas').length > 0 ? ` (${p.list('personas').map(n.persona).join(', ')})` : ''}.`,
    hint: (p, n) => didYouMean(p, n, `Add ${n.code(p.text('persona'))} to the journey's ${n.code('personas')}, or remove this value.`),
  },
  'emotion-scale-invalid': {
    message: (p) =>
      p.has('value')
        ? `The label for ${p.text('value')} lies outside the emotion scale (${p.text('min')} to ${p.text('max')}).`
        : `The emotion scale goes from ${p.text('min')} to ${p.text('max')}: its minimum must be below its maximum.`,
    hint: (p) => (p.has('value') ? 'Remove the label, or widen the scale.' : 'The default scale goes from -3 to 3.'),
  },
  'theme-contrast': {
    message: (p, n) =>
      `${p.text('name') === 'persona' ? 'A persona colour' : `The ${n.code(p.text('name'))} colour`} ${p.text('color')} on the ${p.text('on')} ${p.text('background')} has a contrast of ${p.text('ratio')}:1; ${p.text('use') === 'text' ? 'text needs' : 'lines and icons need'} ${p.text('needed')}:1 (WCAG AA).`,
    hint: (p) =>
      !p.has('suggestion')
        ? 'Choose a colour further from its background.'
        : p.text('change') === 'background'
          ? `${p.text('suggestion')} is the nearest ${p.text('on')} colour on which it reaches ${p.text('needed')}:1.`
          : `${p.text('suggestion')} is the nearest colour that reaches ${p.text('needed')}:1 on ${p.text('background')}.`,
  },
  'target-of-invalid': {
    message: (p, n) => {
      switch (p.text('case')) {
        case 'not-target':
          return `${n.code('targetOf')} is set, but the journey's state is ${n.code(p.text('state'))}: only a target map redesigns another journey.`;
        case 'self':
          return 'A target journey cannot be the target of itself.';
        default:
          return `${n.code('targetOf')} names ${n.quote(p.text('targetOf'))}, which is itself a target map; it must name the current journey being redesigned.`;
      }
    },
    hint: (p, n) => {
      switch (p.text('case')) {
        case 'not-target':
          return `Add ${n.code('state: target')}, or remove ${n.code('targetOf')}.`;
        case 'self':
          return `Set ${n.code('targetOf')} to the id of the current journey it redesigns.`;
        default:
          return didYouMean(p, n, `Set ${n.code('targetOf')} to the id of the current journey it redesigns.`);
      }
    },
  },
  'unsafe-link': {
    message: (p, n) =>
      p.text('case') === 'delivery'
        ? `The delivery link ${n.quote(p.text('href'))} is refused: an opportunity links to its issue, epic or ticket by an http(s) address.`
        : `The link ${n.quote(p.text('href'))} is refused: links may only be http(s), mailto or a path in the project.`,
    hint: (p) =>
      p.text('case') === 'delivery' ? 'Use the full https:// address of the ticket.' : 'Use a full https:// address or a relative path.',
  },
  'media-file-missing': {
    message: (p, n) =>
      `The ${MEDIA[p.text('kind')] ?? p.text('kind')} ${n.quote(p.text('href'))} of step ${n.step} is not under public/, so the map would show a broken ${p.text('kind') === 'image' ? 'picture' : 'player'}.`,
    hint: (p) => `Put the file at public/${p.text('path')}, or fix the path (relative to public/).`,
  },
  // Warnings
  'step-without-touchpoints': {
    message: (_p, n) => `Step ${n.step} has no touchpoint, so the map cannot say on which channel it happens or what it costs.`,
    hint: (_p, n) => `Add ${n.code('touchpoints')}, for example ${n.code('touchpoints: [web]')}.`,
  },
  'media-without-transcript': {
    message: (p, n) =>
      `The ${MEDIA[p.text('kind')] ?? p.text('kind')} ${n.quote(p.text('title'))} of step ${n.step} has no transcript: readers who cannot play it, and search, miss what it says.`,
    hint: (_p, n) => `Add ${n.code('transcript:')} with what is said or shown, in Markdown.`,
  },
  'media-file-too-large': {
    message: (p, n) =>
      `The ${MEDIA[p.text('kind')] ?? p.text('kind')} ${n.quote(p.text('href'))} of step ${n.step} weighs ${n.number(p.number('megabytes'))} MB, more than the ${n.number(p.number('limit'))} MB set by mediaMaxMegabytes: readers on a phone download it to see or play it.`,
    hint: (_p, n) => `Shrink or cut the file, or raise ${n.code('mediaMaxMegabytes')} in parcours.config.yaml.`,
  },
  'persona-unused': {
    message: (p, n) => `No journey lists the persona ${n.persona(p.text('persona'))}.`,
    hint: (_p, n) => `Add it to the ${n.code('personas')} of the journeys it lives, or remove the file if it is obsolete.`,
  },
  'review-overdue': {
    message: (p, n) =>
      `The journey was last reviewed ${count(p.number('days'), { one: 'day', other: 'days' })} ago (${n.date(p.text('date'))}), more than the ${count(p.number('limit'), { one: 'day', other: 'days' })} a map may go unreviewed.`,
    hint: (p, n) =>
      `${p.has('owner') ? `Ask ${p.text('owner')} to check` : 'Check'} the map against reality, then update ${n.code('lastReviewed')}.`,
  },
  'schema-line-unresolved': {
    message: (p, n) =>
      `The schema line points to ${n.quote(p.text('target'))}, which ${p.text('dead') === 'yes' ? 'does not answer' : 'is not a file'}, so editors give no completion or checks for this file.`,
    hint: () => 'Run `npx parcours fmt` to point it at the schemas Parcours installs (node_modules/parcours/schema/, after `npm install`).',
  },
  'emotion-missing-persona': {
    message: (p, n) =>
      `Step ${n.step} gives no emotion for ${and(p.list('personas').map(n.persona))}, so ${p.list('personas').length > 1 ? 'their curves have' : 'their curve has'} a gap here.`,
    hint: () =>
      'Give every persona of the journey a value (null for one who takes no part in this step), or use one number for all of them.',
  },
  // Spreadsheet and Mermaid import, measured data files
  'csv-syntax': fixed(
    'This quoted cell is never closed, so the rest of the file cannot be read.',
    'Add the closing double quote (a quote inside a cell is written "").',
  ),
  'csv-missing-column': {
    message: (p) =>
      p.text('case') === 'data'
        ? `A data file needs the columns journey, step, period and at least one metric; this one lacks ${p
            .list('missing')
            .map((column) => (column === 'metric' ? 'a metric' : column))
            .join(', ')}.`
        : 'The file has no step column, so no step can be read.',
    hint: (p) =>
      p.text('case') === 'data'
        ? `Start the file with a header such as: journey,step,period,${p.list('metrics').join(',')}`
        : `Name the first row's columns; the step column may be called ${p.list('names').join(', ')}.`,
  },
  'csv-unknown-column': {
    message: (p, n) =>
      p.text('case') === 'data'
        ? `The column ${n.quote(p.text('column'))} is not a key (journey, step, period) nor a metric (${p.list('metrics').join(', ')}), so it is ignored.`
        : `The column ${n.quote(p.text('column'))} is ${p.text('case') === 'twice' ? 'there twice' : 'not one Parcours knows'}, so it is not imported.`,
    hint: (p) =>
      p.text('case') === 'twice'
        ? 'Remove or rename one of the two columns.'
        : p.text('case') === 'data'
          ? 'Rename it to a metric, or remove it.'
          : 'See `parcours import csv --help` for the column names it reads.',
  },
  'mermaid-syntax': {
    message: (p, n) => {
      switch (p.text('case')) {
        case 'start':
          return 'A Mermaid journey diagram starts with the word `journey`.';
        case 'empty':
          return 'The file holds no Mermaid journey diagram.';
        case 'no-task':
          return 'The diagram has no task, so there is no step to import.';
        case 'score':
          return `The score of this task, ${n.quote(p.text('score'))}, is not a number, so the task cannot be placed on the emotion curve.`;
        default:
          return 'This line is neither a title, a section nor a task (`Task name: score: actors`).';
      }
    },
    hint: (p) => {
      switch (p.text('case')) {
        case 'start':
        case 'empty':
          return 'Export a user journey diagram (it starts with `journey`); other Mermaid diagrams cannot be imported.';
        default:
          return 'Write the task as `Task name: 3: Actor, Other actor`, with a number from 1 (worst) to 5 (best).';
      }
    },
  },
  'import-score-rescaled': {
    message: (p) =>
      `This diagram scores tasks from ${p.text('low')} to ${p.text('high')}, beyond Mermaid's 1 to 5, so its scores were mapped in order onto the emotion scale: ${p.text('low')} → ${p.text('lowEmotion')}, ${p.text('high')} → ${p.text('highEmotion')} (this task's ${p.text('score')} → ${p.text('emotion')}).`,
    hint: () => "Check the emotions of the imported journey; rescore the diagram from 1 to 5 to have Mermaid's own mapping.",
  },
  'import-persona-missing': {
    message: (p, n) => `The imported journey names the persona ${n.quote(p.text('persona'))}, which has no file yet.`,
    hint: (p) => `Create personas/${p.text('persona')}.yaml, or rename the persona to one that exists.`,
  },
  'data-unknown-journey': {
    message: (p, n) => `No journey has the id ${n.quote(p.text('journey'))}, so this row was not used.`,
    hint: (p, n) => didYouMean(p, n, 'Write the id of a journey in the journey column.'),
  },
  'data-unknown-step': {
    message: (p, n) => `The journey ${n.quote(p.text('journey'))} has no step ${n.quote(p.text('stepId'))}, so this row was not used.`,
    hint: (p, n) => didYouMean(p, n, 'Write the id of one of its steps in the step column.'),
  },
  'data-invalid-value': {
    message: (p, n) =>
      p.has('value')
        ? `The ${p.text('metric')} figure ${p.text('value')} is outside the range of ${p.text('metric')} (${METRIC_RANGE(p)}); the other figures of the row were kept.`
        : `The ${p.text('metric')} figure ${n.quote(p.text('text'))} is not a number; the other figures of the row were kept.`,
    hint: () => 'Write a plain number (a comma or a dot for decimals), or leave the cell empty.',
  },
  'data-invalid-period': {
    message: (p, n) => `${n.quote(p.text('text'))} is not a period Parcours reads, so this row was not used.`,
    hint: () => 'Write a month (2026-03), a quarter (2026-Q1) or a day (2026-03-15).',
  },
  'data-duplicate-row': {
    message: (p, n) =>
      `Figures for step ${n.quote(p.text('stepId'))} of ${n.quote(p.text('journey'))} in ${p.text('period')} were already given; this row's figures replace them.`,
    hint: () => 'Keep one row per journey, step and period.',
  },
  // Event logs (data/events/) and the steps' event patterns
  'events-file-unreadable': {
    message: (p) =>
      `The event log cannot be read as ${p.text('format') === 'parquet' ? 'Parquet' : 'CSV'}${p.has('reason') ? ` (${p.text('reason')})` : ''}; its events are left out.`,
    hint: () => 'Export the log again; Parcours reads CSV with a header row, and Parquet.',
  },
  'events-missing-column': {
    message: (p, n) =>
      `The event log has no ${or(p.list('columns').map(n.quote)) || 'case, timestamp or event'} column${p.has('found') ? `; its columns are ${and(p.list('found').map(n.quote))}` : ''}.`,
    hint: (_p, n) => `Name the columns the log uses under ${n.code('events:')} in parcours.config.yaml (case, timestamp, event, channel).`,
  },
  'events-bad-row': {
    message: (p, n) => {
      switch (p.text('reason')) {
        case 'more':
          return p.number('more') === 1
            ? 'One more bad row, here, is left out of the analysis too.'
            : `${n.number(p.number('more'))} more bad rows, the first of them here, are left out of the analysis too.`;
        case 'case':
          return 'The row has no case id, so it belongs to no case; it is left out of the analysis.';
        case 'timestamp':
          return `The timestamp ${n.quote(p.text('value'))} cannot be read as a date and time; the row is left out of the analysis.`;
        case 'timestamp-missing':
          return 'The row has no timestamp; it is left out of the analysis.';
        case 'event':
          return 'The row has no event name; it is left out of the analysis.';
        case 'TOO MANY COLUMNS':
          return 'The row has more fields than the header names (a value in an unknown column); it is left out of the analysis.';
        case 'MISSING COLUMNS':
          return 'The row has fewer fields than the header names; it is left out of the analysis.';
        default:
          return `The row cannot be read as CSV${p.has('detail') ? ` (${p.text('detail')})` : ''}; it is left out of the analysis.`;
      }
    },
    hint: (p) => {
      switch (p.text('reason')) {
        case 'more':
          return 'Only the first bad rows of a file are shown one by one; fix the export, and the others are likely fixed the same way.';
        case 'case':
          return 'Fill in the case column, or drop the row from the export.';
        case 'timestamp':
        case 'timestamp-missing':
          return 'Write timestamps as ISO 8601 (2026-03-14T09:30:00, with an offset such as +01:00 when not UTC).';
        case 'event':
          return 'Fill in the event column, or drop the row from the export.';
        case 'TOO MANY COLUMNS':
          return 'Quote values that hold the separator.';
        case 'MISSING COLUMNS':
          return 'Give the row a value, or an empty one, for every column of the header.';
        default:
          return 'Export the log again, with a header row and one event a line.';
      }
    },
  },
  'events-pattern-overlap': {
    message: (p, n) =>
      `The event ${n.quote(p.text('event'))} matches ${n.quote(p.text('pattern'))} of step ${n.step} and ${n.quote(p.text('otherPattern'))} of step ${otherStep(p, n)}: an event shows one step of a journey.`,
    hint: (p, n) =>
      `Narrow one of the two patterns so that ${n.quote(p.text('event'))} matches only one step; it is counted at step ${otherStep(p, n)} meanwhile.`,
  },
  'events-pattern-unmatched': {
    message: (p, n) => `${n.quote(p.text('pattern'))} of step ${n.step} matches no event of the logs under data/events/.`,
    hint: (_p, n) =>
      `Check its spelling against the event names ${n.code('parcours events --format json')} lists under ${n.code('eventNames')}, or remove the entry.`,
  },
  // Evidence, freshness and insights
  'owner-missing': {
    message: (p, n) => `The journey ${n.quote(p.text('journey'))} names no owner, so nobody is answerable for keeping it true.`,
    hint: (_p, n) => `Add ${n.code('owner:')} with the person or team who reviews this map.`,
  },
  'review-date-missing': {
    message: (p, n) =>
      `The journey ${n.quote(p.text('journey'))} has no ${n.code('lastReviewed')} date, so nobody can tell whether it still matches reality.`,
    hint: (_p, n) => `Check the map against reality, then add ${n.code('lastReviewed: YYYY-MM-DD')}.`,
  },
  'claims-without-evidence': {
    message: (p, n) =>
      `${p.number('bare')} of the ${p.number('total')} emotions and pain points of this journey cite no source${atSteps(p, n)}.`,
    hint: (_p, n) =>
      `Add ${n.code('evidence')} (interview, survey, analytics, support...) to the steps, or to each pain point, so readers can tell findings from assumptions.`,
  },
  'inclusion-gap-digital': {
    message: (p, n) => {
      const personas = p.list('personas');
      const affinities = p.list('affinities');
      return `Step ${n.step} happens only on digital channels (${p.list('channels').map(n.channel).join(', ')}), yet ${and(personas.map((id, index) => `${n.persona(id)} (digital affinity ${affinities[index] ?? ''})`))} ${personas.length > 1 ? 'live' : 'lives'} it: a customer far from digital has no way through.`;
    },
    hint: () =>
      'Offer a human or physical way through this step (phone, store, mail, someone to help), or say in the map how these customers get past it.',
  },
  'inclusion-gap-channels': {
    message: (p, n) =>
      `${p.list('steps').length} of the ${p.number('lived')} steps ${n.persona(p.list('personas')[0] ?? '')} lives ${p.list('steps').length === 1 ? 'offers' : 'offer'} none of the channels this persona prefers (${p.list('preferred').map(n.channel).join(', ')})${p.has('stepNames') ? `: ${listShort(stepList(p, n))}` : ''}.`,
    hint: () =>
      "Add touchpoints on the channels this persona uses where it matters most, or check that the persona's preferred channels are still true.",
  },
  'moment-of-truth-without-human': {
    message: (p, n) =>
      `Step ${n.step} is a moment of truth, yet none of its touchpoints (${p.list('channels').map(n.channel).join(', ')}) puts the customer in touch with a person.`,
    hint: () =>
      'Add a way to reach someone at this moment (phone, chat with an advisor, video, face to face), or make sure the digital path never leaves the customer stuck.',
  },
  'emotion-cliff': {
    message: (p, n) => {
      const [curves, from, to] = [p.list('dropCurves'), p.list('dropFrom'), p.list('dropTo')];
      const [previous, previousNames] = [p.list('dropPrevious'), p.list('dropPreviousNames')];
      const drops = curves.map(
        (curve, index) =>
          `${curve === '' ? '' : `${n.persona(curve)} `}from ${from[index]} at ${n.stepName(previous[index] ?? '', previousNames[index])} to ${to[index]}`,
      );
      return `The emotion falls sharply at step ${n.step}: ${drops.join('; ')}.`;
    },
    hint: () => 'Look at what breaks between these two steps; an opportunity here changes how the whole journey is remembered.',
  },
  'dead-end': {
    message: (p, n) => {
      const values = p.list('curveValues');
      const curves = p.list('curves').map((curve, index) => (curve === '' ? values[index] : `${n.persona(curve)} ${values[index]}`));
      return `The journey ends at step ${n.step} with a negative emotion (${curves.join(', ')}) and no opportunity to change it.`;
    },
    hint: () => 'Add an opportunity to this step, or extend the map to show how the customer gets out of it.',
  },
  'stale-claims': {
    message: (p, n) =>
      `${p.number('count')} claim${s(p.number('count'))} ${p.number('count') === 1 ? 'has' : 'have'} stood unchanged for more than ${count(p.number('limit'), { one: 'day', other: 'days' })} with no evidence dated since${atSteps(p, n)}.`,
    hint: (_p, n) =>
      `Check them with customers again and add dated ${n.code('evidence')}, or reword or remove them; the journey page shows since when each claim stands.`,
  },
};
