import { slugify } from '../validate/suggest.ts';

// Cyrillic: the Russian and Ukrainian letters, as in ISO 9 / GOST 7.79 system B without diacritics.
const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ґ: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  є: 'ye',
  ж: 'zh',
  з: 'z',
  и: 'i',
  і: 'i',
  ї: 'yi',
  й: 'j',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'c',
  ч: 'ch',
  ш: 'sh',
  щ: 'shh',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

// Greek: ELOT 743 without diacritics (accents are dropped by NFD first).
const GREEK: Readonly<Record<string, string>> = {
  α: 'a',
  β: 'v',
  γ: 'g',
  δ: 'd',
  ε: 'e',
  ζ: 'z',
  η: 'i',
  θ: 'th',
  ι: 'i',
  κ: 'k',
  λ: 'l',
  μ: 'm',
  ν: 'n',
  ξ: 'x',
  ο: 'o',
  π: 'p',
  ρ: 'r',
  σ: 's',
  ς: 's',
  τ: 't',
  υ: 'y',
  φ: 'f',
  χ: 'ch',
  ψ: 'ps',
  ω: 'o',
};

// Latin letters that are not a base letter with accents.
const LATIN: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

// Japanese kana (Hepburn), hiragana; katakana is mapped onto it by code point (+0x60 apart).
const KANA =
  'あ a い i う u え e お o か ka き ki く ku け ke こ ko さ sa し shi す su せ se そ so た ta ち chi つ tsu て te と to な na に ni ぬ nu ね ne の no は ha ひ hi ふ fu へ he ほ ho ま ma み mi む mu め me も mo や ya ゆ yu よ yo ら ra り ri る ru れ re ろ ro わ wa を o ん n が ga ぎ gi ぐ gu げ ge ご go ざ za じ ji ず zu ぜ ze ぞ zo だ da ぢ ji づ zu で de ど do ば ba び bi ぶ bu べ be ぼ bo ぱ pa ぴ pi ぷ pu ぺ pe ぽ po ぁ a ぃ i ぅ u ぇ e ぉ o ゃ ya ゅ yu ょ yo ゔ vu';
const HIRAGANA = new Map<string, string>();
{
  const parts = KANA.split(' ');
  for (let index = 0; index < parts.length; index += 2) HIRAGANA.set(parts[index]!, parts[index + 1]!);
}

function transliterate(character: string): string | undefined {
  const lower = character.toLowerCase();
  if (lower in CYRILLIC) return CYRILLIC[lower];
  if (lower in GREEK) return GREEK[lower];
  if (lower in LATIN) return LATIN[lower];
  const code = character.codePointAt(0)!;
  const hiragana = code >= 0x30a1 && code <= 0x30f6 ? String.fromCodePoint(code - 0x60) : character;
  return HIRAGANA.get(hiragana);
}

/**
 * An id for any name, in any script, that is readable and always the same for the same name:
 * Latin letters lose their accents (as `slugify` does), Cyrillic, Greek and kana are
 * transliterated (a small tsu doubles the next consonant, a long-vowel mark is dropped), and a letter with
 * no such table (Chinese, Korean, Arabic...) is written as its code point (`用户` → `u7528-u6237`),
 * so two names never share an id by losing their letters. Returns '' for a name without letters
 * or digits.
 */
export function readableId(name: string): string {
  let latin = '';
  let doubleNext = false;
  // Composed (NFC), so kana keep their voicing marks (ザ is not サ); Latin accents go in slugify.
  for (const character of name.normalize('NFC')) {
    if (character === 'っ' || character === 'ッ') {
      doubleNext = true;
      continue;
    }
    if (character === 'ー') continue;
    const base = character.normalize('NFD').replace(/\p{M}/gu, '');
    const sound = /^[a-z0-9]+$/i.test(base) ? base : transliterate(character);
    if (sound !== undefined) {
      latin += doubleNext && sound ? sound[0] + sound : sound;
    } else if (/[\p{L}\p{N}]/u.test(character) && !/[a-z0-9]/i.test(character)) {
      latin += ` u${character.codePointAt(0)!.toString(16)} `;
    } else latin += character;
    doubleNext = false;
  }
  return slugify(latin);
}
