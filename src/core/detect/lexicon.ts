/**
 * Word lists for claim detection, chosen for news copy. Verbs are listed by lemma with their irregular
 * forms; regular forms are generated.
 */

/** The grammatical form of a cue verb as written. */
export type VerbForm = 'base' | 's' | 'past' | 'en' | 'ing' | 'both';

/**
 * Reporting verbs that signal attribution on their own. `that` marks verbs that need a following
 * "that", colon or quotation to count (they are too common otherwise: "the video shows the colonel").
 */
const STRONG_VERBS =
  'say:said,said,says,saying tell:told,told,tells,telling write:wrote,written,writes,writing add note explain estimate claim deny:denied,denied,denies,denying insist warn argue:argued,argued,argues,arguing ' +
  'recount respond state report cite announce acknowledge admit:admitted,admitted,admits,admitting assert allege confirm contend declare emphasize emphasise maintain:maintained,maintained,maintains,maintaining ' +
  'mention:mentioned,mentioned,mentions,mentioning observe reply:replied,replied,replies,replying reveal stress tweet testify:testified,testified,testifies,testifying reiterate remark recall concede complain ' +
  'predict quip:quipped,quipped,quips,quipping counter retort boast lament vow pledge urge accuse criticize criticise blast slam:slammed,slammed,slams,slamming ' +
  'describe recount disclose clarify:clarified,clarified,clarifies,clarifying caution underline underscore ' +
  'elaborate hint posit reason scoff brag:bragged,bragged,brags,bragging grumble muse opine proclaim reassure assure inform:informed,informed,informs,informing ' +
  'recount propose recommend demand question dispute rebut:rebutted,rebutted,rebuts,rebutting ' +
  'echo praise condemn reject defend endorse dismiss mock denounce liken dub:dubbed,dubbed,dubs,dubbing tout hail applaud blame lambast decry:decried,decried,decries,decrying deride ridicule continue call ask concur:concurred,concurred,concurs,concurring agree:agreed,agreed,agrees,agreeing acknowledge insist scold chant charge ' +
  'assess speculate forecast:forecast,forecast,forecasts,forecasting calculate reckon surmise';

const WEAK_VERBS =
  'suggest show:showed,shown,shows,showing find:found,found,finds,finding indicate believe think:thought,thought,thinks,thinking ' +
  'know:knew,known,knows,knowing feel:felt,felt,feels,feeling hope fear expect conclude recognize recognise ' +
  'understand:understood,understood,understands,understanding worry:worried,worried,worries,worrying ' +
  'point:pointed,pointed,points,pointing demonstrate imply:implied,implied,implies,implying signal:signaled,signaled,signals,signaling';

export interface VerbEntry {
  lemma: string;
  form: VerbForm;
  weak: boolean;
}

function regular(lemma: string): [string, string, string, string] {
  if (lemma.endsWith('e')) return [lemma + 'd', lemma + 'd', lemma + 's', lemma.slice(0, -1) + 'ing'];
  if (/[^aeiou]y$/.test(lemma)) return [lemma.slice(0, -1) + 'ied', lemma.slice(0, -1) + 'ied', lemma.slice(0, -1) + 'ies', lemma + 'ing'];
  if (/(?:s|sh|ch|x|z)$/.test(lemma)) return [lemma + 'ed', lemma + 'ed', lemma + 'es', lemma + 'ing'];
  return [lemma + 'ed', lemma + 'ed', lemma + 's', lemma + 'ing'];
}

/** Builds the form → entry map of cue verbs. */
export function buildVerbLexicon(): Map<string, VerbEntry> {
  const map = new Map<string, VerbEntry>();
  const addList = (list: string, weak: boolean): void => {
    for (const item of list.split(/\s+/)) {
      if (!item) continue;
      const [lemma, irregular] = item.split(':');
      const [past, en, s, ing] = irregular ? (irregular.split(',') as [string, string, string, string]) : regular(lemma);
      const put = (w: string, form: VerbForm): void => {
        const prev = map.get(w);
        if (prev && prev.form !== form) map.set(w, { lemma, form: prev.form === 'base' || form === 'base' ? prev.form : 'both', weak });
        else if (!prev) map.set(w, { lemma, form, weak });
      };
      put(lemma, 'base');
      put(s, 's');
      put(ing, 'ing');
      if (past === en) put(past, 'both');
      else {
        put(past, 'past');
        put(en, 'en');
      }
    }
  };
  addList(STRONG_VERBS, false);
  addList(WEAK_VERBS, true);
  return map;
}

/** Verbs that take the addressee as object before the content ("told reporters that …"). */
export const OBJECT_VERBS = new Set(['tell', 'inform', 'assure', 'reassure', 'warn', 'urge', 'remind', 'accuse', 'ask', 'caution', 'scold']);

/** Auxiliaries and modal verbs that may precede a cue verb. */
export const AUXILIARIES = new Set(
  ('has have had having will would shall should can could may might must do does did is are was were be been being am ' +
    "'s 're 've 'd 'll won't wouldn't didn't doesn't don't hasn't haven't hadn't isn't aren't wasn't weren't can't couldn't shouldn't " +
    'not never').split(' '),
);
export const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s", "'re", "isn't", "aren't", "wasn't", "weren't"]);
export const HAVE_FORMS = new Set(['has', 'have', 'had', 'having', "'ve", "'d", "hasn't", "haven't", "hadn't"]);

/** Adverbs that may sit between a subject and its reporting verb. */
export const ADVERBS = new Set(
  ('also previously repeatedly later then now again further once first recently publicly privately just already even still often ' +
    'initially originally subsequently since long too later earlier in turn separately simply flatly angrily reportedly allegedly ' +
    'however meanwhile though yesterday today tonight very almost nearly').split(' '),
);

/** Words that end a source noun phrase when scanning away from the cue. */
export const NP_BREAKS = new Set(
  ('that which whom whose when where while as after before because since if although though but or nor so than until unless whether once yet ' +
    'amid despite during without how why what whatever whereas whereby thus hence therefore to').split(' '),
);

/** Words that may open a source noun phrase but cannot be one alone. */
export const DETERMINERS = new Set('the a an this that these those his her its their our my your some many several few all both each every no any one two three four five'.split(' '));

/** Personal and relative pronouns accepted as sources. */
export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'which']);

/** Heads that make a source vague. */
export const VAGUE_HEADS = new Set(
  ('officials official experts expert sources source critics analysts observers insiders people residents witnesses reports ' +
    'commentators activists diplomats authorities administrators aides advocates researchers scientists someone some others many ' +
    'voices rumours rumors media outlets accounts').split(' '),
);

/** Nouns that make a light verb ("offered an estimate", "made the claim") a reporting cue. */
export const SPEECH_NOUNS = new Set(
  ('estimate estimates estimation estimations claim claims allegation allegations accusation accusations statement statements warning warnings ' +
    'assessment account accounts testimony prediction predictions forecast explanation denial assurance assurances promise prediction ' +
    'remarks comments comment remark view views opinion concern concerns figures report reports story experience ordeal struggle update').split(' '),
);
export const LIGHT_VERBS = new Set(
  'offered offers offer made makes make gave gives give issued issues issue released releases voiced voices expressed expresses raised raises shared shares provided provides posted leveled levelled'.split(' '),
);

/** Words that frequently start a line of page furniture rather than a speaker label ("UPDATE:"). */
export const LABEL_STOPWORDS = new Set(
  ('source sources update updated note editor editors photo photos video videos watch read related breaking exclusive analysis opinion image images credit ' +
    'warning subscribe advertisement correction clarification caption pictured picture tags topics share follow contact email tel phone fax ' +
    'address date time location published posted by title summary abstract background q a question answer transcript part chapter step tip ' +
    'explainer explained factbox factfile timeline live podcast listen review editorial letters obituary profile quiz recap preview fact check').split(' '),
);

/** Nouns that carry a claim after a possessive owner ("Trump's claim that …"). */
export const CLAIM_NOUNS = new Set(['claim', 'claims', 'assertion', 'assertions', 'argument', 'contention', 'allegation', 'allegations', 'statement', 'suggestion', 'insistence', 'prediction', 'warning', 'charge', 'accusation', 'promise', 'pledge', 'belief', 'view', 'assessment', 'estimate', 'conclusion', 'finding', 'findings', 'report', 'denial', 'admission', 'boast']);
