import { join } from '../join.ts';
import { counter } from '../plural.ts';
import type { ProblemSentences } from '../problem-sentences.ts';

const count = counter('fr');
const WHAT: Record<string, string> = { journey: 'du parcours', persona: 'du persona' };
const MEDIA: Record<string, string> = { image: 'L’image', audio: 'L’enregistrement audio', video: 'La vidéo' };

/** The problems of the rules in French (the insights are worded by `insights.texts`). */
export const frProblems: ProblemSentences = {
  'step-without-touchpoints': (p) =>
    `L’étape ${p.step} n’a aucun point de contact : la carte ne peut dire ni sur quel canal elle se passe, ni ce qu’elle coûte.`,
  'emotion-out-of-scale': (p) =>
    `L’émotion ${p.number('value')} de l’étape ${p.step} sort de l’échelle, qui va de ${p.number('min')} à ${p.number('max')}.`,
  'emotion-missing-persona': (p) =>
    `L’étape ${p.step} ne donne pas d’émotion pour ${join(p.personas, 'et')} : ${p.personas.length > 1 ? 'leur courbe s’interrompt' : 'sa courbe s’interrompt'} ici.`,
  'emotion-unknown-persona': (p) =>
    `L’étape ${p.step} donne une émotion pour ${p.persona}, qui ne fait pas partie des personas du parcours.`,
  'emotion-scale-invalid': (p) =>
    p.params.value === undefined
      ? `L’échelle d’émotion va de ${p.number('min')} à ${p.number('max')} : son minimum doit être inférieur à son maximum.`
      : `Le libellé de ${p.number('value')} sort de l’échelle d’émotion (de ${p.number('min')} à ${p.number('max')}).`,
  'duplicate-id': (p) => {
    switch (p.params.what) {
      case 'stage':
        return `La phase ${p.quote(p.text('name'))} (phase ${p.number('position')}) reprend l’identifiant ${p.quote(p.text('id'))} de la phase ${p.number('earlier')}.`;
      case 'step':
        return `L’étape ${p.step} reprend l’identifiant ${p.quote(p.text('id'))} d’une autre étape du parcours : le site repère chaque étape par son identifiant.`;
      default:
        return `L’identifiant ${p.quote(p.text('id'))} ${WHAT[p.text('what')] ?? ''} est déjà pris par ${p.text('file')}.`;
    }
  },
  'id-mismatch': (p) =>
    `L’identifiant ${p.quote(p.text('id'))} ${WHAT[p.text('what')] ?? ''} diffère du nom de son fichier ${p.quote(p.text('stem'))} : les adresses et les références utilisent l’identifiant, les deux doivent concorder.`,
  'owner-missing': () => 'Le parcours ne nomme aucun responsable : personne n’est chargé de le garder juste.',
  'review-date-missing': () =>
    'Le parcours n’a pas de date de dernière relecture : personne ne peut dire s’il correspond encore à la réalité.',
  'review-overdue': (p) =>
    `Le parcours a été relu pour la dernière fois il y a ${count(Number(p.params.days), p.t.nouns.day)} (le ${p.date('date')}), plus que les ${count(Number(p.params.limit), p.t.nouns.day)} qu’une carte peut rester sans relecture.`,
  'unsafe-link': (p) =>
    `Le lien ${p.quote(p.text('href'))} est refusé : seuls les liens http(s), mailto ou vers un fichier du projet sont permis.`,
  'media-file-missing': (p) =>
    `${MEDIA[p.text('kind')] ?? 'Le fichier'} ${p.quote(p.text('href'))} de l’étape ${p.step} n’est pas dans public/ : la carte afficherait ${p.params.kind === 'image' ? 'une image cassée' : 'un lecteur vide'}.`,
  'media-without-transcript': (p) =>
    `${MEDIA[p.text('kind')] ?? 'Le fichier'} ${p.quote(p.text('title'))} de l’étape ${p.step} n’a pas de transcription : qui ne peut pas l’écouter, et la recherche, en manquent le contenu.`,
  'media-file-too-large': (p) =>
    `${MEDIA[p.text('kind')] ?? 'Le fichier'} ${p.quote(p.text('href'))} de l’étape ${p.step} pèse ${p.number('megabytes')} Mo, plus que les ${p.number('limit')} Mo fixés par mediaMaxMegabytes : sur un téléphone, il faut le télécharger pour le voir ou l’écouter.`,
  'unknown-channel': (p) => `Le canal ${p.quote(p.channel)} n’est ni prédéfini, ni ajouté dans parcours.config.yaml.`,
  'theme-contrast': (p) =>
    `La couleur ${p.text('name') === 'persona' ? 'de persona' : p.text('name')} ${p.text('color')} du thème n’a qu’un contraste de ${p.number('ratio')}:1 sur son fond ${p.text('on')} ${p.text('background')}, sous les ${p.number('needed')}:1 qu’il faut ${p.params.use === 'text' ? 'pour lire un texte' : 'pour distinguer un trait ou une icône'}${p.params.suggestion ? ` ; ${p.text('suggestion')} est la couleur la plus proche qui les atteint` : ''}.`,
};
