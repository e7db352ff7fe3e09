import type { ReportWords } from '../catalogue.ts';
import { counter } from '../plural.ts';

const count = counter('fr');
const nouns = {
  error: { one: 'erreur', other: 'erreurs' },
  warning: { one: 'avertissement', other: 'avertissements' },
  file: { one: 'fichier', other: 'fichiers' },
  change: { one: 'changement', other: 'changements' },
  subject: { one: 'parcours ou persona', other: 'parcours ou personas' },
};

/** Les mots des rapports (validate, diff, le commentaire de pull request, l’écran d’erreur du serveur de dev) en français. */
export const frReports: ReportWords = {
  severities: { error: 'erreur', warning: 'avertissement' },
  hint: 'conseil :',
  noProblems: 'Aucun problème.',
  summary: (errors, warnings, files) =>
    `${count(errors, nouns.error)} et ${count(warnings, nouns.warning)} dans ${count(files, nouns.file)}.`,
  overlay: {
    title: 'Le contenu a des erreurs',
    intro: (errors, files) =>
      `${count(errors, nouns.error)} dans ${count(files, nouns.file)} : le site s’affiche de nouveau dès qu’${errors === 1 ? 'elle est corrigée' : 'elles sont corrigées'}.`,
    warnings: (warnings) => `${count(warnings, nouns.warning)}`,
  },
  dev: {
    clean: (journeys, personas) =>
      `Contenu vérifié : aucune erreur (${count(journeys, { one: 'parcours', other: 'parcours' })}, ${count(personas, { one: 'persona', other: 'personas' })}).`,
    warningsNotShown: (warnings) => `Non affichés : ${count(warnings, nouns.warning)}, que \`parcours validate\` liste.`,
  },
  diffPretty: {
    types: { journey: 'parcours', persona: 'persona' },
    statuses: { added: 'ajouté', removed: 'supprimé', modified: 'modifié', invalid: 'invalide' },
    colon: ' : ',
    counts: (changes, warnings) => `${count(changes, nouns.change)}, ${count(warnings, nouns.warning)}`,
    errorsIn: (errors, side, label) =>
      `${count(errors, nouns.error)} dans le contenu ${side === 'base' ? 'de départ' : 'proposé'} (${label}) :`,
    noChange: (base, head) => `Aucun changement des parcours ni des personas entre ${base} et ${head}.`,
    totals: (changes, warnings, subjects, base, head) =>
      `${count(changes, nouns.change)} (${count(warnings, nouns.warning)}) dans ${count(subjects, nouns.subject)} entre ${base} et ${head}.`,
  },
  diffComment: {
    title: 'Parcours : ce que ce changement signifie pour le client',
    compared: (base, head) => `Comparaison de ${base} avec ${head}.`,
    noChange: 'Aucun changement des parcours ni des personas.',
    kinds: { journey: 'Parcours', persona: 'Persona' },
    changes: 'Changements',
    warnings: 'Alertes',
    statuses: { added: 'ajouté', removed: 'supprimé', modified: 'modifié', invalid: 'invalide' },
    errors: {
      base: (label) => `Erreurs du contenu de départ (${label})`,
      head: (label) => `Erreurs du contenu proposé (${label})`,
    },
    everyPersona: 'tous les clients',
    emotionOf: (who) => `Émotion de ${who}`,
    emotionAxis: 'Émotion',
    chartCaption: (who) => `Émotion de ${who} : barres grises avant, ligne bleue après, trait foncé à 0.`,
    measured: 'Chiffres mesurés :',
    step: 'Étape',
    metric: 'Mesure',
    before: 'Avant',
    after: 'Après',
    worse: 'moins bien pour le client',
  },
};
