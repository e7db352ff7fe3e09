/** Every label and sentence of the page's editing code, in the site's two languages. */
export interface EditMessages {
  edit: string;
  editing: string;
  undo: string;
  redo: string;
  review: string;
  saved: string;
  saving: string;
  nothingToUndo: string;
  nothingToRedo: string;
  refused: string;
  conflict: string;
  reload: string;
  forbidden: string;
  failed: (detail: string) => string;
  emptyRequired: string;
  /** Accessible name of an emotion point: the persona and the step. */
  emotionPoint: (persona: string, step: string) => string;
  /** The − and + buttons of an emotion in a step's card (a phone). */
  lowerEmotion: (persona: string, step: string) => string;
  raiseEmotion: (persona: string, step: string) => string;
  editText: (text: string) => string;
  fields: {
    title: string;
    summary: string;
    stageName: string;
    stageDescription: string;
    expectation: string;
    stepName: string;
    stepDescription: string;
    thought: string;
    painPoint: string;
    opportunity: string;
    touchpoint: string;
    touchpointName: string;
    touchpointDescription: string;
    momentOfTruthReason: string;
    experience: string;
    hypothesis: string;
    impact: string;
    effort: string;
    status: string;
    channel: string;
    name: string;
    quote: string;
    goals: string;
    frustrations: string;
    digitalAffinity: string;
    preferredChannels: string;
  };
  none: string;
  levels: Record<'low' | 'medium' | 'high', string>;
  statuses: Record<'idea' | 'planned' | 'in-progress' | 'done', string>;
  affinities: Record<'high' | 'medium' | 'low' | 'none', string>;
  save: string;
  cancel: string;
  remove: string;
  add: string;
  stepActions: (step: string) => string;
  stageActions: (stage: string) => string;
  momentOfTruth: string;
  moveBack: string;
  moveForward: string;
  addStepAfter: string;
  addStageAfter: string;
  deleteStep: string;
  deleteStage: string;
  confirmDeleteStep: (step: string) => string;
  confirmDeleteStage: (stage: string) => string;
  newStep: string;
  newStage: string;
  addThought: string;
  addPainPoint: string;
  addOpportunity: string;
  addExpectation: string;
  addDescription: string;
  addExperience: string;
  editTouchpoint: (touchpoint: string) => string;
  addPersona: string;
  removePersona: (persona: string) => string;
  removeItem: (text: string) => string;
  personaFields: string;
  reviewTitle: string;
  reviewClean: string;
  reviewFiles: string;
  reviewChanges: string;
  reviewCommit: string;
  reviewNote: string;
  fileStatus: Record<string, string>;
  close: string;
  allPersonas: string;
  noRepository: string;
}

const fr: EditMessages = {
  edit: 'Modifier',
  editing: 'Mode édition : les changements sont enregistrés dans les fichiers YAML.',
  undo: 'Annuler',
  redo: 'Rétablir',
  review: 'Relecture',
  saved: 'Enregistré.',
  saving: 'Enregistrement…',
  nothingToUndo: 'Rien à annuler.',
  nothingToRedo: 'Rien à rétablir.',
  refused: 'Changement refusé, rien n’a été écrit :',
  conflict: 'Le fichier a changé sur le disque depuis l’ouverture de la page, et à cet endroit : rien n’a été écrit.',
  reload: 'Recharger la page',
  forbidden: 'Le serveur de développement a refusé la demande (jeton de session absent ou périmé) : rechargez la page.',
  failed: (detail) => `L’enregistrement a échoué : ${detail}`,
  emptyRequired: 'Ce texte ne peut pas être vide.',
  emotionPoint: (persona, step) => `Émotion : ${persona}, étape « ${step} »`,
  lowerEmotion: (persona, step) => `Baisser l’émotion : ${persona}, étape « ${step} »`,
  raiseEmotion: (persona, step) => `Monter l’émotion : ${persona}, étape « ${step} »`,
  editText: (text) => `Modifier : ${text}`,
  fields: {
    title: 'Titre du parcours',
    summary: 'Résumé',
    stageName: 'Nom de la phase',
    stageDescription: 'Description de la phase',
    expectation: 'Attente',
    stepName: 'Nom de l’étape',
    stepDescription: 'Description de l’étape',
    thought: 'Pensée',
    painPoint: 'Point de douleur',
    opportunity: 'Opportunité',
    touchpoint: 'Point de contact',
    touchpointName: 'Nom du point de contact',
    touchpointDescription: 'Description du point de contact',
    momentOfTruthReason: 'Pourquoi c’est un moment de vérité',
    experience: 'Expérience visée',
    hypothesis: 'Hypothèse à vérifier',
    impact: 'Impact',
    effort: 'Effort',
    status: 'Statut',
    channel: 'Canal',
    name: 'Nom',
    quote: 'Citation',
    goals: 'Objectifs',
    frustrations: 'Frustrations',
    digitalAffinity: 'Aisance numérique',
    preferredChannels: 'Canaux préférés',
  },
  none: '(aucun)',
  levels: { low: 'faible', medium: 'moyen', high: 'fort' },
  statuses: { idea: 'idée', planned: 'planifiée', 'in-progress': 'en cours', done: 'livrée' },
  affinities: { high: 'forte', medium: 'moyenne', low: 'faible', none: 'aucune (exclusion numérique)' },
  save: 'Enregistrer',
  cancel: 'Annuler',
  remove: 'Supprimer',
  add: 'Ajouter',
  stepActions: (step) => `Actions sur l’étape « ${step} »`,
  stageActions: (stage) => `Actions sur la phase « ${stage} »`,
  momentOfTruth: 'Moment de vérité',
  moveBack: 'Déplacer avant',
  moveForward: 'Déplacer après',
  addStepAfter: 'Ajouter une étape après',
  addStageAfter: 'Ajouter une phase après',
  deleteStep: 'Supprimer l’étape',
  deleteStage: 'Supprimer la phase',
  confirmDeleteStep: (step) => `Supprimer l’étape « ${step} » et tout ce qu’elle contient ?`,
  confirmDeleteStage: (stage) => `Supprimer la phase « ${stage} » et toutes ses étapes ?`,
  newStep: 'Nouvelle étape',
  newStage: 'Nouvelle phase',
  addThought: 'Ajouter une pensée',
  addPainPoint: 'Ajouter un point de douleur',
  addOpportunity: 'Ajouter une opportunité',
  addExpectation: 'Ajouter une attente',
  addDescription: 'Ajouter une description',
  addExperience: 'Ajouter l’expérience visée',
  editTouchpoint: (touchpoint) => `Modifier le point de contact : ${touchpoint}`,
  addPersona: 'Ajouter un persona',
  removePersona: (persona) => `Retirer ${persona} du parcours`,
  removeItem: (text) => `Supprimer : ${text}`,
  personaFields: 'Fiche du persona',
  reviewTitle: 'Ce que vos changements changent pour le client',
  reviewClean: 'Aucun changement depuis le dernier commit.',
  reviewFiles: 'Fichiers modifiés',
  reviewChanges: 'Changements',
  reviewCommit: 'Pour les enregistrer dans Git',
  reviewNote: 'Parcours ne fait pas le commit à votre place : relisez, puis lancez ces commandes.',
  fileStatus: { M: 'modifié', A: 'ajouté', D: 'supprimé', '??': 'nouveau, pas encore suivi par Git', R: 'renommé' },
  close: 'Fermer',
  allPersonas: 'tous les clients',
  noRepository: 'Le contenu n’est pas dans un dépôt Git : il n’y a pas de version précédente à comparer.',
};

const en: EditMessages = {
  edit: 'Edit',
  editing: 'Edit mode: changes are saved to the YAML files.',
  undo: 'Undo',
  redo: 'Redo',
  review: 'Review',
  saved: 'Saved.',
  saving: 'Saving…',
  nothingToUndo: 'Nothing to undo.',
  nothingToRedo: 'Nothing to redo.',
  refused: 'Change refused, nothing was written:',
  conflict: 'The file changed on disk since the page was opened, at this very place: nothing was written.',
  reload: 'Reload the page',
  forbidden: 'The dev server refused the request (missing or stale session token): reload the page.',
  failed: (detail) => `Saving failed: ${detail}`,
  emptyRequired: 'This text cannot be empty.',
  emotionPoint: (persona, step) => `Emotion: ${persona}, step “${step}”`,
  lowerEmotion: (persona, step) => `Lower the emotion: ${persona}, step “${step}”`,
  raiseEmotion: (persona, step) => `Raise the emotion: ${persona}, step “${step}”`,
  editText: (text) => `Edit: ${text}`,
  fields: {
    title: 'Journey title',
    summary: 'Summary',
    stageName: 'Stage name',
    stageDescription: 'Stage description',
    expectation: 'Expectation',
    stepName: 'Step name',
    stepDescription: 'Step description',
    thought: 'Thought',
    painPoint: 'Pain point',
    opportunity: 'Opportunity',
    touchpoint: 'Touchpoint',
    touchpointName: 'Touchpoint name',
    touchpointDescription: 'Touchpoint description',
    momentOfTruthReason: 'Why this is a moment of truth',
    experience: 'Desired experience',
    hypothesis: 'Hypothesis to check',
    impact: 'Impact',
    effort: 'Effort',
    status: 'Status',
    channel: 'Channel',
    name: 'Name',
    quote: 'Quote',
    goals: 'Goals',
    frustrations: 'Frustrations',
    digitalAffinity: 'Digital affinity',
    preferredChannels: 'Preferred channels',
  },
  none: '(none)',
  levels: { low: 'low', medium: 'medium', high: 'high' },
  statuses: { idea: 'idea', planned: 'planned', 'in-progress': 'in progress', done: 'done' },
  affinities: { high: 'high', medium: 'medium', low: 'low', none: 'none (digitally excluded)' },
  save: 'Save',
  cancel: 'Cancel',
  remove: 'Remove',
  add: 'Add',
  stepActions: (step) => `Actions on step “${step}”`,
  stageActions: (stage) => `Actions on stage “${stage}”`,
  momentOfTruth: 'Moment of truth',
  moveBack: 'Move earlier',
  moveForward: 'Move later',
  addStepAfter: 'Add a step after',
  addStageAfter: 'Add a stage after',
  deleteStep: 'Delete the step',
  deleteStage: 'Delete the stage',
  confirmDeleteStep: (step) => `Delete the step “${step}” and everything in it?`,
  confirmDeleteStage: (stage) => `Delete the stage “${stage}” and all its steps?`,
  newStep: 'New step',
  newStage: 'New stage',
  addThought: 'Add a thought',
  addPainPoint: 'Add a pain point',
  addOpportunity: 'Add an opportunity',
  addExpectation: 'Add an expectation',
  addDescription: 'Add a description',
  addExperience: 'Add the desired experience',
  editTouchpoint: (touchpoint) => `Edit the touchpoint: ${touchpoint}`,
  addPersona: 'Add a persona',
  removePersona: (persona) => `Remove ${persona} from the journey`,
  removeItem: (text) => `Delete: ${text}`,
  personaFields: 'Persona sheet',
  reviewTitle: 'What your changes change for the customer',
  reviewClean: 'No change since the last commit.',
  reviewFiles: 'Files changed',
  reviewChanges: 'Changes',
  reviewCommit: 'To record them in Git',
  reviewNote: 'Parcours does not commit for you: review, then run these commands.',
  fileStatus: { M: 'modified', A: 'added', D: 'deleted', '??': 'new, not yet tracked by Git', R: 'renamed' },
  close: 'Close',
  allPersonas: 'all customers',
  noRepository: 'The content is not in a Git repository: there is no earlier version to compare with.',
};

export function editMessages(lang: string): EditMessages {
  return lang === 'en' ? en : fr;
}
