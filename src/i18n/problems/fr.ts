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
  'events-file-unreadable': (p) =>
    `Le journal d’événements ne se lit pas comme un fichier ${p.params.format === 'csv' ? 'CSV' : 'Parquet'} (${p.text('reason')}) : ses événements sont laissés de côté.`,
  'events-missing-column': (p) =>
    `Le journal d’événements n’a pas de colonne ${join([p.params.columns ?? []].flat().map(String).map(p.quote), 'ou')} ; ses colonnes sont ${join([p.params.found ?? []].flat().map(String).map(p.quote), 'et')}.`,
  'events-bad-row': (p) => {
    switch (p.params.reason) {
      case 'more':
        return `${p.number('more')} autres lignes fautives, dont la première est ici, sont aussi laissées hors de l’analyse.`;
      case 'case':
        return 'La ligne n’a pas d’identifiant de cas : elle est laissée hors de l’analyse.';
      case 'timestamp':
        return `L’horodatage ${p.quote(p.text('value'))} ne se lit pas comme une date et une heure : la ligne est laissée hors de l’analyse.`;
      case 'timestamp-missing':
        return 'La ligne n’a pas d’horodatage : elle est laissée hors de l’analyse.';
      case 'event':
        return 'La ligne n’a pas de nom d’événement : elle est laissée hors de l’analyse.';
      case 'TOO MANY COLUMNS':
        return 'La ligne a plus de champs que l’en-tête ne nomme de colonnes (une valeur dans une colonne inconnue) : elle est laissée hors de l’analyse.';
      case 'MISSING COLUMNS':
        return 'La ligne a moins de champs que l’en-tête ne nomme de colonnes : elle est laissée hors de l’analyse.';
      default:
        return 'La ligne ne se lit pas comme du CSV : elle est laissée hors de l’analyse.';
    }
  },
  'events-pattern-overlap': (p) =>
    `L’événement ${p.quote(p.text('event'))} correspond à ${p.quote(p.text('pattern'))} de l’étape ${p.step} et à ${p.quote(p.text('otherPattern'))} de l’étape ${p.quote(p.text('otherStep'))} : un événement montre une seule étape d’un parcours.`,
  'events-pattern-unmatched': (p) =>
    `${p.quote(p.text('pattern'))} de l’étape ${p.step} ne correspond à aucun événement des journaux de data/events/.`,
};
