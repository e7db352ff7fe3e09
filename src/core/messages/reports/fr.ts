import type { ReportWords } from '../catalogue.ts';
import { agreement, counter } from '../plural.ts';

const count = counter('fr');
const agree = agreement('fr');
const PASS = { one: 'passe', other: 'passent' };
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
    serving: (url, root) => `Serveur de dev Parcours : ${url} (contenu : ${root}). Ctrl+C pour l’arrêter.`,
    changed: (file) => `${file} modifié ; rechargement.`,
    publicLinks: 'parcours dev : public/ contient des liens symboliques qui ne peuvent pas être servis ; rien n’a été démarré.',
    clean: (journeys, personas) =>
      `Contenu vérifié : aucune erreur (${count(journeys, { one: 'parcours', other: 'parcours' })}, ${count(personas, { one: 'persona', other: 'personas' })}).`,
    warningsNotShown: (warnings) => `Non affichés : ${count(warnings, nouns.warning)}, que \`parcours validate\` liste.`,
  },
  created: {
    wrote: (file) => `${file} écrit.`,
    addPersona: (id) => `Ajoutez \`${id}\` aux \`personas\` des parcours que vit ce persona.`,
    fileExists: (command, file, option) =>
      `parcours ${command} : ${file} existe déjà ; il a été laissé tel quel. Choisissez un autre ${option} ou supprimez le fichier.`,
    idTaken: (command, kind, id, file, option) =>
      `parcours ${command} : ${kind === 'journey' ? 'un parcours' : 'un persona'} d’identifiant \`${id}\` existe déjà dans ${file} ; choisissez un autre ${option}.`,
    imported: (file, stages, steps, personaFiles) =>
      `${file} écrit : ${count(stages, { one: 'phase', other: 'phases' })}, ${count(steps, { one: 'étape', other: 'étapes' })}.${
        personaFiles.length > 0 ? ` Un persona de départ écrit pour chaque nouvel acteur : ${personaFiles.join(', ')}.` : ''
      } Lancez \`parcours validate\` pour le vérifier.`,
    personaKept: (file, id) => `parcours import : ${file} existe déjà ; il a été laissé tel quel (le parcours nomme le persona \`${id}\`).`,
    origin: (source, format) => `Importé de ${source} par \`parcours import ${format}\`.`,
  },
  leftOutOfCsv: (fields, file) =>
    `parcours export csv : absent du CSV, où une ligne est une étape : ${fields.join(', ')}. Ces champs restent dans ${file}.`,
  tooManyWarnings: (warnings, allowed) =>
    `parcours validate : ${count(warnings, nouns.warning)}, plus que ne le permet --max-warnings ${allowed}.`,
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
  fmt: {
    formatted: (path) => `mis en forme : ${path}`,
    wouldReformat: (path, command) => `à mettre en forme : ${path} ; lancez ${command}`,
    annotation: (command) =>
      `Ce fichier n’est pas mis en forme comme parcours fmt le met en forme. Lancez ${command} et committez le résultat.`,
    summary: (changed, unchanged, notFormatted, check) =>
      `${count(changed, nouns.file)} ${check ? agree(changed, { one: 'serait modifié', other: 'seraient modifiés' }) : 'mis en forme'}, ${unchanged} ${agree(unchanged, { one: 'inchangé', other: 'inchangés' })}${notFormatted > 0 ? `, ${notFormatted} non mis en forme (voir les erreurs)` : ''}.`,
    runForAll: (command) => `Lancez ${command} pour les mettre en forme, puis committez-les.`,
  },
  init: {
    wrote: (path) => `écrit ${path}`,
    kept: (path) => `gardé ${path} (déjà là)`,
    next: 'Ensuite :',
    fmtComment: 'met le YAML en forme comme l’attend la vérification des pull requests',
  },
  events: {
    percent: (share) => `${(share * 100).toFixed(1).replace('.', ',')}\u00a0%`,
    amount: (value) => value.toFixed(2).replace('.', ','),
    colon: ' : ',
    quotes: ['« ', ' »'],
    units: ['j', 'h', 'min', 's'],
    withheld: 'non publié',
    tooFew: (minCases) => `moins de ${minCases} cas : aucun chiffre n’est publié.`,
    cases: (cases, from, to) => `${cases} cas, du ${from} au ${to}`,
    columns: { step: 'étape', reached: 'atteinte', reach: 'part', dropOff: 'abandon', channels: 'canaux' },
    notMapped: '(aucun événement associé)',
    enterAt: 'entrent à',
    leaveAt: 'sortent à',
    directlyFollows: { title: 'successions directes', count: 'nombre', median: 'médiane', p90: 'p90' },
    switches: 'changements de canal',
    switchAt: (channels, steps) => `${channels} entre ${steps}`,
    variants: 'chemins',
    otherVariants: (variants) => `autres (${count(variants, { one: 'chemin', other: 'chemins' })})`,
    inOrder: 'dans l’ordre de la carte',
    reachLast: (step) => `atteignent la dernière étape (${step})`,
    cost: (observed, months, fromVolumes) =>
      `coût de service par mois : ${observed} observés sur ${months} mois${fromVolumes !== undefined ? `, ${fromVolumes} d’après metrics.volume` : ''}`,
    insights: 'enseignements',
    withheldFigures: (figures, minCases) =>
      figures === 1
        ? `1 chiffre portant sur moins de ${minCases} cas n’est pas publié.`
        : `${figures} chiffres portant sur moins de ${minCases} cas ne sont pas publiés.`,
    noLog: 'Aucun journal d’événements dans data/events/ : rien à observer.',
    noMappedStep:
      'Aucune étape ne liste d’`events` : ajoutez aux étapes des noms ou des motifs d’événements pour poser les journaux sur la carte.',
    totals: (rows, badRows, files) =>
      `${count(rows, { one: 'ligne lue', other: 'lignes lues' })}, ${count(badRows, { one: 'laissée', other: 'laissées' })} de côté, dans ${count(files, nouns.file)}.`,
    insight: {
      'drop-off': (share, step, dropped) => `${share} des cas qui atteignent ${step} ne vont pas plus loin (${dropped} cas).`,
      'costly-switch': (switches, from, to, fromStep, toStep, cost) =>
        `${switches} cas ${agree(switches, PASS)} de ${from} à ${to} entre ${fromStep} et ${toStep} : ${cost} par mois sur ${to}.`,
      'costly-switch-others': (pairs, switches, cost) =>
        `Et ${count(pairs, { one: 'autre passage', other: 'autres passages' })} vers un canal plus cher (${count(switches, { one: 'fois', other: 'fois' })}) : ${cost} par mois.`,
      'rarely-reached': (step, share) =>
        `Peu de cas atteignent ${step}${share === undefined ? ' (trop peu pour être publiés)' : ` (${share})`}.`,
      'loop-back': (cases, share, from, to) =>
        `${cases} cas (${share}) ${agree(cases, { one: 'revient', other: 'reviennent' })} de ${from} à ${to}, un retour que la carte ne montre pas.`,
      skip: (cases, share, from, to) =>
        `${cases} cas (${share}) ${agree(cases, PASS)} de ${from} directement à ${to}, en sautant des étapes de la carte.`,
    },
  },
};
