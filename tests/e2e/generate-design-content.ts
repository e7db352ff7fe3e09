// Content no one here wrote by hand, for the design tests: journeys with 1 to 5 personas, long
// names and words, many touchpoints, moments of truth and large figures, in a Git repository with
// two commits (so that revision and compare pages exist), and a target state of one journey.
import { stringify } from 'yaml';

export const PERSONA_IDS = ['agathe', 'bertrand', 'celestine', 'dieudonne', 'eleonore'] as const;

const LONG_WORDS = [
  'Signe électroniquement le contrat de prêt immobilier',
  'Anticonstitutionnellement renseigne son justificatif',
  'Télécharge les conditions générales dématérialisées',
  'Reçoit la proposition commerciale personnalisée',
  'Interroge le conseiller par visioconférence sécurisée',
  'Vérifie l’authentification renforcée du paiement',
];
const CHANNELS = ['web', 'mobile-app', 'email', 'sms', 'phone', 'chat', 'store', 'mail', 'in-person', 'video'];

/** A bank's brand: every colour passes WCAG AA where it is used (theme-contrast says nothing). */
export const THEME = {
  logo: 'images/logo.svg',
  font: '"DejaVu Sans", Verdana, sans-serif',
  colors: { accent: '#00556e', ink: '#14213d', surface: '#f1f4f6', momentOfTruth: '#8a2c0d' },
  personaColors: ['#00556e', '#b3261e', '#5b3f99', '#2e6b12', '#8a5a00'],
};

/** The files of the project, by path under its root, at a version (0 or 1: emotions move between them). */
export function designContent(version: 0 | 1): Record<string, string> {
  const files: Record<string, string> = {
    'parcours.config.yaml': stringify({
      title: 'Banque de détail — parcours générés',
      lang: 'fr',
      currency: 'EUR',
      emotionScale: {
        min: -3,
        max: 3,
        labels: { '-3': 'Furieux', '-2': 'Frustré', '-1': 'Déçu', '0': 'Neutre', '1': 'Content', '2': 'Ravi', '3': 'Enthousiaste' },
      },
      theme: THEME,
    }),
    // The team's logo, under public/ as the theme's `logo` asks.
    'public/images/logo.svg':
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#00556e"/><path d="M7 22l6-8 5 5 7-10" fill="none" stroke="#fff" stroke-width="3"/></svg>\n',
  };
  PERSONA_IDS.forEach((id, index) => {
    files[`personas/${id}.yaml`] = stringify({
      id,
      name: `${id[0]!.toUpperCase()}${id.slice(1)}, cliente patrimoniale numéro ${index + 1}`,
      role: 'Propriétaire occupante qui renégocie son crédit immobilier',
      goals: ['Obtenir un taux compétitif', 'Signer sans se déplacer'],
      preferredChannels: CHANNELS.slice(index, index + 3),
      tags: ['particulier', 'crédit'],
    });
  });
  for (let count = 1; count <= 5; count++) {
    const id = `parcours-${count}-personas`;
    files[`journeys/${id}.yaml`] = stringify(journey(id, count, version));
  }
  const target = journey('parcours-5-personas-cible', 5, version);
  files['journeys/parcours-5-personas-cible.yaml'] = stringify({
    ...target,
    state: 'target',
    targetOf: 'parcours-5-personas',
    title: `${target.title} (cible)`,
  });
  return files;
}

function journey(id: string, personaCount: number, version: 0 | 1) {
  const personas = PERSONA_IDS.slice(0, personaCount);
  const stepCount = 4 + 2 * personaCount;
  let stepIndex = 0;
  const stages = Array.from({ length: 3 }, (_, stage) => ({
    id: `etape-${stage}`,
    name: [
      'S’informer sur les offres de renégociation',
      'Constituer et transmettre le dossier complet',
      'Signer l’offre et suivre le déblocage',
    ][stage]!,
    description: 'Le client compare les propositions, rassemble ses justificatifs et attend une réponse écrite.',
    experience: 'rassurante',
    expectations: [
      'Savoir combien de temps prend l’instruction',
      'Parler à la même personne du début à la fin',
      'Ne fournir chaque pièce qu’une seule fois',
    ],
    steps: Array.from({ length: Math.ceil(stepCount / 3) }, () => {
      const index = stepIndex++;
      const emotion = Object.fromEntries(personas.map((persona, p) => [persona, ((((index + p + version) % 7) + 7) % 7) - 3]));
      return {
        id: `s${index}`,
        name: `${LONG_WORDS[index % LONG_WORDS.length]} ${index + 1}`,
        touchpoints: CHANNELS.slice(index % 4, (index % 4) + 5).map((channel, t) => ({
          channel,
          name: `Point de contact numéro ${t + 1} électroniquement`,
          ...(t === 0 ? { description: 'Transmis électroniquement au conseiller' } : {}),
        })),
        emotion: personaCount === 1 ? emotion[personas[0]!]! : emotion,
        thoughts: ['Pourquoi me redemande-t-on mon avis d’imposition alors que je l’ai déjà envoyé ?'],
        painPoints: index % 2 === 0 ? ['Le simulateur affiche un taux indicatif qui ne correspond pas à l’offre écrite reçue ensuite'] : [],
        opportunities:
          index % 3 === 0
            ? [{ title: 'Préremplir le dossier à partir des pièces déjà transmises', impact: 'high', effort: 'medium', status: 'idea' }]
            : [],
        ...(index % 4 === 1 ? { momentOfTruth: 'La cliente décide ici de rester ou de partir à la concurrence' } : {}),
        backstage: [{ text: 'Contrôle de conformité par le service engagements', team: 'Middle office crédits' }],
        metrics: { volume: 18000 + index * 1250, csat: 72, duration: 12 },
      };
    }),
  }));
  return {
    id,
    title: `Renégocier son crédit immobilier avec ${personaCount} persona${personaCount > 1 ? 's' : ''} et des intitulés interminables`,
    personas,
    owner: 'Direction de l’expérience client, pôle crédits immobiliers',
    lastReviewed: '2026-04-02',
    tags: ['crédit', 'généré'],
    state: 'current',
    stages,
  };
}
