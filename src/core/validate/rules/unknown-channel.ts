import type { ResolvedConfig } from '../../model/resolve-config.ts';
import type { Finding } from '../finding.ts';
import type { Rule } from '../rule.ts';
import { stepsOf } from '../rule.ts';
import { suggesting } from '../../make-problem.ts';
import { suggestChannel } from '../../model/channel-words.ts';

function unknown(config: ResolvedConfig, file: string, pointer: string, id: string): Finding {
  const known = [...config.channels.keys()];
  // `téléphone` or `agence` are words for a channel rather than typos of one: the usual words count too.
  const meant = suggestChannel(id, known);
  return {
    code: 'unknown-channel',
    file,
    pointer,
    params: suggesting({ channel: id, known }, meant),
  };
}

export const unknownChannel: Rule = {
  journey(file, { config, report }) {
    for (const { step, pointer } of stepsOf(file.data)) {
      (step.touchpoints ?? []).forEach((touchpoint, index) => {
        const shorthand = typeof touchpoint === 'string';
        const id = shorthand ? touchpoint : touchpoint.channel;
        if (!config.channels.has(id))
          report(unknown(config, file.path, `${pointer}/touchpoints/${index}${shorthand ? '' : '/channel'}`, id));
      });
    }
  },
  persona(file, { config, report }) {
    (file.data.preferredChannels ?? []).forEach((id, index) => {
      if (!config.channels.has(id)) report(unknown(config, file.path, `/preferredChannels/${index}`, id));
    });
  },
};
