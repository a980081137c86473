/**
 * The claim status the verb of a sentence suggests, for a draft event: "a refusé de confirmer"
 * → refused-to-confirm, "a démenti" / "denied" → denied, "selon le New York Times" → reported
 * (with the outlet), "a annoncé" / "announced" → announced, "a déclaré" / "said" → stated, and
 * a plain statement of fact → established. An editor confirms it; this is a proposal.
 */
import { ACCORDING_TO, cueVerbs } from './lexicon.ts';
import type { DraftLanguage } from './sentences.ts';

export type DraftClaimStatus =
  'stated' | 'announced' | 'reported' | 'denied' | 'refused-to-confirm' | 'established';

export interface DraftClaim {
  status: DraftClaimStatus;
  /** For 'reported': the outlet that reports it. */
  outlet?: string;
}

const REFUSED: Record<DraftLanguage, RegExp> = {
  fr: /(?:refus\p{L}*|refuse|n['’](?:a|ont)\s+pas\s+(?:voulu|souhaité))(?:\s+\p{L}+){0,2}?\s+(?:de\s+|à\s+)?confirmer/iu,
  en: /(?:declin|refus)\p{L}*(?:\s+\p{L}+)?\s+to\s+(?:confirm|comment)|would\s+not\s+confirm|did\s+not\s+confirm/iu
};
const DENIED: Record<DraftLanguage, RegExp> = {
  fr: /(?<!\p{L})(?:démenti|dément|démentent|démentant|nié|nie|nient|niant)(?!\p{L})/iu,
  en: /(?<!\p{L})(?:denied|denies|deny|denying)(?!\p{L})/iu
};
const ANNOUNCED: Record<DraftLanguage, RegExp> = {
  fr: /(?<!\p{L})(?:annoncé|annoncée|annoncés|annoncées|annonce|annoncent|annonçait|annonçant)(?!\p{L})/iu,
  en: /(?<!\p{L})(?:announced|announces|announcing)(?!\p{L})/iu
};
const NAME = String.raw`(\p{Lu}[\p{L}’'.-]*(?:\s+(?:of\s+|de\s+)?\p{Lu}[\p{L}’'.-]*)*)`;
/** "selon le quotidien américain The New York Times", "according to the Financial Times". */
const REPORTED: Record<DraftLanguage, RegExp[]> = {
  fr: [
    new RegExp(
      String.raw`(?:[Ss]elon|[Dd]['’]après)\s+(?:(?:le|la|l['’]|les)\s*)?(?:quotidien|journal|agence|média|site|chaîne|radio|magazine|hebdomadaire|télévision|presse)(?:\s+\p{Ll}[\p{L}-]*)*\s+${NAME}`,
      'u'
    ),
    new RegExp(
      String.raw`(?:a\s+|ont\s+)?(?:rapporté|révélé|rapporte|révèle)\s+(?:(?:mardi|lundi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?(?:(?:le|la|l['’])\s*)?(?:quotidien|journal|agence|média|site|chaîne)?(?:\s+\p{Ll}[\p{L}-]*)*\s*${NAME}`,
      'u'
    ),
    // "selon le New York Times", "d'après l'AFP": a name, an outlet only if it looks like one.
    new RegExp(String.raw`(?:[Ss]elon|[Dd]['’]après)\s+(?:(?:le|la|l['’]|les)\s*)?${NAME}`, 'u')
  ],
  en: [
    new RegExp(
      String.raw`[Aa]ccording\s+to\s+(?:the\s+)?(?:newspaper|daily|agency|outlet|broadcaster|website)?\s*${NAME}`,
      'u'
    ),
    new RegExp(String.raw`${NAME}\s+(?:reported|reports|first\s+reported)`, 'u')
  ]
};
const OUTLET_WORDS =
  /(?:Times|Post|Journal|News|Press|Herald|Tribune|Guardian|Reuters|AFP|AP|TASS|KCNA|Bloomberg|Monde|Figaro|Libération|Novosti|BBC|CNN|Agency|Agence|Telegraph|Gazette|Reuters)\b/u;

export function claimStatusOf(sentence: string, lang: DraftLanguage): DraftClaim {
  if (REFUSED[lang].test(sentence)) return { status: 'refused-to-confirm' };
  if (DENIED[lang].test(sentence)) return { status: 'denied' };
  for (const [k, re] of REPORTED[lang].entries()) {
    const m = re.exec(sentence);
    if (!m) continue;
    const outlet = m[1]!.replace(/['’]s$/u, '').trim();
    // "according to X", "selon X" name a source, which is an outlet only if it looks like one.
    if (((lang === 'en' && k === 0) || (lang === 'fr' && k === 2)) && !OUTLET_WORDS.test(outlet))
      continue;
    return { status: 'reported', outlet };
  }
  if (ANNOUNCED[lang].test(sentence)) return { status: 'announced' };
  if (cueVerbs(sentence, lang).length > 0) return { status: 'stated' };
  if (new RegExp(ACCORDING_TO[lang].source, 'iu').test(sentence)) return { status: 'stated' };
  return { status: 'established' };
}
