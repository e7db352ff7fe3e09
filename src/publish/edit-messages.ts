import type { Lang } from '../core/model/resolve-config.ts';

/** Why the edit API refused a request: the `reason` of its JSON answer, with its HTTP status. */
export type RefusalReason = 'forbidden' | 'bad-request' | 'not-found' | 'conflict' | 'invalid';

export const STATUS: Record<RefusalReason, number> = { forbidden: 403, 'bad-request': 400, 'not-found': 404, conflict: 409, invalid: 422 };

/** What each refusal says, in the site's language (the page shows it as it comes). */
export type RefusalCode =
  | 'no-token'
  | 'foreign-origin'
  | 'foreign-host'
  | 'not-editable'
  | 'outside-root'
  | 'missing-file'
  | 'bad-json'
  | 'bad-change'
  | 'not-found'
  | 'conflict'
  | 'adds-error'
  | 'unsupported'
  | 'nothing-to-undo'
  | 'nothing-to-redo'
  | 'undo-conflict'
  | 'no-git';

type Catalogue = Record<RefusalCode, (detail: string) => string>;

const en: Catalogue = {
  'no-token': () => 'This request does not carry the edit session’s token; reload the page served by parcours dev.',
  'foreign-origin': (origin) => `A page from ${origin} may not edit this content; only pages of this parcours dev server may.`,
  'foreign-host': (host) => `The edit API answers only at 127.0.0.1 or localhost on its own port, not at ${host}.`,
  'not-editable': (path) => `${path} is not a journey or persona file (a .yaml or .yml file directly under journeys/ or personas/).`,
  'outside-root': (path) => `${path} leads outside the content root; nothing was written.`,
  'missing-file': (path) => `${path} does not exist (any more); reload the page.`,
  'bad-json': (detail) => `The request is not the JSON the edit API expects: ${detail}`,
  'bad-change': (detail) => `The change cannot be applied: ${detail}`,
  'not-found': (detail) => `The change names something the file does not hold: ${detail} Reload the page to see the file as it is.`,
  conflict: (path) =>
    `${path} was changed elsewhere at the same place since the page read it; nothing was written. Reload the page to see that change.`,
  'adds-error': (path) => `This change would make ${path} invalid; nothing was written.`,
  unsupported: (detail) => `${detail} Edit this part of the file in a text editor.`,
  'nothing-to-undo': (path) => `No change of ${path} made in this session is left to undo.`,
  'nothing-to-redo': (path) => `No undone change of ${path} is left to redo.`,
  'undo-conflict': (path) =>
    `${path} was changed elsewhere since the last change made here; undoing it would lose that change, so nothing was written.`,
  'no-git': (detail) => `The content root is not in a Git repository that can be read: ${detail}`,
};

const fr: Catalogue = {
  'no-token': () => 'Cette requête ne porte pas le jeton de la session d’édition ; rechargez la page servie par parcours dev.',
  'foreign-origin': (origin) =>
    `Une page de ${origin} ne peut pas modifier ce contenu ; seules les pages de ce serveur parcours dev le peuvent.`,
  'foreign-host': (host) => `L’API d’édition ne répond qu’à 127.0.0.1 ou localhost sur son propre port, pas à ${host}.`,
  'not-editable': (path) =>
    `${path} n’est pas un fichier de parcours ou de persona (un fichier .yaml ou .yml directement dans journeys/ ou personas/).`,
  'outside-root': (path) => `${path} mène hors du dossier du contenu ; rien n’a été écrit.`,
  'missing-file': (path) => `${path} n’existe pas (ou plus) ; rechargez la page.`,
  'bad-json': (detail) => `La requête n’est pas le JSON qu’attend l’API d’édition : ${detail}`,
  'bad-change': (detail) => `La modification ne peut pas être appliquée : ${detail}`,
  'not-found': (detail) =>
    `La modification vise un élément absent du fichier : ${detail} Rechargez la page pour voir le fichier tel qu’il est.`,
  conflict: (path) =>
    `${path} a été modifié ailleurs au même endroit depuis que la page l’a lu ; rien n’a été écrit. Rechargez la page pour voir cette modification.`,
  'adds-error': (path) => `Cette modification rendrait ${path} invalide ; rien n’a été écrit.`,
  unsupported: (detail) => `${detail} Modifiez cette partie du fichier dans un éditeur de texte.`,
  'nothing-to-undo': (path) => `Aucune modification de ${path} faite dans cette session ne reste à annuler.`,
  'nothing-to-redo': (path) => `Aucune modification annulée de ${path} ne reste à rétablir.`,
  'undo-conflict': (path) =>
    `${path} a été modifié ailleurs depuis la dernière modification faite ici ; l’annuler perdrait cette modification, donc rien n’a été écrit.`,
  'no-git': (detail) => `Le dossier du contenu n’est pas dans un dépôt Git lisible : ${detail}`,
};

const CATALOGUES: Record<Lang, Catalogue> = { en, fr };

/** The sentence for a refusal, in `lang`. */
export function refusalMessage(lang: Lang, code: RefusalCode, detail = ''): string {
  return CATALOGUES[lang][code](detail);
}

/** Every refusal code, for the test that each has a sentence in each language. */
export const REFUSAL_CODES = Object.keys(en) as RefusalCode[];
