import type { MessageEntry, Names, Params, ProblemMessages } from '../catalogue.ts';
import { join } from '../join.ts';
import { counter } from '../plural.ts';

// Les problèmes en français : ce qui s’est passé et pourquoi, puis quoi faire. Les paramètres sont
// des données ; chaque phrase de la langue est ici. Ajouter un code : ../catalogue.ts.

const count = counter('fr');
const DAY = { one: 'jour', other: 'jours' };
const and = (items: readonly string[]) => join(items, 'et');
const or = (items: readonly string[]) => join(items, 'ou');

function didYouMean(p: Params, n: Names, otherwise: string): string {
  return p.has('suggestion') ? `Vouliez-vous dire ${n.code(p.text('suggestion'))}\u00a0?` : otherwise;
}

function listShort(items: readonly string[], max = 4): string {
  return items.length > max ? `${items.slice(0, max).join(', ')} et ${items.length - max} autres` : items.join(', ');
}

function atSteps(p: Params, n: Names): string {
  return p.has('stepNames') ? `, ${p.list('steps').length === 1 ? 'à l’étape' : 'aux étapes'} ${listShort(stepList(p, n))}` : '';
}

function stepList(p: Params, n: Names): string[] {
  const names = p.list('stepNames');
  return p.list('steps').map((id, index) => n.stepName(id, names[index]));
}

/** L’autre étape d’un chevauchement (paramètres `otherStep`, `otherStepName`), nommée comme le lecteur nomme les étapes. */
function otherStep(p: Params, n: Names): string {
  return n.stepName(p.text('otherStep'), p.has('otherStepName') ? p.text('otherStepName') : undefined);
}

// Each place with its article, and with "de" before it ("du parcours", "de l’étape").
const ROOTS: Record<string, [string, string]> = {
  journey: ['le parcours', 'du parcours'],
  persona: ['le persona', 'du persona'],
  config: ['la configuration', 'de la configuration'],
};
const ENTITIES: Record<string, [string, string]> = { stages: ['la phase', 'de la phase'], steps: ['l’étape', 'de l’étape'] };

/** « `name` de l’étape `payer` », « `impact` de l’élément 1 de `opportunities` du parcours ». */
function where(p: Params, n: Names): string {
  const [entity, ofEntity] = p.has('whereEntity')
    ? (() => {
        const [alone, of] = ENTITIES[p.text('whereEntity')] ?? ['l’élément', 'de l’élément'];
        const which = p.has('whereId') ? n.code(p.text('whereId')) : String(p.number('whereNumber'));
        return [`${alone} ${which}`, `${of} ${which}`];
      })()
    : (ROOTS[p.text('whereRoot')] ?? ['le fichier', 'du fichier']);
  const path = p.list('wherePath');
  if (path.length === 0) return entity;
  const parts: string[] = [];
  let end = path.length;
  while (end > 0) {
    let start = end;
    while (start > 0 && !/^\d+$/.test(path[start - 1]!)) start--;
    if (start < end) parts.push(n.code(path.slice(start, end).join('.')));
    if (start === 0) break;
    parts.push(`l’élément ${Number(path[start - 1]) + 1}`);
    end = start - 1;
  }
  return `${parts.join(' de ')} ${ofEntity}`;
}

const Where = (p: Params, n: Names) => {
  const text = where(p, n);
  return text.charAt(0).toUpperCase() + text.slice(1);
};

const TYPES: Record<string, string> = {
  string: 'un texte',
  number: 'un nombre',
  integer: 'un nombre entier',
  boolean: 'true ou false',
  object: 'une liste de champs (clé: valeur)',
  array: 'une liste',
  null: 'vide',
};

function valueKind(p: Params, n: Names): string {
  switch (p.text('actual')) {
    case 'empty':
      return 'vide';
    case 'array':
      return 'une liste';
    case 'object':
      return 'une liste de champs';
    case 'string':
      return `le texte ${n.quote(p.text('value'))}`;
    case 'boolean':
      return n.code(p.text('value'));
    default:
      return `le nombre ${p.text('value')}`;
  }
}

// Schema descriptions are written in English (schema/*.schema.json): the French hint says what to do, then quotes it.
const described = (p: Params, otherwise: string) => (p.has('description') ? `${otherwise} (${p.text('description')})` : otherwise);

const MEDIA: Record<string, string> = { image: 'L’image', audio: 'L’enregistrement audio', video: 'La vidéo' };
const METRIC_RANGE = (p: Params) => `de ${p.text('min') || '-∞'} à ${p.text('max') || '∞'}`;
const link = (p: Params, n: Names) => (p.has('link') ? ` vers ${n.quote(p.text('link'))}` : '');

const fixed = (message: string, hint: string): MessageEntry => ({ message: () => message, hint: () => hint });

export const frProblems: ProblemMessages = {
  // Lecture des fichiers
  'file-unreadable': {
    message: (p) => `Ce fichier n’a pas pu être lu (${p.text('reason')}).`,
    hint: () => 'Vérifiez que le fichier existe et que Parcours a le droit de le lire.',
  },
  'file-not-regular': fixed(
    'C’est un dossier ou un fichier spécial, pas un fichier YAML.',
    'Renommez-le pour que son nom ne finisse pas par .yaml ou .yml.',
  ),
  'file-too-large': {
    message: (p) =>
      p.has('size')
        ? `Ce fichier pèse ${p.text('size')} Mio, plus que les ${p.text('limit')} Mio permis pour un fichier de contenu.`
        : `Ce fichier dépasse les ${p.text('limit')} Mio permis pour un fichier de données.`,
    hint: (p) =>
      p.has('size') ? 'Découpez le parcours en parcours plus petits, reliés par subJourney.' : 'Découpez-le par année ou par parcours.',
  },
  'file-encoding': {
    message: (p) =>
      `Ce fichier n’est pas en UTF-8 valide : l’octet ${p.text('byte')} à la position ${p.text('offset')} ne fait partie d’aucun caractère UTF-8.`,
    hint: () => 'Enregistrez le fichier en UTF-8 (les fichiers exportés de vieux tableurs sont souvent en Latin-1 ou Windows-1252).',
  },
  'file-bom': fixed('Ce fichier commence par une marque d’ordre des octets (BOM).', 'Enregistrez le fichier en UTF-8 sans BOM.'),
  'file-empty': fixed('Ce fichier ne contient aucun document YAML.', 'Partez de `npx parcours new` ou supprimez le fichier.'),
  'file-link-outside': {
    message: (p, n) =>
      `Ce fichier est un lien symbolique${link(p, n)} qui mène ${p.text('into') === 'git' ? 'dans le dossier .git du dépôt' : 'hors de la racine du contenu'} : Parcours ne le suit pas.`,
    hint: () => 'Copiez ce vers quoi il pointe dans la racine du contenu, ou faites pointer le lien à l’intérieur.',
  },
  'file-link-loop': {
    message: (p, n) =>
      p.text('case') === 'ancestor'
        ? `Ce fichier est un lien symbolique vers ${n.quote(p.text('link'))}, un dossier qui contient ${p.text('holds') === 'link' ? 'le lien lui-même' : 'la sortie de la construction'} : le copier dans le site ne finirait jamais.`
        : `Ce fichier est un lien symbolique${link(p, n)} qui revient sur lui-même : il ne mène à aucun fichier.`,
    hint: (p) =>
      p.text('case') === 'ancestor'
        ? 'Faites pointer le lien vers les fichiers ou le dossier à publier, pas vers un dossier au-dessus d’eux.'
        : 'Faites pointer le lien vers un fichier, ou remplacez-le par le fichier.',
  },
  'file-link-in-revision': {
    message: (p, n) =>
      `Ce fichier est un lien symbolique${link(p, n)} dans cette version : Parcours ne suit pas les liens de l’historique.`,
    hint: () => 'Enregistrez dans Git le fichier lui-même plutôt qu’un lien vers lui.',
  },
  // Syntaxe YAML
  'yaml-syntax': {
    message: (p, n) => {
      switch (p.text('kind')) {
        case 'colon-space':
          return `${n.code(`${p.text('key')}:${p.text('value')}`)} n’a pas d’espace après les deux-points : YAML lit toute la ligne comme un seul texte, et non comme une clé suivie de sa valeur.`;
        case 'colon-in-value':
          return `La valeur de ${n.code(p.text('key'))} contient deux-points suivis d’une espace, que YAML lit comme le début d’une autre clé.`;
        case 'unclosed-quote':
          return `Cette valeur s’ouvre par ${p.text('quote')} sans jamais se refermer : YAML lit toute la suite du fichier comme une partie de cette valeur.`;
        case 'item-misaligned':
          return `Cet élément de liste ne commence pas à la colonne ${p.number('expectedColumn')}, sous celui de la ligne ${p.number('aboveLine')} : YAML ne peut pas les lire comme une seule liste.`;
        case 'indent-deeper':
        case 'indent-shallower':
          return `La clé ${n.code(p.text('key'))} commence à ${p.text('kind') === 'indent-deeper' ? 'droite' : 'gauche'} de ${n.code(p.text('above'))} (ligne ${p.number('aboveLine')}) : YAML ne sait pas à quel bloc elle appartient, et les lignes qui la suivent ne sont pas lues non plus.`;
        default:
          // The yaml package words its errors in English only: the French sentence quotes it.
          return `Le YAML ne peut pas être lu ici (${p.text('detail').replace(/\.$/, '')}).`;
      }
    },
    hint: (p, n) => {
      switch (p.text('kind')) {
        case 'colon-space':
          return `Mettez une espace après les deux-points : ${n.code(`${p.text('key')}: ${p.text('value')}`)}.`;
        case 'colon-in-value':
          return `Mettez la valeur entre guillemets : ${n.code(`${p.text('key')}: "${p.text('value').replaceAll('"', '\\"')}"`)}.`;
        case 'unclosed-quote':
          return `Terminez la valeur par ${p.text('quote')}, ou retirez le ${p.text('quote')} du début.`;
        case 'item-misaligned':
          return `Placez le ${n.code('- ')} à la colonne ${p.number('expectedColumn')}, sous celui de la ligne ${p.number('aboveLine')}, et décalez d’autant les lignes de cet élément.`;
        case 'indent-deeper':
        case 'indent-shallower':
          return `Faites commencer ${n.code(p.text('key'))} à la colonne ${p.number('expectedColumn')}, sous ${n.code(p.text('above'))}, et décalez d’autant les lignes de son bloc : les clés d’un même bloc commencent à la même colonne${p.has('inItem') ? `, qui est dans un élément de liste celle de la première clé après ${n.code('- ')}` : ''}.`;
        default:
          return 'Vérifiez l’indentation et les guillemets de cette ligne et de la ligne au-dessus.';
      }
    },
  },
  'yaml-tab-indent': {
    message: () => 'Cette ligne est indentée par une tabulation ; en YAML, l’indentation se fait avec des espaces.',
    hint: (p, n) =>
      p.text('kind') === 'tab'
        ? `Indentez plutôt avec ${p.number('expectedColumn') - 1} espaces, pour que ${n.code(p.text('key'))} commence sous ${n.code(p.text('above'))} (ligne ${p.number('aboveLine')}).`
        : 'Remplacez la tabulation par des espaces (deux par niveau, d’habitude).',
  },
  'yaml-duplicate-key': fixed(
    'Cette clé apparaît déjà plus haut dans le même bloc ; YAML n’en garde qu’une.',
    'Supprimez ou renommez l’une des deux clés.',
  ),
  'yaml-multiple-documents': fixed(
    'Le fichier contient plusieurs documents YAML (séparés par une ligne ---) ; un fichier de contenu n’en contient qu’un.',
    'Déplacez le second document dans un fichier à lui.',
  ),
  'yaml-alias-limit': {
    message: (p) =>
      `Les alias de ce fichier se déploient en trop de valeurs (plus de ${p.text('limit')} utilisations) : cela ressemble à une bombe d’alias, le fichier n’a pas été lu.`,
    hint: () => 'Écrivez les valeurs répétées en entier, ou utilisez moins d’alias.',
  },
  'yaml-forbidden-key': {
    message: (p, n) => `La clé ${n.code(p.text('key'))} n’est pas permise dans le contenu Parcours.`,
    hint: (p) =>
      p.text('key') === '<<'
        ? 'Les clés de fusion ne sont pas prises en charge : écrivez les champs en entier, ou utilisez une ancre et un alias pour une valeur entière.'
        : 'Renommez ou supprimez cette clé.',
  },
  'yaml-not-a-map': {
    message: (p) =>
      `Ce fichier doit contenir des champs (clé: valeur), pas ${p.text('found') === 'list' ? 'une liste' : 'une valeur seule'}.`,
    hint: () => 'Commencez le fichier par `id:` et les champs de son type, comme les écrit `npx parcours new`.',
  },
  // Schéma
  'required-field': {
    message: (p, n) => `${Where(p, n)} n’a pas de ${n.code(p.text('missing'))}, qui est obligatoire.`,
    hint: (p, n) => described(p, `Ajoutez ${n.code(p.text('missing'))}.`),
  },
  'unknown-field': {
    message: (p, n) => `${Where(p, n)} a un champ ${n.code(p.text('key'))} que Parcours ne connaît pas.`,
    hint: (p, n) => didYouMean(p, n, p.list('known').length > 0 ? `Champs connus ici : ${p.list('known').join(', ')}.` : 'Supprimez-le.'),
  },
  'invalid-type': {
    message: (p, n) =>
      `${Where(p, n)} doit être ${or(p.list('expected').map((type) => TYPES[type] ?? type))}, mais c’est ${valueKind(p, n)}.`,
    hint: (p) => described(p, 'Écrivez la valeur sous la forme que prend ce champ, comme le montre le README.'),
  },
  'invalid-value': {
    message: (p, n) => {
      switch (p.text('case')) {
        case 'enum':
          return `${Where(p, n)} vaut ${n.quote(p.text('value'))} ; les valeurs permises sont ${p
            .list('allowed')
            .map((value) => n.code(value))
            .join(', ')}.`;
        case 'metric-cell':
          return p.has('value')
            ? `La valeur ${p.text('value')} de ${p.text('column')} sort de son domaine (${METRIC_RANGE(p)}).`
            : `La valeur ${n.quote(p.text('text'))} de ${p.text('column')} n’est pas un nombre.`;
        case 'emotion-cell':
          return `L’émotion ${n.quote(p.text('text'))} n’est ni un nombre, ni un mot de l’échelle d’émotion.`;
        case 'lines-mismatch':
          return `Cette cellule donne ${p.number('lines')} lignes, mais ${p.text('of')} donne ${p.number('items')} éléments : la ligne N ici va avec l’élément N là-bas.`;
        case 'not-allowed':
          return `${n.quote(p.text('value'))} n’est pas l’une des valeurs ${p.list('allowed').join(', ')}.`;
        case 'owned':
          return `${n.quote(p.text('value'))} n’est ni oui, ni non.`;
        case 'attachment-link':
          return `La pièce jointe ${n.quote(p.text('value'))} ne donne pas de lien.`;
        default:
          return `${Where(p, n)} n’est pas valide (${p.text('detail') || 'ne correspond pas au schéma'}).`;
      }
    },
    hint: (p, n) => {
      switch (p.text('case')) {
        case 'enum':
          return didYouMean(p, n, `Écrivez l’une des valeurs ${p.list('allowed').join(', ')}.`);
        case 'metric-cell':
          return 'Écrivez un nombre simple (virgule ou point pour les décimales), ou laissez la cellule vide.';
        case 'emotion-cell':
          return `Écrivez un nombre de ${p.text('min')} à ${p.text('max')}, ou laissez la cellule vide.`;
        case 'lines-mismatch':
          return 'Écrivez une ligne par élément (une ligne vide pour un élément sans valeur), dans le même ordre.';
        case 'not-allowed':
          return `Écrivez l’une des valeurs ${p.list('allowed').join(', ')}.`;
        case 'owned':
          return 'Écrivez non pour un point de contact que l’entreprise ne maîtrise pas, et laissez la ligne vide sinon.';
        case 'attachment-link':
          return 'Écrivez chaque pièce jointe sur sa ligne, sous la forme `Titre (type, lien)`, par exemple `Page de paiement (image, attachments/paiement.png)`.';
        default:
          return 'Écrivez la valeur comme le montre le README pour ce champ.';
      }
    },
  },
  'invalid-id': {
    message: (p, n) =>
      p.has('key')
        ? `La clé ${n.code(p.text('key'))} dans ${where(p, n)} n’est pas un identifiant valide : un identifiant s’écrit en minuscules, chiffres et tirets simples.`
        : `${Where(p, n)} vaut ${n.quote(p.text('value'))}, qui n’est pas un identifiant valide : un identifiant s’écrit en minuscules, chiffres et tirets simples.`,
    hint: (p, n) =>
      didYouMean(
        p,
        n,
        p.has('fixed') ? `Écrivez-le ${n.code(p.text('fixed'))}.` : 'Utilisez des minuscules, des chiffres et des tirets simples.',
      ),
  },
  'invalid-format': {
    message: (p, n) =>
      p.has('format')
        ? `${Where(p, n)} vaut ${n.quote(p.text('value'))}, qui n’est pas ${p.text('format') === 'date' ? 'une date écrite AAAA-MM-JJ' : `au format ${p.text('format')}`}.`
        : `${Where(p, n)} vaut ${n.quote(p.text('value'))}, qui n’a pas la forme attendue.`,
    hint: (p) =>
      p.text('format') === 'date'
        ? 'Écrivez la date année-mois-jour, par exemple 2026-09-15.'
        : described(p, 'Écrivez la valeur sous la forme que montre le README pour ce champ.'),
  },
  'out-of-range': {
    message: (p, n) =>
      `${Where(p, n)} vaut ${p.text('value')} ; il faut ${p.text('bound') === 'min' ? 'au moins' : 'au plus'} ${p.text('limit')}.`,
    hint: (p) => described(p, 'Choisissez une valeur dans le domaine permis.'),
  },
  'empty-value': {
    message: (p, n) => {
      switch (p.text('case')) {
        case 'csv-step-name':
          return 'Cette ligne n’a pas de nom d’étape : elle n’a pas été importée.';
        case 'csv-no-rows':
          return 'Le fichier a une ligne d’en-tête mais aucune ligne d’étape.';
        default: {
          const limit = p.number('limit');
          const need =
            p.text('need') === 'text'
              ? 'du texte'
              : `au moins ${limit} ${p.text('need') === 'items' ? 'élément' : 'entrée'}${limit > 1 ? 's' : ''}`;
          return `${Where(p, n)} est vide ; il faut ${need}.`;
        }
      }
    },
    hint: (p) => {
      switch (p.text('case')) {
        case 'csv-step-name':
          return 'Écrivez ce que fait le client dans la colonne de l’étape.';
        case 'csv-no-rows':
          return 'Ajoutez une ligne par étape sous l’en-tête.';
        default:
          return described(p, 'Remplissez-le, ou supprimez le champ.');
      }
    },
  },
  'duplicate-item': {
    message: (p, n) =>
      `${Where(p, n)} contient deux fois ${n.quote(p.text('value'))} (éléments ${p.number('first')} et ${p.number('second')}).`,
    hint: () => 'Supprimez le second.',
  },
  // Règles entre fichiers
  'id-mismatch': {
    message: (p, n) =>
      `L’identifiant ${n.quote(p.text('id'))} ${p.text('what') === 'persona' ? 'du persona' : 'du parcours'} diffère du nom de son fichier ${n.quote(p.text('stem'))} : les adresses et les références utilisent l’identifiant, les deux doivent concorder.`,
    hint: (p, n) => `Renommez le fichier en ${p.text('id')}${p.text('extension')} ou écrivez ${n.code(`id: ${p.text('stem')}`)}.`,
  },
  'duplicate-id': {
    message: (p, n) => {
      switch (p.text('what')) {
        case 'stage':
          return `La phase ${n.quote(p.text('name'))} (phase ${p.number('position')}) reprend l’identifiant ${n.quote(p.text('id'))} de la phase ${p.number('earlier')}.`;
        case 'step':
          return `L’identifiant d’étape ${n.quote(p.text('id'))} sert deux fois dans ce parcours (étape ${n.step}) : le site repère chaque étape par son identifiant, ils doivent différer.`;
        case 'csv-step':
          return `L’identifiant d’étape ${n.quote(p.text('id'))} est déjà pris par une ligne précédente.`;
        default:
          return `L’identifiant ${n.quote(p.text('id'))} ${p.text('what') === 'persona' ? 'du persona' : 'du parcours'} est déjà pris par ${p.text('file')}.`;
      }
    },
    hint: (p) => {
      switch (p.text('what')) {
        case 'stage':
          return 'Les identifiants des phases doivent être uniques dans un parcours.';
        case 'step':
          return 'Les identifiants des étapes doivent être uniques dans tout le parcours, toutes phases confondues.';
        case 'csv-step':
          return 'Donnez à chaque étape son propre identifiant, ou laissez la colonne vide pour les tirer des noms.';
        default:
          return `Donnez un autre identifiant à l’un des deux ${p.text('what') === 'persona' ? 'personas' : 'parcours'}.`;
      }
    },
  },
  'unknown-persona': {
    message: (p, n) =>
      `Le persona ${n.quote(p.text('persona'))} n’existe pas : il n’y a pas de fichier personas/${p.text('persona')}.yaml.`,
    hint: (p, n) => didYouMean(p, n, `Créez personas/${p.text('persona')}.yaml ou retirez-le de la liste.`),
  },
  'unknown-channel': {
    message: (p, n) => `Le canal ${n.quote(p.text('channel'))} n’est ni prédéfini, ni ajouté dans parcours.config.yaml.`,
    hint: (p, n) =>
      didYouMean(
        p,
        n,
        `Utilisez l’un des canaux ${p.list('known').join(', ')}, ou ajoutez ${n.code(p.text('channel'))} sous ${n.code('channels')} dans parcours.config.yaml.`,
      ),
  },
  'unknown-journey': {
    message: (p, n) =>
      `${n.code(p.text('field'))} désigne le parcours ${n.quote(p.text('journey'))}, qui n’existe pas : il n’y a pas de fichier journeys/${p.text('journey')}.yaml.`,
    hint: (p, n) => didYouMean(p, n, `Créez journeys/${p.text('journey')}.yaml ou retirez ${n.code(p.text('field'))}.`),
  },
  'emotion-out-of-scale': {
    message: (p, n) =>
      p.has('step')
        ? `L’émotion ${p.text('value')} de l’étape ${n.step} sort de l’échelle, qui va de ${p.text('min')} à ${p.text('max')}.`
        : `L’émotion ${p.text('value')} sort de l’échelle, qui va de ${p.text('min')} à ${p.text('max')}.`,
    hint: (p, n) =>
      p.has('step')
        ? `Choisissez une valeur de ${p.text('min')} à ${p.text('max')}, ou élargissez ${n.code('emotionScale')} dans parcours.config.yaml.`
        : `Écrivez un nombre de ${p.text('min')} à ${p.text('max')}, ou laissez la cellule vide.`,
  },
  'emotion-unknown-persona': {
    message: (p, n) =>
      `L’étape ${n.step} donne une émotion pour ${n.persona(p.text('persona'))}, qui ne fait pas partie des personas du parcours${p.list('personas').length > 0 ? ` (${p.list('personas').map(n.persona).join(', ')})` : ''}.`,
    hint: (p, n) =>
      didYouMean(p, n, `Ajoutez ${n.code(p.text('persona'))} aux ${n.code('personas')} du parcours, ou supprimez cette valeur.`),
  },
  'emotion-scale-invalid': {
    message: (p) =>
      p.has('value')
        ? `Le libellé de ${p.text('value')} sort de l’échelle d’émotion (de ${p.text('min')} à ${p.text('max')}).`
        : `L’échelle d’émotion va de ${p.text('min')} à ${p.text('max')} : son minimum doit être inférieur à son maximum.`,
    hint: (p) => (p.has('value') ? 'Supprimez ce libellé, ou élargissez l’échelle.' : 'L’échelle par défaut va de -3 à 3.'),
  },
  'theme-contrast': {
    message: (p, n) =>
      `La couleur ${p.text('name') === 'persona' ? 'de persona' : n.code(p.text('name'))} ${p.text('color')} du thème n’a qu’un contraste de ${p.text('ratio')}:1 sur son fond ${p.text('on')} ${p.text('background')}, sous les ${p.text('needed')}:1 qu’il faut ${p.text('use') === 'text' ? 'pour lire un texte' : 'pour distinguer un trait ou une icône'} (WCAG AA).`,
    hint: (p) =>
      !p.has('suggestion')
        ? 'Choisissez une couleur plus éloignée de son fond.'
        : p.text('change') === 'background'
          ? `${p.text('suggestion')} est la couleur de fond ${p.text('on')} la plus proche sur laquelle elle atteint ${p.text('needed')}:1.`
          : `${p.text('suggestion')} est la couleur la plus proche qui atteint ${p.text('needed')}:1 sur ${p.text('background')}.`,
  },
  'target-of-invalid': {
    message: (p, n) => {
      switch (p.text('case')) {
        case 'not-target':
          return `${n.code('targetOf')} est renseigné, mais l’état du parcours est ${n.code(p.text('state'))} : seule une carte cible refond un autre parcours.`;
        case 'self':
          return 'Un parcours cible ne peut pas être sa propre cible.';
        default:
          return `${n.code('targetOf')} désigne ${n.quote(p.text('targetOf'))}, qui est lui-même une carte cible ; il doit désigner le parcours actuel refondu.`;
      }
    },
    hint: (p, n) => {
      switch (p.text('case')) {
        case 'not-target':
          return `Ajoutez ${n.code('state: target')}, ou retirez ${n.code('targetOf')}.`;
        case 'self':
          return `Donnez à ${n.code('targetOf')} l’identifiant du parcours actuel qu’il refond.`;
        default:
          return didYouMean(p, n, `Donnez à ${n.code('targetOf')} l’identifiant du parcours actuel qu’il refond.`);
      }
    },
  },
  'unsafe-link': {
    message: (p, n) =>
      p.text('case') === 'delivery'
        ? `Le lien de suivi ${n.quote(p.text('href'))} est refusé : une opportunité renvoie à son ticket par une adresse http(s).`
        : `Le lien ${n.quote(p.text('href'))} est refusé : seuls les liens http(s), mailto ou vers un fichier du projet sont permis.`,
    hint: (p) =>
      p.text('case') === 'delivery'
        ? 'Utilisez l’adresse https:// complète du ticket.'
        : 'Utilisez une adresse https:// complète ou un chemin relatif.',
  },
  'media-file-missing': {
    message: (p, n) =>
      `${MEDIA[p.text('kind')] ?? 'Le fichier'} ${n.quote(p.text('href'))} de l’étape ${n.step} n’est pas dans public/ : la carte afficherait ${p.text('kind') === 'image' ? 'une image cassée' : 'un lecteur vide'}.`,
    hint: (p) => `Placez le fichier en public/${p.text('path')}, ou corrigez le chemin (relatif à public/).`,
  },
  // Avertissements
  'step-without-touchpoints': {
    message: (_p, n) =>
      `L’étape ${n.step} n’a aucun point de contact : la carte ne peut dire ni sur quel canal elle se passe, ni ce qu’elle coûte.`,
    hint: (_p, n) => `Ajoutez ${n.code('touchpoints')}, par exemple ${n.code('touchpoints: [web]')}.`,
  },
  'media-without-transcript': {
    message: (p, n) =>
      `${MEDIA[p.text('kind')] ?? 'Le fichier'} ${n.quote(p.text('title'))} de l’étape ${n.step} n’a pas de transcription : qui ne peut pas l’écouter, et la recherche, en manquent le contenu.`,
    hint: (_p, n) => `Ajoutez ${n.code('transcript:')} avec ce qui est dit ou montré, en Markdown.`,
  },
  'media-file-too-large': {
    message: (p, n) =>
      `${MEDIA[p.text('kind')] ?? 'Le fichier'} ${n.quote(p.text('href'))} de l’étape ${n.step} pèse ${n.number(p.number('megabytes'))} Mo, plus que les ${n.number(p.number('limit'))} Mo fixés par mediaMaxMegabytes : sur un téléphone, il faut le télécharger pour le voir ou l’écouter.`,
    hint: (_p, n) => `Réduisez ou coupez le fichier, ou relevez ${n.code('mediaMaxMegabytes')} dans parcours.config.yaml.`,
  },
  'persona-unused': {
    message: (p, n) => `Aucun parcours ne cite le persona ${n.persona(p.text('persona'))}.`,
    hint: (_p, n) => `Ajoutez-le aux ${n.code('personas')} des parcours qu’il vit, ou supprimez le fichier s’il est obsolète.`,
  },
  'review-overdue': {
    message: (p, n) =>
      `Le parcours a été relu pour la dernière fois il y a ${count(p.number('days'), DAY)} (le ${n.date(p.text('date'))}), plus que les ${count(p.number('limit'), DAY)} qu’une carte peut rester sans relecture.`,
    hint: (p, n) =>
      `${p.has('owner') ? `Demandez à ${p.text('owner')} de confronter` : 'Confrontez'} la carte à la réalité, puis mettez à jour ${n.code('lastReviewed')}.`,
  },
  'schema-line-unresolved': {
    message: (p, n) =>
      `La ligne de schéma pointe vers ${n.quote(p.text('target'))}, qui ${p.text('dead') === 'yes' ? 'ne répond pas' : 'n’est pas un fichier'} : les éditeurs n’offrent ni complétion ni vérification pour ce fichier.`,
    hint: () =>
      'Lancez `npx parcours fmt` pour la faire pointer vers les schémas qu’installe Parcours (node_modules/parcours/schema/, après `npm install`).',
  },
  'emotion-missing-persona': {
    message: (p, n) =>
      `L’étape ${n.step} ne donne pas d’émotion pour ${and(p.list('personas').map(n.persona))} : ${p.list('personas').length > 1 ? 'leur courbe s’interrompt' : 'sa courbe s’interrompt'} ici.`,
    hint: () => 'Donnez une valeur à chaque persona du parcours (null pour qui ne vit pas cette étape), ou un seul nombre pour tous.',
  },
  // Import de tableurs et de Mermaid, données mesurées
  'csv-syntax': fixed(
    'Cette cellule entre guillemets n’est jamais fermée : la suite du fichier ne peut pas être lue.',
    'Ajoutez le guillemet fermant (un guillemet dans une cellule s’écrit "").',
  ),
  'csv-missing-column': {
    message: (p) =>
      p.text('case') === 'data'
        ? `Un fichier de données a besoin des colonnes journey, step, period et d’au moins une mesure ; il manque à celui-ci ${p
            .list('missing')
            .map((column) => (column === 'metric' ? 'une mesure' : column))
            .join(', ')}.`
        : 'Le fichier n’a pas de colonne d’étape : aucune étape ne peut être lue.',
    hint: (p) =>
      p.text('case') === 'data'
        ? `Commencez le fichier par un en-tête comme : journey,step,period,${p.list('metrics').join(',')}`
        : `Nommez les colonnes de la première ligne ; la colonne des étapes peut s’appeler ${p.list('names').join(', ')}.`,
  },
  'csv-unknown-column': {
    message: (p, n) =>
      p.text('case') === 'data'
        ? `La colonne ${n.quote(p.text('column'))} n’est ni une clé (journey, step, period), ni une mesure (${p.list('metrics').join(', ')}) : elle est ignorée.`
        : `La colonne ${n.quote(p.text('column'))} ${p.text('case') === 'twice' ? 'apparaît deux fois' : 'n’est pas une colonne que Parcours connaît'} : elle n’est pas importée.`,
    hint: (p) =>
      p.text('case') === 'twice'
        ? 'Supprimez ou renommez l’une des deux colonnes.'
        : p.text('case') === 'data'
          ? 'Renommez-la en une mesure, ou supprimez-la.'
          : 'Voyez `parcours import csv --help` pour les noms de colonnes lus.',
  },
  'mermaid-syntax': {
    message: (p, n) => {
      switch (p.text('case')) {
        case 'start':
          return 'Un diagramme de parcours Mermaid commence par le mot `journey`.';
        case 'empty':
          return 'Le fichier ne contient aucun diagramme de parcours Mermaid.';
        case 'no-task':
          return 'Le diagramme n’a aucune tâche : il n’y a pas d’étape à importer.';
        case 'score':
          return `La note de cette tâche, ${n.quote(p.text('score'))}, n’est pas un nombre : la tâche ne peut pas être placée sur la courbe d’émotion.`;
        default:
          return 'Cette ligne n’est ni un titre, ni une section, ni une tâche (`Nom de la tâche: note: acteurs`).';
      }
    },
    hint: (p) =>
      p.text('case') === 'start' || p.text('case') === 'empty'
        ? 'Exportez un diagramme de parcours utilisateur (il commence par `journey`) ; les autres diagrammes Mermaid ne peuvent pas être importés.'
        : 'Écrivez la tâche sous la forme `Nom de la tâche: 3: Acteur, Autre acteur`, avec un nombre de 1 (pire) à 5 (meilleur).',
  },
  'import-score-rescaled': {
    message: (p) =>
      `Ce diagramme note les tâches de ${p.text('low')} à ${p.text('high')}, au-delà du 1 à 5 de Mermaid : ses notes ont été reportées dans l’ordre sur l’échelle d’émotion, ${p.text('low')} → ${p.text('lowEmotion')}, ${p.text('high')} → ${p.text('highEmotion')} (ici ${p.text('score')} → ${p.text('emotion')}).`,
    hint: () => 'Vérifiez les émotions du parcours importé ; notez le diagramme de 1 à 5 pour avoir la correspondance de Mermaid.',
  },
  'import-persona-missing': {
    message: (p, n) => `Le parcours importé cite le persona ${n.quote(p.text('persona'))}, qui n’a pas encore de fichier.`,
    hint: (p) => `Créez personas/${p.text('persona')}.yaml, ou renommez le persona en un persona existant.`,
  },
  'data-unknown-journey': {
    message: (p, n) => `Aucun parcours n’a l’identifiant ${n.quote(p.text('journey'))} : cette ligne n’a pas été prise en compte.`,
    hint: (p, n) => didYouMean(p, n, 'Écrivez l’identifiant d’un parcours dans la colonne journey.'),
  },
  'data-unknown-step': {
    message: (p, n) =>
      `Le parcours ${n.quote(p.text('journey'))} n’a pas d’étape ${n.quote(p.text('stepId'))} : cette ligne n’a pas été prise en compte.`,
    hint: (p, n) => didYouMean(p, n, 'Écrivez l’identifiant de l’une de ses étapes dans la colonne step.'),
  },
  'data-invalid-value': {
    message: (p, n) =>
      p.has('value')
        ? `La valeur ${p.text('value')} de ${p.text('metric')} sort de son domaine (${METRIC_RANGE(p)}) ; les autres valeurs de la ligne sont gardées.`
        : `La valeur ${n.quote(p.text('text'))} de ${p.text('metric')} n’est pas un nombre ; les autres valeurs de la ligne sont gardées.`,
    hint: () => 'Écrivez un nombre simple (virgule ou point pour les décimales), ou laissez la cellule vide.',
  },
  'data-invalid-period': {
    message: (p, n) => `${n.quote(p.text('text'))} n’est pas une période que Parcours sait lire : cette ligne n’a pas été prise en compte.`,
    hint: () => 'Écrivez un mois (2026-03), un trimestre (2026-Q1) ou un jour (2026-03-15).',
  },
  'data-duplicate-row': {
    message: (p, n) =>
      `Des valeurs pour l’étape ${n.quote(p.text('stepId'))} de ${n.quote(p.text('journey'))} en ${p.text('period')} ont déjà été données ; celles de cette ligne les remplacent.`,
    hint: () => 'Gardez une ligne par parcours, étape et période.',
  },
  // Journaux d’événements (data/events/) et motifs d’événements des étapes
  'events-file-unreadable': {
    message: (p) =>
      `Le journal d’événements ne se lit pas comme un fichier ${p.text('format') === 'parquet' ? 'Parquet' : 'CSV'}${p.has('reason') ? ` (${p.text('reason')})` : ''} : ses événements sont laissés de côté.`,
    hint: () => 'Exportez de nouveau le journal ; Parcours lit le CSV avec une ligne d’en-tête, et le Parquet.',
  },
  'events-missing-column': {
    message: (p, n) =>
      `Le journal d’événements n’a pas de colonne ${or(p.list('columns').map(n.quote)) || 'de cas, d’horodatage ou d’événement'}${p.has('found') ? ` ; ses colonnes sont ${and(p.list('found').map(n.quote))}` : ''}.`,
    hint: (_p, n) =>
      `Nommez les colonnes du journal sous ${n.code('events:')} dans parcours.config.yaml (case, timestamp, event, channel).`,
  },
  'events-bad-row': {
    message: (p, n) => {
      switch (p.text('reason')) {
        case 'more':
          return p.number('more') === 1
            ? 'Une autre ligne fautive, ici, est aussi laissée hors de l’analyse.'
            : `${n.number(p.number('more'))} autres lignes fautives, dont la première est ici, sont aussi laissées hors de l’analyse.`;
        case 'case':
          return 'La ligne n’a pas d’identifiant de cas : elle n’appartient à aucun cas et est laissée hors de l’analyse.';
        case 'timestamp':
          return `L’horodatage ${n.quote(p.text('value'))} ne se lit pas comme une date et une heure : la ligne est laissée hors de l’analyse.`;
        case 'timestamp-missing':
          return 'La ligne n’a pas d’horodatage : elle est laissée hors de l’analyse.';
        case 'event':
          return 'La ligne n’a pas de nom d’événement : elle est laissée hors de l’analyse.';
        case 'TOO MANY COLUMNS':
          return 'La ligne a plus de champs que l’en-tête ne nomme de colonnes (une valeur dans une colonne inconnue) : elle est laissée hors de l’analyse.';
        case 'MISSING COLUMNS':
          return 'La ligne a moins de champs que l’en-tête ne nomme de colonnes : elle est laissée hors de l’analyse.';
        default:
          return `La ligne ne se lit pas comme du CSV${p.has('detail') ? ` (${p.text('detail')})` : ''} : elle est laissée hors de l’analyse.`;
      }
    },
    hint: (p) => {
      switch (p.text('reason')) {
        case 'more':
          return 'Seules les premières lignes fautives d’un fichier sont montrées une à une ; corrigez l’export, et les autres le seront sans doute de la même façon.';
        case 'case':
          return 'Remplissez la colonne du cas, ou retirez la ligne de l’export.';
        case 'timestamp':
        case 'timestamp-missing':
          return 'Écrivez les horodatages en ISO 8601 (2026-03-14T09:30:00, avec un décalage comme +01:00 hors UTC).';
        case 'event':
          return 'Remplissez la colonne de l’événement, ou retirez la ligne de l’export.';
        case 'TOO MANY COLUMNS':
          return 'Mettez entre guillemets les valeurs qui contiennent le séparateur.';
        case 'MISSING COLUMNS':
          return 'Donnez à la ligne une valeur, même vide, pour chaque colonne de l’en-tête.';
        default:
          return 'Exportez de nouveau le journal, avec une ligne d’en-tête et un événement par ligne.';
      }
    },
  },
  'events-pattern-overlap': {
    message: (p, n) =>
      `L’événement ${n.quote(p.text('event'))} correspond à ${n.quote(p.text('pattern'))} de l’étape ${n.step} et à ${n.quote(p.text('otherPattern'))} de l’étape ${otherStep(p, n)} : un événement montre une seule étape d’un parcours.`,
    hint: (p, n) =>
      `Resserrez l’un des deux motifs pour que ${n.quote(p.text('event'))} ne corresponde qu’à une étape ; en attendant, il est compté à l’étape ${otherStep(p, n)}.`,
  },
  'events-pattern-unmatched': {
    message: (p, n) => `${n.quote(p.text('pattern'))} de l’étape ${n.step} ne correspond à aucun événement des journaux de data/events/.`,
    hint: (_p, n) =>
      `Vérifiez son orthographe d’après les noms d’événements que ${n.code('parcours events --format json')} donne sous ${n.code('eventNames')}, ou retirez l’entrée.`,
  },
  // Sources, fraîcheur et enseignements
  'owner-missing': {
    message: (p, n) => `Le parcours ${n.quote(p.text('journey'))} ne nomme aucun responsable : personne n’est chargé de le garder juste.`,
    hint: (_p, n) => `Ajoutez ${n.code('owner:')} avec la personne ou l’équipe qui relit cette carte.`,
  },
  'review-date-missing': {
    message: (p, n) =>
      `Le parcours ${n.quote(p.text('journey'))} n’a pas de date de dernière relecture : personne ne peut dire s’il correspond encore à la réalité.`,
    hint: (_p, n) => `Confrontez la carte à la réalité, puis ajoutez ${n.code('lastReviewed: AAAA-MM-JJ')}.`,
  },
  'claims-without-evidence': {
    message: (p, n) =>
      `${p.number('bare')} des ${p.number('total')} émotions et irritants de ce parcours ne citent aucune source${atSteps(p, n)}.`,
    hint: (_p, n) =>
      `Ajoutez des ${n.code('evidence')} (entretien, enquête, analytics, service client…) aux étapes, ou à chaque irritant, pour distinguer les constats des suppositions.`,
  },
  'inclusion-gap-digital': {
    message: (p, n) => {
      const personas = p.list('personas');
      const affinities = p.list('affinities');
      const who = and(
        personas.map(
          (id, index) => `${n.persona(id)} (aisance numérique ${AFFINITIES[affinities[index] ?? ''] ?? affinities[index] ?? ''})`,
        ),
      );
      return `L’étape ${n.step} ne se passe que sur des canaux numériques (${p.list('channels').map(n.channel).join(', ')}), alors que ${who} ${personas.length > 1 ? 'la vivent' : 'la vit'} : un client éloigné du numérique n’a pas d’autre voie.`;
    },
    hint: () =>
      'Offrez une voie humaine ou physique pour cette étape (téléphone, agence, courrier, quelqu’un pour aider), ou dites dans la carte comment ces clients la franchissent.',
  },
  'inclusion-gap-channels': {
    message: (p, n) =>
      `${p.list('steps').length} des ${p.number('lived')} étapes que vit ${n.persona(p.list('personas')[0] ?? '')} ${p.list('steps').length > 1 ? 'n’offrent' : 'n’offre'} aucun des canaux que ce persona préfère (${p.list('preferred').map(n.channel).join(', ')})${p.has('stepNames') ? ` : ${listShort(stepList(p, n))}` : ''}.`,
    hint: () =>
      'Ajoutez des points de contact sur les canaux de ce persona là où cela compte le plus, ou vérifiez que ses canaux préférés sont toujours justes.',
  },
  'moment-of-truth-without-human': {
    message: (p, n) =>
      `L’étape ${n.step} est un moment de vérité, mais aucun de ses points de contact (${p.list('channels').map(n.channel).join(', ')}) ne met le client en relation avec une personne.`,
    hint: () =>
      'Ajoutez un moyen de joindre quelqu’un à ce moment (téléphone, chat avec un conseiller, visio, face à face), ou assurez-vous que le parcours numérique ne laisse jamais le client bloqué.',
  },
  'emotion-cliff': {
    message: (p, n) => {
      const [curves, from, to] = [p.list('dropCurves'), p.list('dropFrom'), p.list('dropTo')];
      const [previous, previousNames] = [p.list('dropPrevious'), p.list('dropPreviousNames')];
      const drops = curves.map(
        (curve, index) =>
          `${curve === '' ? '' : `pour ${n.persona(curve)} : `}de ${from[index]} (à ${n.stepName(previous[index] ?? '', previousNames[index])}) à ${to[index]}`,
      );
      return `L’émotion chute brutalement à l’étape ${n.step} ${drops.join(' ; ')}.`;
    },
    hint: () => 'Regardez ce qui se casse entre ces deux étapes ; une opportunité ici change le souvenir que laisse tout le parcours.',
  },
  'dead-end': {
    message: (p, n) => {
      const values = p.list('curveValues');
      const curves = p.list('curves').map((curve, index) => (curve === '' ? values[index] : `${n.persona(curve)} ${values[index]}`));
      return `Le parcours se termine à l’étape ${n.step} sur une émotion négative (${curves.join(', ')}), sans opportunité pour la changer.`;
    },
    hint: () => 'Ajoutez une opportunité à cette étape, ou prolongez la carte pour montrer comment le client en sort.',
  },
  'stale-claims': {
    message: (p, n) =>
      `${p.number('count')} ${p.number('count') > 1 ? 'affirmations sont restées' : 'affirmation est restée'} inchangée${p.number('count') > 1 ? 's' : ''} plus de ${count(p.number('limit'), DAY)} sans source datée depuis${atSteps(p, n)}.`,
    hint: (_p, n) =>
      `Vérifiez-les de nouveau auprès des clients et ajoutez des ${n.code('evidence')} datées, ou reformulez-les ou supprimez-les ; la page du parcours montre depuis quand chaque affirmation tient.`,
  },
};

const AFFINITIES: Record<string, string> = { high: 'grande', medium: 'moyenne', low: 'faible', none: 'aucune' };
