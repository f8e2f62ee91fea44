/**
 * Generates news-like articles for benchmarks from the project's own sentence parts (no corpus text):
 * headlines, direct and reported speech in every word order, vague sources, hedges, modal verbs, plain
 * narrative, Markdown, CRLF, abbreviations and non-English names. Deterministic for a given seed.
 */

/** A small, fast, seeded random source (mulberry32), so every run measures the same text. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)];
const chance = (rng: Rng, p: number): boolean => rng() < p;

const PEOPLE = [
  'Maria Kovalenko', 'Ahmed Farouk', 'Laura Whitcombe', 'Kenji Tanaka', 'Olena Shevchuk', 'José Álvarez', 'Zoë Brandt',
  'Li Wei', 'Tomasz Wójcik', 'Amara Okafor', 'Henrik Lindqvist', 'Priya Raman', 'Dmitri Sokolov', 'Fatima Haddad',
];
const TITLED = ['Dr. Ahmed Farouk', 'Mr. Tanaka', 'Sen. Laura Whitcombe', 'Prof. Henrik Lindqvist', 'Ms. Raman', 'Gen. Sokolov'];
const APPOSITIONS = [
  'the head of the regional hospital', 'a spokeswoman for the Interior Ministry', "the city's deputy mayor",
  'an economist at the central bank', 'the chair of the transport committee', 'a senior fire officer',
];
const ORGS = [
  'The Institute for Fiscal Studies (IFS)', 'the World Health Organization', 'Reuters', 'the Interior Ministry',
  'The Ministry of Defence (MoD)', 'the U.S. Embassy', 'the national weather service', 'Astra news', 'the Daily Courier',
];
const VAGUE = ['officials', 'experts', 'some sources', 'critics', 'hospital administrators', 'local residents', 'analysts'];
const PRONOUNS = ['he', 'she', 'they'];
const VERBS = [
  'said', 'says', 'told reporters', 'wrote', 'added', 'noted', 'explained', 'estimated', 'claimed', 'denied', 'insisted',
  'warned', 'argued', 'has said', 'had told the committee', 'stated', 'reported', 'recounted',
];
const CONTENT = [
  'the bridge would reopen by the end of March', 'prices had risen by 12 per cent since January',
  'no decision had been taken on the new runway', 'the evacuation was going according to plan',
  'the ceasefire had been broken twice overnight', 'the budget gap was smaller than feared',
  'about 3,400 people had been moved to temporary shelters', 'the contract was signed without a tender',
  'the vaccine stocks would last until autumn', 'turnout in the northern districts had doubled',
  'the factory in Łódź would close in two years', 'fares on the No. 10 bus would not rise',
];
const QUOTES = [
  'We will not accept this', 'The situation is under control', 'Nobody told us anything until the water was at the door',
  'These figures are simply wrong', 'We expect the talks to resume next week', 'I have never seen anything like it',
  'The money is there, but it is not reaching the people who need it', 'It is too early to say what caused the fire',
];
const HEDGED = [
  'The convoy was reportedly stopped at the border.', 'The suspect allegedly fled to Zürich.',
  'The minister is believed to have resigned on Friday.', 'The ship appears to have changed course overnight.',
  'It has been reported that the talks collapsed.', 'The claim could not be independently verified.',
  'There have been multiple reports of looting in the port.', 'Some sources claim the order came from the capital.',
  'The mayor is said to be furious about the delay.', 'The alleged payments were made through a firm in São Paulo.',
  'The cause of the outage remains unconfirmed.', 'Reports say the plant has been shut since Monday.',
];
const MODAL = [
  'The river may rise again by Thursday.', 'The strike could spread to other ports.',
  'Prices might fall once the harvest comes in.', 'The vote is likely to be delayed.',
];
const NARRATIVE = [
  'The river rose two metres overnight.', 'Schools in the district stayed closed on Tuesday.',
  'Traffic on the ring road was diverted for most of the afternoon.', 'The council meets again on 14 May.',
  'In Dnipro, queues formed outside the only open pharmacy.', 'The plant employs about 1,200 people.',
  'Rain is forecast for the rest of the week — heavy at times.', 'The museum reopened after a two-year renovation.',
  'Talks resumed at 9 a.m. in the U.S. capital.', 'Kraków and Łódź reported similar figures.',
  'The last train left at 11.40 p.m.', 'Volunteers handed out water and blankets 🌧️ near the station.',
];
const LONG_NARRATIVE = [
  'The proposal, first drawn up in 2019 and revised twice since, would replace the ageing crossing with a four-lane bridge and a separate path for cyclists and pedestrians.',
  'Across the valley, farmers spent the weekend moving livestock to higher ground while volunteers filled sandbags outside the primary school and the fire station.',
  'The committee heard evidence from 14 witnesses over three days, including engineers, residents of the affected streets and representatives of two insurance companies.',
  'By late afternoon the queue outside the registration centre stretched past the railway station, and staff handed out numbered tickets to those who had waited longest.',
  'The company, which was founded in 1987 and employs about 4,000 people in three countries, has faced repeated delays on the project since construction began.',
  'Turnout was highest in the northern districts, where polling stations stayed open an extra hour because of the storm that knocked out power on Sunday morning.',
  'Under the plan, households earning less than the regional median would receive a one-off payment in the spring, followed by smaller monthly sums until the end of the year.',
  'In Gdańsk and Rotterdam, port workers returned to their shifts on Wednesday after a week-long stoppage that left hundreds of containers stranded on the quays.',
];
const TAILS = [
  ', after weeks of talks between the two sides', ', a move that surprised several members of the council',
  ' in a statement released late on Tuesday evening', ', less than a month before the regional elections',
  ' during a visit to the flooded districts in the east of the country', ', citing figures from the national statistics office',
];
const HEADLINES = [
  'Floods close schools across the region', 'Budget talks stall as deadline nears', 'Hospital strike enters third week',
  'Port reopens after fire', 'New bridge plan divides council', 'Prices climb for fourth month',
];

/** One sentence of attributed speech, in one of the word orders journalists use. */
function attributed(rng: Rng, curly: boolean): string {
  const [lq, rq] = curly ? ['“', '”'] : ['"', '"'];
  const who = (): string => {
    const r = rng();
    if (r < 0.3) return pick(rng, PEOPLE);
    if (r < 0.45) return pick(rng, TITLED);
    if (r < 0.6) return `${pick(rng, PEOPLE)}, ${pick(rng, APPOSITIONS)},`;
    if (r < 0.8) return pick(rng, ORGS);
    return pick(rng, VAGUE);
  };
  const speaker = who().replace(/,$/, '').replace(/^The /, 'the '); // mid-sentence
  const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
  switch (Math.floor(rng() * 8)) {
    case 0:
      return `${cap(who())} ${pick(rng, VERBS)} that ${pick(rng, CONTENT)}.`;
    case 1:
      return `${cap(pick(rng, CONTENT))}, according to ${speaker}.`;
    case 2:
      return `${lq}${pick(rng, QUOTES)},${rq} ${speaker} said.`;
    case 3:
      return `${lq}${pick(rng, QUOTES)},${rq} said ${speaker}.`;
    case 4:
      return `${cap(who())} said: ${lq}${pick(rng, QUOTES)}.${rq}`;
    case 5:
      return `${lq}${pick(rng, QUOTES)},${rq} ${pick(rng, PRONOUNS)} added, saying that ${pick(rng, CONTENT)}.`;
    case 6:
      return `${cap(who())} reports that ${pick(rng, CONTENT)}.`;
    default:
      return `${lq}${pick(rng, QUOTES)}. ${pick(rng, QUOTES)}.${rq}`;
  }
}

/** A sentence; the mix (about a third attributed, one in ten hedged) and the lengths follow political news. */
function sentence(rng: Rng, curly: boolean): string {
  const r = rng();
  if (r < 0.33) {
    const s = attributed(rng, curly);
    return chance(rng, 0.5) && /[a-z]\.$/.test(s) ? `${s.slice(0, -1)}${pick(rng, TAILS)}.` : s;
  }
  if (r < 0.43) return pick(rng, HEDGED);
  if (r < 0.47) return pick(rng, MODAL);
  if (r < 0.75) return pick(rng, LONG_NARRATIVE);
  return pick(rng, NARRATIVE);
}

function paragraph(rng: Rng, curly: boolean): string {
  const n = 2 + Math.floor(rng() * 4);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(sentence(rng, curly));
  let text = parts.join(' ');
  const r = rng();
  if (r < 0.05) text = `> ${text}`;
  else if (r < 0.1) text = `- ${parts[0]}\n- ${parts[parts.length - 1]}`;
  else if (r < 0.15) text = text.replace(/(\w+ \w+)/, '**$1**');
  else if (r < 0.18) text += ' [Read the full statement](https://example.org/statement).';
  return text;
}

/** One article of about `targetChars` characters: a headline, a standfirst, paragraphs and subheadings. */
export function generateArticle(rng: Rng, targetChars: number): string {
  const curly = chance(rng, 0.7);
  const markdown = chance(rng, 0.4);
  const parts: string[] = [markdown ? `# ${pick(rng, HEADLINES)}` : pick(rng, HEADLINES), paragraph(rng, curly)];
  let size = parts[0].length + parts[1].length;
  while (size < targetChars) {
    const p = chance(rng, 0.08) ? (markdown ? `## ${pick(rng, HEADLINES)}` : pick(rng, HEADLINES)) : paragraph(rng, curly);
    parts.push(p);
    size += p.length + 2;
  }
  const text = parts.join('\n\n') + '\n';
  return chance(rng, 0.15) ? text.replace(/\n/g, '\r\n') : text;
}

/** Articles of 2 to 16 KB until their UTF-8 size reaches `totalBytes`. */
export function generateCorpus(totalBytes: number, seed = 1): string[] {
  const rng = seededRandom(seed);
  const articles: string[] = [];
  let bytes = 0;
  while (bytes < totalBytes) {
    const article = generateArticle(rng, 2048 + Math.floor(rng() * 14 * 1024));
    articles.push(article);
    bytes += Buffer.byteLength(article, 'utf8');
  }
  return articles;
}
