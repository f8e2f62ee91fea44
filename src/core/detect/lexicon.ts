/**
 * Word lists for claim detection, chosen for news copy. Verbs are listed by lemma with their irregular
 * forms; regular forms are generated.
 */
import type { Token } from './tokens';

/** The grammatical form of a cue verb as written. */
export type VerbForm = 'base' | 's' | 'past' | 'en' | 'ing' | 'both';

/**
 * Reporting verbs that signal attribution on their own. `that` marks verbs that need a following
 * "that", colon or quotation to count (they are too common otherwise: "the video shows the colonel").
 */
const STRONG_VERBS =
  'say:said,said,says,saying tell:told,told,tells,telling write:wrote,written,writes,writing add note explain estimate claim deny:denied,denied,denies,denying insist warn argue:argued,argued,argues,arguing ' +
  'recount respond state report cite announce acknowledge admit:admitted,admitted,admits,admitting assert allege confirm contend declare emphasize emphasise maintain:maintained,maintained,maintains,maintaining ' +
  'mention:mentioned,mentioned,mentions,mentioning observe reply:replied,replied,replies,replying reveal stress tweet testify:testified,testified,testifies,testifying reiterate remark recall remember concede complain ' +
  'predict quip:quipped,quipped,quips,quipping counter retort boast lament vow pledge urge accuse criticize criticise blast slam:slammed,slammed,slams,slamming ' +
  'describe recount disclose clarify:clarified,clarified,clarifies,clarifying caution underline underscore ' +
  'elaborate hint posit reason scoff brag:bragged,bragged,brags,bragging grumble muse opine proclaim reassure assure inform:informed,informed,informs,informing ' +
  'recount propose recommend demand question dispute rebut:rebutted,rebutted,rebuts,rebutting ' +
  'echo praise condemn reject defend endorse dismiss mock denounce liken dub:dubbed,dubbed,dubs,dubbing tout hail applaud blame lambast decry:decried,decried,decries,decrying deride ridicule continue call ask concur:concurred,concurred,concurs,concurring agree:agreed,agreed,agrees,agreeing acknowledge insist scold chant charge ' +
  'assess speculate forecast:forecast,forecast,forecasts,forecasting calculate reckon surmise fume gush sigh joke';

const WEAK_VERBS =
  'suggest show:showed,shown,shows,showing find:found,found,finds,finding indicate believe think:thought,thought,thinks,thinking ' +
  'know:knew,known,knows,knowing feel:felt,felt,feels,feeling hope fear expect conclude recognize recognise ' +
  'understand:understood,understood,understands,understanding worry:worried,worried,worries,worrying ' +
  'accept point:pointed,pointed,points,pointing demonstrate imply:implied,implied,implies,implying signal:signaled,signaled,signals,signaling';

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
  ('source sources claim verdict rating update updated note editor editors photo photos video videos watch read related breaking exclusive analysis opinion image images credit ' +
    'warning subscribe advertisement correction clarification caption pictured picture tags topics share follow contact email tel phone fax ' +
    'address date time location published posted by title summary abstract background q a question answer transcript part chapter step tip ' +
    'explainer explained factbox factfile timeline live podcast listen review editorial letters obituary profile quiz recap preview fact check').split(' '),
);

/** Nouns that carry a claim after a possessive owner ("Trump's claim that …"). */
export const CLAIM_NOUNS = new Set(['claim', 'claims', 'assertion', 'assertions', 'argument', 'contention', 'allegation', 'allegations', 'statement', 'suggestion', 'insistence', 'prediction', 'warning', 'charge', 'accusation', 'promise', 'pledge', 'belief', 'view', 'assessment', 'estimate', 'conclusion', 'finding', 'findings', 'report', 'denial', 'admission', 'boast']);

// Word classes and short lists that the analyzer's rules consult.

export const TIME_WORDS = new Set(
  ('monday tuesday wednesday thursday friday saturday sunday yesterday today tonight recently earlier later last this next week month year morning ' +
    'afternoon evening night weekend in on at during for with to after before via through from over under back when while as inside outside').split(' '),
);
export const INTRO_WORDS = new Set(['but', 'and', 'so', 'yet', 'however', 'also', 'still', 'now', 'meanwhile', 'moreover', 'indeed', 'instead', 'then', 'or']);
export const ADVERBIAL_INSERTS = new Set(['however', 'too', 'meanwhile', 'though', 'also', 'instead', 'moreover', 'furthermore', 'nevertheless', 'in', 'turn', 'for', 'his', 'her', 'their', 'its', 'part', 'example', 'instance', 'separately', 'meantime', 'the', 'then', 'later', 'particular', 'general', 'response', 'short', 'contrast', 'addition', 'fact']);
export const PREPOSITIONS = new Set(['of', 'from', 'in', 'at', 'for', 'with', 'on', 'by', 'to', 'about', 'within', 'inside', 'across', 'among']);
export const LABEL_FUNCTION_WORDS = new Set(['the', 'a', 'an', 'over', 'in', 'on', 'for', 'and', 'to', 'with', 'at', 'by', 'from', 'how', 'why', 'what', 'when', 'where', 'who', 'is', 'are', 'was', 'latest', 'day', 'part', 'chapter']);
/** Plural nouns that are spelled like reporting verbs; as verbs they need a subject that can speak. */
export const NOUN_LIKE_VERBS = new Set(['calls', 'asks', 'states', 'questions', 'tweets', 'claims', 'reports', 'remarks', 'reasons', 'demands', 'points', 'notes', 'estimates', 'comments', 'replies', 'counters', 'shares', 'responds', 'fumes', 'sighs', 'jokes', 'promises', 'pledges', 'vows', 'warnings', 'reveals', 'finds', 'shows', 'thinks', 'cites', 'disputes', 'proposes', 'charges', 'stresses', 'blasts']);
/** Heads of document-like subjects that "show" or "find" without a that-clause ("a poll shows Clinton ahead"). */
export const DOCUMENT_HEADS = new Set(['poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'report', 'reports', 'data', 'analysis', 'research', 'figures', 'statistics', 'review', 'audit', 'investigation', 'records', 'documents', 'census', 'estimates', 'findings', 'assessment', 'memo', 'filing', 'filings', 'ruling', 'documents', 'tally', 'count', 'video', 'footage', 'transcript', 'average', 'chart', 'map', 'photos', 'images', 'probe', 'inquiry', 'panel', 'commission', 'researchers', 'scientists', 'pollster', 'pollsters', 'auditors', 'averages', 'analyses', 'results', 'numbers', 'videos', 'email', 'emails', 'letter', 'letters', 'polling', 'slide', 'slides', 'presentation', 'forecast', 'forecasts', 'projection', 'projections', 'breakdown', 'summary', 'database', 'indictment', 'lawsuit', 'affidavit', 'testimony']);
/** Weak verbs that report what a document holds, even without a that-clause ("a 2014 study found 31 cases"). */
/** Where a sound goes ("echoed through the hall"), beside the prepositions. */
export const ECHO_PATHS = new Set(['through', 'throughout', 'around', 'round', 'off', 'along', 'down', 'up', 'inside']);

/**
 * Verbs of manner that frame a quotation only when one follows at once ("Oyelaran smiled: “…”", "she shouted, “…”");
 * kept out of the cue lexicon, where "a smile" or "a shout" would read as verbs.
 */
export const MANNER_OF_SPEAKING = new Set(
  'smiled smiles grinned grins laughed laughs shrugged shrugs chuckled chuckles nodded nods winced winces shouted shouts yelled yells screamed screams sobbed sobs snapped snaps muttered mutters whispered whispers exclaimed exclaims beamed beams'.split(' '),
);

/** Currencies named after an amount ("16.4 billion crowns"), for an estimate in money. */
export const CURRENCY_WORDS = new Set('dollars euros pounds crowns kronor kroner yen yuan renminbi rupees naira rand pesos francs shillings won ringgit dirhams lira liras rubles roubles zloty forints'.split(' '));

/** "calling itself …": a name taken, not a claim. */
export const REFLEXIVES = new Set(['itself', 'themselves', 'himself', 'herself']);

/** Who rules on a case, before a present "rules that" ("A federal judge rules that …"). */
export const RULERS = new Set(['court', 'judge', 'justice', 'tribunal', 'panel']);

export const DOCUMENT_LEMMAS = new Set(['show', 'find', 'indicate', 'suggest']);
/** Verbs that report a stance rather than words ("praised the plan", "rejected the offer"). */
export const STANCE_LEMMAS = new Set('echo praise condemn reject defend endorse dismiss mock denounce liken dub tout hail applaud blame lambast decry deride ridicule scold'.split(' '));
/** Verbs whose content may be a bare object ("rejected the plan"); a reporting participle after it says what was claimed. */
export const OBJECT_STANCE_LEMMAS = new Set([...STANCE_LEMMAS, ...'accuse criticize criticise blast slam respond question dispute rebut describe announce reveal confirm deny acknowledge disclose cite mention urge propose recommend demand'.split(' ')]);
/** Quantifiers that stand alone for people as a subject ("some believe", "many say"). */
export const PEOPLE_QUANTIFIERS = new Set(['some', 'many', 'all', 'most', 'both', 'few', 'several']);
/** Objects of "say" that carry no claim. */
export const EMPTY_SAYINGS = new Set(['goodbye', 'goodbyes', 'hello', 'farewell', 'grace', 'nothing', 'little', 'prayers', 'thanks', 'amen']);
/** What one tells without claiming anything ("told a story", "tells jokes"). */
export const TOLD_THINGS = new Set(['story', 'stories', 'joke', 'jokes', 'tale', 'tales', 'anecdote', 'anecdotes', 'fortune', 'fortunes', 'time']);
/** Pictures show scenes, not findings ("the video shows the colonel on a stretcher"). */
/** Written things whose words a text can quote with "read" ("the statement read", "a sign reads"). */
// (signs, banners and labels are not among them: "The jar's label reads “Natural Immunity Blend”" claims nothing)
export const READABLE_HEADS = new Set(['statement', 'letter', 'note', 'message', 'caption', 'post', 'tweet', 'headline', 'memo', 'notice', 'text', 'email', 'release', 'document', 'citation', 'order', 'filing', 'indictment', 'complaint', 'warrant', 'motion', 'ruling', 'verdict', 'leaflet', 'flyer']);
/** What signs say is no claim ("a handwritten sign on the door said ‘Closed’"). */
export const SIGNAGE = new Set(['sign', 'signs', 'banner', 'banners', 'placard', 'placards', 'poster', 'posters', 'label', 'labels', 'sticker', 'stickers', 'plaque', 'graffiti', 'billboard', 'billboards', 'noticeboard']);
export const PICTURE_HEADS = new Set(['video', 'videos', 'footage', 'photo', 'photos', 'image', 'images', 'picture', 'pictures', 'clip', 'clips', 'screenshot', 'map', 'chart']);
/** Irregular past tenses that end a subject noun phrase. */
export const PAST_TENSE = new Set('spoke went came took made gave got saw won lost met sent left led ran began brought thought held kept stood heard found became fell felt paid put set rose drew wore struck fought sought sold bought built broke chose drove flew forgave forgot froze hid hit hung knew laid lent let meant read rode rang sang sat shot shut slept spent spun stole swore swept swam taught tore threw understood woke wrote beat bit blew bore caught dealt dug fed fled grew lay overcame overtook rebuilt sank shook slid split spread sprang stuck stung strode strove took withdrew urged is was has had will would'.split(' '));
/** Lemmas whose bare form is a plausible plural-present cue ("experts say", "critics argue"). */
export const BASE_FORM_CUES = new Set('say argue claim insist warn tell note contend agree predict estimate believe think acknowledge admit deny maintain suggest fear worry hope expect explain write add complain caution recall stress allege assert concede dispute reject question challenge contest'.split(' '));
/** Verbs that invert after the content ("…, said the mayor"). */
export const INVERSION_LEMMAS = new Set('say add write explain note recall remember reply tell insist argue warn declare counter acknowledge admit observe remark conclude quip retort respond state report estimate claim'.split(' '));
/**
 * Verbs that report only with a clause or quotation: "maintained that …", not "maintains a programme"; "recalled
 * that …" or "recalled Obama saying …", not "recalls the pills"; "assessed that …", not "assessed the damage".
 */
export const CLAUSE_ONLY_LEMMAS = new Set(['maintain', 'reply', 'remark', 'recall', 'remember', 'assess', 'speculate', 'forecast', 'calculate', 'reckon', 'surmise', 'declare', 'add']);

/** Conjunctions that may open a coordinate clause with a speaker of its own. */
export const CONJUNCTIONS = new Set(['but', 'though', 'although', 'while', 'whereas', 'yet', 'and']);

/** Nouns for a figure that a source puts at a number ("put the death toll at 14"). */
export const FIGURE_NOUNS = new Set(['toll', 'figure', 'number', 'numbers', 'cost', 'costs', 'total', 'count', 'losses', 'casualties', 'damage', 'value', 'size', 'deficit', 'bill']);

/** Determiners that negate the subject ("Neither report has been confirmed"). */
export const NEGATIVE_DETERMINERS = new Set(['neither', 'no', 'none', 'nor', 'nothing']);

/** Words that keep "to" inside a source phrase: "a source close to the Kremlin", "an adviser to the president". */
export const TO_ADJECTIVES = new Set(['according', 'close', 'closer', 'linked', 'allied', 'loyal', 'affiliated', 'tied', 'connected', 'related', 'attached', 'adviser', 'advisor', 'advisers', 'advisors', 'ambassador', 'envoy', 'aide', 'aides', 'secretary', 'assistant', 'counselor', 'counsellor', 'deputy', 'delegate', 'representative', 'successor', 'heir']);

/** Times that may stand between a verb and its clause: "said Tuesday it was …", "told reporters last week that …". */
export const DAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
export const PERIODS = new Set(['week', 'month', 'year', 'night', 'weekend', 'morning', 'afternoon', 'evening']);
/** A year, as in "in 2015". */
export const YEAR = /^(?:1[89]|20)\d\d$/;

/** Words of a manner adverbial before a colon: "put it this way:", "put it more simply:". */
export const MANNER_WORDS = new Set(['this', 'that', 'another', 'way', 'more', 'most', 'less', 'best', 'well']);

/** Verbs whose object speaks in "quoted a spokesman as saying". */
export const QUOTING_VERBS = new Set(['quoted', 'quotes', 'quoting', 'cited', 'cites', 'citing']);

/** Prepositions after which a gerund reports for the clause's subject ("by saying", "after claiming"). */
export const GERUND_PREPOSITIONS = new Set(['by', 'after', 'before', 'upon', 'while']);

/** Subject pronouns: one before a verb is the whole speaker ("the guides I wrote", not "guides I"). */
export const NOMINATIVE = new Set(['he', 'she', 'they', 'we', 'i']);

/** Weak verbs that report when they close a quotation ("“…,” she concluded.", "“…,” he suggested."). */
export const QUOTE_FRAME_WEAK = new Set(['conclude', 'suggest', 'think', 'hope', 'fear', 'worry', 'indicate', 'imply']);

/** Verbs of belief that report a claim when a person holds a stated clause ("Obama believes his plan will work"). */
export const BELIEF_LEMMAS = new Set(['believe', 'think', 'fear', 'expect', 'feel', 'know', 'suggest', 'conclude', 'signal', 'indicate']);
/** Quantifiers that make the next word a plural noun ("most states", "twenty-seven states"). */
export const QUANTIFIERS = new Set(['most', 'many', 'all', 'some', 'both', 'several', 'few', 'other', 'more', 'fewer', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands', 'millions']);
/** Words after which a participle is an adjective or a noun, not a verb. */
export const NOT_BEFORE_VERB = new Set(['a', 'an', 'the', 'this', 'these', 'those', 'additional', 'further', 'worth', 'become', 'became']);
export const CALL_PARTICLES = new Set(['a', 'an', 'the', 'for', 'on', 'off', 'up', 'in', 'out', 'back', 'into', 'over', 'at', 'upon', 'to', 'by', 'after', 'around', 'home']);
/** Endings of adjectives that label an object ("called the charges unsubstantiated", "called it ridiculous"). */
export const ADJECTIVE_ENDING = /(?:ous|ful|ic|ive|able|ible|less|ent|ant|ary|ish|ated|ical|al|..ing)$/;
/** Verbs before "to" that keep a reporting verb finite: "continued to insist", "went on to say". */
export const CONTINUE_FORMS = new Set(['continue', 'continues', 'continued', 'continuing']);
/** Verbs of sending a message, after which "to say" reports ("emailed to say", "phoned to say"). */
export const MESSAGE_VERBS = new Set(['emailed', 'phoned', 'rang', 'texted', 'messaged', 'wired', 'cabled']);
export const GO_FORMS = new Set(['go', 'goes', 'went', 'going', 'gone']);
export const PERCEPTION = new Set(['heard', 'seen', 'caught', 'filmed', 'recorded', 'quoted']);

export const isPluralLike = (w: string): boolean => w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is');
export const NUMBER_WORD = /^(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?)$/;
/** "in May": the month, capitalised inside a sentence, not the modal verb. */
export const isMonthMay = (t: Token, i: number, sentenceStart: number): boolean => t.w === 'may' && t.cap && i > sentenceStart;
/** "the", "his", "Obama's": a word after it is a noun. */
export const isDeterminerOrPossessive = (w: string): boolean => DETERMINERS.has(w) || w === 'his' || w === 'her' || w === 'their' || w === 'its' || (w.endsWith("'s") && !isPronounContraction(w));
export const isLyAdverb = (w: string): boolean => w.length > 4 && w.endsWith('ly') && w !== 'only' && w !== 'family' && w !== 'italy' && w !== 'rally' && w !== 'ally' && w !== 'early';
export const isPronounContraction = (w: string): boolean => w.indexOf("'") > 0 && (w.endsWith("'s") || w.endsWith("'ve") || w.endsWith("'d") || w.endsWith("'ll") || w.endsWith("'re")) && PRONOUNS.has(w.slice(0, w.indexOf("'")));

/** Heads of speakers that are no "he" or "she": institutions and groups ("the ministry", "the institute"). */
export const GROUP_HEADS = new Set(
  ('ministry department government agency institute institution office council committee commission company firm group board union party ' +
    'campaign organisation organization administration authority authorities police army military court court\'s service center centre ' +
    'bureau embassy foundation association coalition network newspaper paper magazine channel station outlet website team club league ' +
    'officials experts analysts sources critics residents people officers lawmakers researchers scientists doctors members workers').split(' '),
);
/** Bare nouns after "according to" that name a manner, not a source ("according to plan"). */
export const MANNER_NOUNS = new Set(['plan', 'schedule', 'script', 'tradition', 'custom', 'protocol', 'procedure', 'form', 'expectations', 'design', 'instructions', 'rules', 'law', 'taste', 'need', 'size', 'age', 'height', 'weight']);
/** What one claims without claiming anything: a title, a prize, a seat ("helped Brackley claim the title"). */
export const CLAIMED_THINGS = new Set(['title', 'titles', 'trophy', 'trophies', 'victory', 'win', 'wins', 'prize', 'prizes', 'seat', 'seats', 'medal', 'medals', 'gold', 'silver', 'bronze', 'crown', 'cup', 'championship', 'pole', 'lives', 'life', 'points', 'point', 'place', 'spot', 'top', 'share', 'ownership', 'asylum', 'benefits', 'compensation', 'damages', 'expenses', 'refund', 'land', 'territory', 'stage', 'limelight']);
/** Words before a noun that cannot stand alone ("one saying that …" is a pronoun and a participle). */
export const ARTICLES_AND_POSSESSIVES = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those']);
export const MONTHS = new Set('january february march april may june july august september october november december'.split(' '));
/** Nouns of a point in time after "by the" ("by the end of the year"). */
export const TIME_NOUNS = new Set(['end', 'start', 'beginning', 'middle', 'close', 'time', 'deadline', 'weekend', 'summer', 'autumn', 'fall', 'winter', 'spring']);
/** Verbs after a reduced evidential: "believed to be", "said to have", "a video said to show …". */
export const HEDGED_INFINITIVES = new Set(['be', 'have', 'show', 'contain', 'depict', 'include', 'involve', 'date', 'belong', 'come', 'originate', 'feature', 'hold', 'number', 'total']);
/** Hearings that hear evidence: "The court heard that …" is what someone unnamed told it. */
export const HEARINGS = new Set(['court', 'jury', 'jurors', 'inquest', 'inquiry', 'tribunal', 'hearing', 'trial', 'magistrates', 'committee', 'panel']);
