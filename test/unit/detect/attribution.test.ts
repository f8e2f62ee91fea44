import * as assert from 'node:assert/strict';
import type { Finding } from '../../../src/core/findings';
import { checkSpans, detect, oneAttribution } from './helpers';

/** cue and source texts of the one attribution in `text`. */
const cueSource = (text: string): [string | undefined, string | undefined] => {
  const [cue, source] = parts(text);
  return [cue, source];
};

/** cue, source and content texts of the one attribution in `text`. */
function parts(text: string): [string | undefined, string | undefined, string | undefined] {
  const f = oneAttribution(text);
  return [f.cue?.text, f.source?.text, f.content?.text];
}

describe('detector: attributed claims', () => {
  it('finds "according to X" at the end and at the start of a sentence', () => {
    assert.deepEqual(parts('The bridge was closed for repairs overnight, according to the city council.'), [
      'according to',
      'the city council',
      'The bridge was closed for repairs overnight',
    ]);
    assert.deepEqual(parts('According to the harbour authority, two ferries ran aground.'), ['according to', 'the harbour authority', 'two ferries ran aground'].map((s, i) => (i === 0 ? 'According to' : s)) as [string, string, string]);
    // a cue word right before the comma is a noun of the source
    assert.deepEqual(parts('According to regional media reports, two ferries ran aground.'), ['According to', 'regional media reports', 'two ferries ran aground']);
  });

  it('finds subject-verb frames with that-clauses in several tenses', () => {
    assert.deepEqual(parts('The mayor said that the budget would be cut.'), ['said', 'The mayor', 'that the budget would be cut']);
    assert.deepEqual(parts('Local farmers have said the drought is the worst in decades.'), ['said', 'Local farmers', 'the drought is the worst in decades']);
    assert.deepEqual(parts('The agency estimates that 4,000 homes lost power.'), ['estimates', 'The agency', 'that 4,000 homes lost power']);
    assert.deepEqual(parts('The refugee agency estimates 8 million people have fled.'), ['estimates', 'The refugee agency', '8 million people have fled']);
    assert.deepEqual(cueSource('The woman disputes the idea that she needed to be in hospital.'), ['disputes', 'The woman']);
    assert.deepEqual(detect('She was confronted with insulting remarks he had made.').filter((f) => f.kind === 'attributed'), []);
    assert.deepEqual(parts('Ms. Okafor insisted the vote was fair.'), ['insisted', 'Ms. Okafor', 'the vote was fair']);
    for (const verb of ['wrote', 'added', 'noted', 'explained', 'claimed', 'denied', 'warned', 'argued', 'stated', 'reported', 'recounted']) {
      const f = oneAttribution(`The engineer ${verb} that the pump had failed twice.`);
      assert.equal(f.cue?.text, verb);
      assert.equal(f.source?.text, 'The engineer');
    }
  });

  it('finds "X told Y that" and skips the addressee in the content', () => {
    assert.deepEqual(parts('A spokesman told reporters that the talks had stalled.'), ['told', 'A spokesman', 'that the talks had stalled']);
    assert.deepEqual(parts('A source close to the talks told Reuters a deal was close.'), ['told', 'A source close to the talks', 'a deal was close']);
    assert.deepEqual(parts('His spokesman told reporters the talks were “not on the agenda.”'), ['told', 'His spokesman', 'the talks were “not on the agenda.”']);
    assert.deepEqual(parts('She told a local paper the mine was safe.'), ['told', 'She', 'the mine was safe']);
    // a time before the clause belongs to the verb; a day that opens the clause stays
    assert.deepEqual(parts('The White House said Tuesday it was reviewing the request.'), ['said', 'The White House', 'it was reviewing the request']);
    assert.deepEqual(parts('The mayor said on Friday that the road would reopen.'), ['said', 'The mayor', 'that the road would reopen']);
    assert.deepEqual(parts('He said Monday was the deadline.'), ['said', 'He', 'Monday was the deadline']);
  });

  it('finds post-posed quotations with a named or pronoun speaker', () => {
    const text = '“The water is safe to drink,” Dr. Lena Varga wrote.';
    assert.deepEqual(parts(text), ['wrote', 'Dr. Lena Varga', '“The water is safe to drink,”']);
    assert.deepEqual(parts('"We will rebuild," she added.'), ['added', 'she', '"We will rebuild,"']);
  });

  it('reads a document subject with its modifiers, a speaker with a participle phrase and a bare clause after "believe"', () => {
    assert.deepEqual(cueSource('A 40-page audit released by the regional council last week reveals how little the scheme saved.'), ['reveals', 'A 40-page audit released by the regional council']);
    assert.deepEqual(cueSource('The latest survey of harbour workers shows most of them want shorter shifts.'), ['shows', 'The latest survey of harbour workers']);
    assert.deepEqual(detect('The footage filmed by a neighbour shows a van leaving the yard.').filter((f) => f.kind === 'attributed'), []);
    // a participle phrase says where the speaker was, and stays out of the speaker; "including" and "citing" name sources
    assert.deepEqual(parts('Ms. Lind, speaking after the hearing, said the ruling would be appealed.').slice(0, 3), ['said', 'Ms. Lind', 'the ruling would be appealed']);
    assert.deepEqual(cueSource('Several unions, including the nurses, have endorsed the plan.'), ['endorsed', 'Several unions, including the nurses']);
    // "known as" names the speaker; a comma before the verb is not an inverted frame without a clause before it
    assert.deepEqual(cueSource('The military intelligence agency, known as the HUR, said the ship had been hit.'), ['said', 'The military intelligence agency, known as the HUR']);
    // a plain object in the speaker's relative clause describes the speaker: one claim, the one after it
    assert.deepEqual(parts('The Journal, which first reported the talks, said a deal was close.'), ['said', 'The Journal', 'a deal was close']);
    // "According to X, citing Y, …": the participle stays out of the claim
    assert.deepEqual(parts('According to the news site, citing sources in the cabinet, the minister will resign.'), ['According to', 'the news site', 'the minister will resign']);
    assert.deepEqual(cueSource('Many of the growers believe tariffs and quotas are unfair.'), ['believe', 'Many of the growers']);
    assert.deepEqual(cueSource('The mayor called the remarks "a cheap stunt" on Monday.'), ['called', 'The mayor']);
    assert.deepEqual(detect('Many of the growers believe in hard work.').filter((f) => f.kind === 'attributed'), []);
    // a group of people before a short prepositional phrase
    assert.deepEqual(cueSource('Diplomats in the region fear the row may spill over into a trade war.'), ['fear', 'Diplomats in the region']);
    // a belief that closes the sentence after a comma frames what comes before it
    assert.deepEqual(parts('The war will last years, Western officials fear.'), ['fear', 'Western officials', 'The war will last years']);
    assert.deepEqual(detect('That is what we know.').filter((f) => f.kind === 'attributed'), []);
    // a forecast: "expect" with an object and "to"; a figure after "to" is not a verb
    assert.deepEqual(parts('Analysts at Barclays expect the central bank to cut rates in June.'), ['expect', 'Analysts at Barclays', 'the central bank to cut rates in June']);
    assert.deepEqual(detect('Economists expect a rise to 5% next year.').filter((f) => f.kind === 'attributed'), []);
    // "put it" before a colon frames a quotation
    assert.deepEqual(parts('One official put it bluntly: “We are out of money.”'), ['put it', 'One official', '“We are out of money.”']);
    assert.deepEqual(cueSource('As Dr Aino Pellinen, a labour economist, put it to me: “You are measuring the wrong people.”'), ['put it', 'Dr Aino Pellinen, a labour economist']);
    assert.deepEqual(cueSource('She put it this way: the plan is dead.'), ['put it', 'She']);
    assert.deepEqual(detect('He put it on the table.').filter((f) => f.kind === 'attributed'), []);
    // a relative clause with a date in it, closed by a comma; a slide or a forecast reports like a study
    assert.deepEqual(cueSource('A Herald analysis of charities that have raised $2 million or more since March 3, 2021, shows the larger ones growing fastest.'), [
      'shows',
      'A Herald analysis of charities that have raised $2 million or more since March 3, 2021',
    ]);
    assert.deepEqual(cueSource('A slide from the minister’s presentation shows what a ticket would cost without the subsidy.'), ['shows', 'A slide from the minister’s presentation']);
  });

  it('leaves a dateline out of the claim and an inserted participle or adverb out of the speaker', () => {
    assert.deepEqual(parts('ODESA, Ukraine (AP) — Two grain ships left the port overnight, officials said.'), ['said', 'officials', 'Two grain ships left the port overnight']);
    assert.equal(oneAttribution('**LVIV** — The tram line will reopen, the council said.').text, 'The tram line will reopen, the council said.');
    assert.deepEqual(parts('The state news agency, citing the ministry, reported that the dam had been repaired.'), ['reported', 'The state news agency, citing the ministry', 'that the dam had been repaired']);
    assert.deepEqual(cueSource('The central bank, however, warned that inflation could rise.'), ['warned', 'The central bank']);
    assert.deepEqual(cueSource('An arbitration panel in 2001 found that the levy broke the treaty.'), ['found', 'An arbitration panel']);
    assert.deepEqual(cueSource('He met Ruiz, the mayor, who in 2019 said the port would close.'), ['said', 'the mayor']);
    // an age is an apposition; a quantifier before "of whom" is part of the speaker
    assert.deepEqual(cueSource('Mr. Smith, 45, a lawyer, said the case was weak.'), ['said', 'Mr. Smith, 45, a lawyer']);
    assert.deepEqual(cueSource('One resident, Maria, 67, said: “We are scared.”'), ['said', 'One resident, Maria, 67']);
    assert.deepEqual(cueSource('In the town, Maria, 67, said she was scared.'), ['said', 'Maria, 67']);
    assert.deepEqual(cueSource('Okafor, 56, who has sat on the committee for a decade, told the paper that the files were hacked.'), ['told', 'Okafor, 56']);
    assert.deepEqual(cueSource('The plan angered the families, many of whom say the payments are too small.'), ['say', 'many of whom']);
    // what a picture shows is not a claim, even as a participle
    assert.deepEqual(cueSource('A reporter posted a video on X showing what she said was the burning depot.'), ['said', 'she']);
    assert.deepEqual(detect('The photos, taken on Friday, show a crater near the school.').filter((f) => f.kind === 'attributed'), []);
    // …but a picture that shows a clause carries a claim
    assert.deepEqual(parts('Satellite images analysed by the Herald show the bridge was badly damaged.'), ['show', 'Satellite images analysed by the Herald', 'the bridge was badly damaged']);
    assert.deepEqual(cueSource('Video footage shows that the officer fired first.'), ['shows', 'Video footage']);
    // a relative clause on a claim noun is not a frame: the claim is Moscow's, and what Kyiv says of it a claim of
    // its own, over its own clause
    const disputed = detect('Moscow insists the offensive is going to plan, a claim Kyiv disputes.').filter((f) => f.kind === 'attributed');
    assert.deepEqual(disputed.map((f) => [f.cue?.text, f.source?.text, f.text]), [
      ['insists', 'Moscow', 'Moscow insists the offensive is going to plan'],
      ['disputes', 'Kyiv', 'a claim Kyiv disputes.'],
    ]);
    assert.deepEqual(detect('The union said few members got help, a figure the ministry disputes.').filter((f) => f.kind === 'attributed').map((f) => f.source?.text), ['The union', 'the ministry']);
    assert.deepEqual(detect('The figure the ministry disputes is 40.').filter((f) => f.kind === 'attributed'), []);
  });

  it('finds "admitted", "according to a report by X", "a source close to X" and an addressee after "told"', () => {
    assert.deepEqual(parts('The front line has moved west, the army admitted on Thursday.'), ['admitted', 'the army', 'The front line has moved west']);
    assert.deepEqual(parts('Drones hit the depot, according to a new report by the monitoring group.'), ['according to', 'a new report by the monitoring group', 'Drones hit the depot']);
    assert.deepEqual(parts('The minister will resign, a source close to the cabinet said.'), ['said', 'a source close to the cabinet', 'The minister will resign']);
    assert.deepEqual(parts('The minister will resign, a source told Reuters.'), ['told', 'a source', 'The minister will resign']);
    assert.deepEqual(parts('The farmer told the BBC they had lost half the harvest.'), ['told', 'The farmer', 'they had lost half the harvest']);
    assert.deepEqual(parts('She told Reuters the plan was dead.'), ['told', 'She', 'the plan was dead']);
  });

  it('reads a participle after a plural noun as its modifier when a later verb reports', () => {
    assert.deepEqual(cueSource('Officials cited by the agency said the talks had failed.'), ['said', 'Officials cited by the agency']);
    assert.deepEqual(cueSource('Figures cited by the ministry show that exports fell.'), ['show', 'Figures cited by the ministry']);
    assert.deepEqual(cueSource('The plant is idle, as reports published in May suggest that orders dried up.'), ['suggest', 'reports published in May']);
    assert.deepEqual(detect('The senators voted for admitting Finland to the alliance.').filter((f) => f.kind === 'attributed'), []);
  });

  it('keeps a "who" clause in the speaker and a time out of it; "signaled" takes a bare clause', () => {
    assert.deepEqual(cueSource('Farmers who grow wheat say the subsidy came too late.'), ['say', 'Farmers who grow wheat']);
    assert.deepEqual(cueSource('City councillors on Monday unveiled the budget, saying it would cut taxes.'), ['saying', 'City councillors']);
    assert.deepEqual(cueSource('Union leaders have signaled they are ready to talk.'), ['signaled', 'Union leaders']);
    assert.deepEqual(cueSource('Prime Minister Theresa May said the deal was final.'), ['said', 'Prime Minister Theresa May']);
    assert.deepEqual(detect('The proposal follows reports that the fund lost money.').filter((f) => f.kind === 'attributed'), []);
  });

  it('does not read a statement named again as a claim, and keeps one finding for "made the claim that"', () => {
    assert.deepEqual(detect('The senator made the comments on Friday during a visit to the port.').filter((f) => f.kind === 'attributed'), []);
    const found = detect('The senator made the claim that the port was sold.');
    assert.deepEqual(found.map((f) => [f.kind, f.cue?.text]), [['attributed', 'made the claim']]);
  });

  it('does not read page furniture before a colon as a speaker', () => {
    for (const label of ['Explainer: Why the port matters', 'Factbox: The ships lost so far', 'Timeline: Ten days of talks']) {
      assert.deepEqual(detect(label).filter((f) => f.kind === 'attributed'), [], label);
    }
    assert.deepEqual(cueSource('Klitschko: “The city will stand.”'), [':', 'Klitschko']);
  });

  it('takes a Markdown link speaker by its text and reads a list entry as no speaker label', () => {
    const text = '[Ukrenergo](https://example.org/grid) said the outages would end by evening.';
    assert.deepEqual(parts(text).slice(0, 2), ['said', 'Ukrenergo']);
    assert.deepEqual(detect('Lviv: 12 hours without power').filter((f) => f.kind === 'attributed'), []);
    assert.deepEqual(cueSource('Mayor Sadovyi: 12 hours is too long'), [':', 'Mayor Sadovyi']);
  });

  it('splits a claim at ", and" before a speaker with modifiers', () => {
    const text = 'Local officials have long warned that the dyke is weak, and independent flood engineers have echoed that warning.';
    const found = detect(text).filter((f) => f.kind === 'attributed');
    assert.deepEqual(found.map((f) => [f.cue?.text, f.source?.text, f.content?.text]), [
      ['warned', 'Local officials', 'that the dyke is weak'],
      ['echoed', 'independent flood engineers', 'that warning'],
    ]);
  });

  it('ends the claim with a relative clause that carries it', () => {
    assert.deepEqual(parts('The depot, which officials say was empty, burned down.'), ['say', 'officials', 'was empty']);
    assert.deepEqual(parts('Ms. Varga, who said the dam was safe, left the meeting early.'), ['said', 'Ms. Varga', 'the dam was safe']);
  });

  it('leaves an adverb after the verb out of the content', () => {
    assert.deepEqual(parts('The mayor has said repeatedly that the bridge will reopen.'), ['said', 'The mayor', 'that the bridge will reopen']);
  });

  it('finds "put the toll at", keeps "an adviser to X" whole and skips a relative clause after "according to X"', () => {
    assert.deepEqual(parts('Rescue workers put the death toll at 31.'), ['put', 'Rescue workers', 'the death toll at 31']);
    assert.deepEqual(detect('She put the kettle on the stove.').filter((f) => f.kind === 'attributed'), []);
    assert.deepEqual(cueSource('An adviser to the minister, who asked not to be named, said talks had resumed.'), ['said', 'An adviser to the minister']);
    assert.deepEqual(parts('According to the harbour master, who spoke on Monday, the quay is safe.'), ['According to', 'the harbour master', 'the quay is safe']);
  });

  it('reads an apposition with a "that" clause', () => {
    assert.deepEqual(cueSource('The Port Authority, the agency that runs the terminals, said the strike was over.'), ['said', 'The Port Authority, the agency that runs the terminals']);
  });

  it('keeps a plural possessive in the source and reads a negated passive as no claim', () => {
    assert.deepEqual(cueSource("The growers' association told the paper that it would sue."), ['told', "The growers' association"]);
    assert.deepEqual(cueSource('The growers’ association said it would sue.'), ['said', 'The growers’ association']);
    assert.deepEqual(detect('Neither account has been confirmed by the police.').filter((f) => f.kind === 'attributed'), []);
  });

  it('finds "was quoted as saying" and leaves "told you so" alone', () => {
    assert.deepEqual(parts('The envoy was quoted as saying the ceasefire would hold.'), ['saying', 'The envoy', 'the ceasefire would hold']);
    assert.deepEqual(parts('The agency quoted a spokesman as saying the plant was safe.'), ['saying', 'a spokesman', 'the plant was safe']);
    // a semicolon closes a claim; the next clause has its own speaker
    const both = detect('Critics argue the law is too vague; supporters say it is overdue.').filter((f) => f.kind === 'attributed');
    assert.deepEqual(both.map((f) => [f.source?.text, f.content?.text]), [['Critics', 'the law is too vague'], ['supporters', 'it is overdue']]);
    assert.deepEqual(detect('I told you so. She said so.').filter((f) => f.kind === 'attributed'), []);
  });

  it('finds "as X put it", "charges that", a chanted quotation and a scolding', () => {
    assert.deepEqual(cueSource('As the harbour master put it in a letter to members, the quay is “not fit for purpose.”'), ['put it', 'the harbour master']);
    assert.deepEqual(cueSource('The fee is, as one council memo put it, “a tax by another name.”'), ['put it', 'one council memo']);
    assert.deepEqual(parts('The opposition charges that the contract was never tendered.'), ['charges', 'The opposition', 'that the contract was never tendered']);
    assert.deepEqual(cueSource('Fans filled the square, chanting “We want a vote!”'), ['chanting', 'Fans']);
    assert.deepEqual(parts('The judge scolded him: “You wasted the court’s time.”'), ['scolded', 'The judge', '“You wasted the court’s time.”']);
    for (const narrative of ['She put it on the shelf and left.', 'The driver was charged with careless driving.', 'Crowds were chanting in the square all night.']) {
      assert.deepEqual(detect(narrative).filter((f) => f.kind === 'attributed'), [], narrative);
    }
  });

  it('reads a weak verb that closes a quotation, and an adverb before the verb', () => {
    assert.deepEqual(parts('“The tide will turn by Friday,” the forecaster concluded.'), ['concluded', 'the forecaster', '“The tide will turn by Friday,”']);
    assert.deepEqual(parts('“Prices will fall,” she suggested.'), ['suggested', 'she', '“Prices will fall,”']);
    assert.deepEqual(parts('“The mill closed in May,” the paper further wrote.'), ['wrote', 'the paper', '“The mill closed in May,”']);
    // without a quotation a weak verb still needs its clause
    assert.equal(detect('The forecaster concluded the broadcast early.').filter((f) => f.kind === 'attributed').length, 0);
    assert.equal(detect('Further reporting showed the mill had closed.').filter((f) => f.kind === 'attributed').length, 0);
  });

  it('keeps a trailing participle in the same attribution', () => {
    const f = oneAttribution('“The line will reopen on Monday,” he added, saying that crews were working through the night.');
    assert.equal(f.cue?.text, 'added');
    assert.equal(f.source?.text, 'he');
  });

  it('finds inverted frames: "said X"', () => {
    assert.deepEqual(parts('“Nobody was hurt,” said the fire chief.'), ['said', 'the fire chief', '“Nobody was hurt,”']);
    assert.deepEqual(parts('The harvest was poor this year, said Tomas Berg.'), ['said', 'Tomas Berg', 'The harvest was poor this year']);
  });

  it('finds colon-introduced quotations', () => {
    assert.deepEqual(parts('The ministry said: “Supplies will last until spring.”'), ['said', 'The ministry', '“Supplies will last until spring.”']);
    const f = oneAttribution('The panel noted in its annual review: “Costs rose sharply.”');
    assert.equal(f.content?.text, '“Costs rose sharply.”');
  });

  it('finds "X reports that" and "X writes that" for outlets', () => {
    assert.deepEqual(parts('The Harbour Gazette reports that the pier will close.'), ['reports', 'The Harbour Gazette', 'that the pier will close']);
    assert.deepEqual(parts('Reuters writes that exports fell.'), ['writes', 'Reuters', 'that exports fell']);
  });

  it('takes titles, appositions and acronyms into the source', () => {
    assert.equal(oneAttribution('In a statement, Maria Lopez, the head of the regional water board, denied any contamination.').source?.text, 'Maria Lopez, the head of the regional water board');
    assert.equal(oneAttribution('The Centre for Coastal Studies (CCS) noted that sea levels rose.').source?.text, 'The Centre for Coastal Studies (CCS)');
    assert.equal(oneAttribution('Transport Minister Ana Ruiz said the line would reopen.').source?.text, 'Transport Minister Ana Ruiz');
    assert.equal(oneAttribution('Jonas, aged 52, recounted the night of the flood.').source?.text, 'Jonas, aged 52');
  });

  it('marks vague sources', () => {
    const f = oneAttribution('Officials said the road would stay closed.');
    assert.equal(f.sourceVague, true);
    assert.equal(oneAttribution('School administrators estimated that 300 pupils were absent.').sourceVague, true);
    assert.equal(oneAttribution('Mayor Ines Kahn said the road would stay closed.').sourceVague, undefined);
    assert.equal(oneAttribution('A source familiar with the talks told the paper that a deal was close.').sourceVague, true);
    assert.equal(oneAttribution('Officials in Lisbon said the grid was stable.').sourceVague, true);
    assert.equal(oneAttribution('Ana Reis, the head of the grid operators, said the grid was stable.').sourceVague, undefined);
  });

  it('finds light-verb frames ("offered an estimate", "came forward with allegations")', () => {
    const f = oneAttribution('Last week, regional police offered a cautious estimate that 40 cars were stolen.');
    assert.equal(f.source?.text, 'regional police');
    assert.match(f.cue?.text ?? '', /offered a cautious estimate/);
  });

  it('treats characterising "called" and demands as attribution, but not names or phone calls', () => {
    assert.equal(oneAttribution('The union called Mayor Ruiz a liar.').cue?.text, 'called');
    assert.equal(oneAttribution('The senator called for an inquiry into the contract.').cue?.text, 'called for');
    assert.deepEqual(detect('A militia called the Falcons held the bridge.').filter((f) => f.kind === 'attributed'), []);
    assert.deepEqual(detect('She condemned what the minister called a misunderstanding.').filter((f) => f.kind === 'attributed' && f.cue?.text === 'called'), []);
    assert.deepEqual(detect('He called off the strike.').filter((f) => f.kind === 'attributed'), []);
  });

  it('attributes a claim noun to its possessor', () => {
    const f = oneAttribution("The minister's claim that exports doubled was wrong.");
    assert.equal(f.cue?.text, 'claim');
    assert.equal(f.source?.text, "The minister's");
    // the claim ends before the sentence's own verb
    assert.equal(f.content?.text, 'that exports doubled');
    assert.equal(oneAttribution('Her claim that the vote was rigged and that she won has been widely disputed.').content?.text, 'that the vote was rigged and that she won');
    assert.equal(oneAttribution('His claim that the mine has been closed for years is false.').content?.text, 'that the mine has been closed for years');
  });

  it('lets a paragraph that is wholly a quotation inherit the previous speaker', () => {
    const text = 'The coach said: “We trained hard all winter.\n“Nobody expected us to win the final.”';
    const found = detect(text).filter((f) => f.kind === 'attributed');
    assert.equal(found.length, 2);
    assert.equal(found[1].cue, null);
    assert.equal(found[1].category, 'continued-quote');
    assert.equal(found[1].source?.text, 'The coach');
    // each sentence of the quotation paragraph is a continued quote of its own
    const story = '“We were second to every ball,” the manager said.\n\n“Emeka has been patient. He has not complained once.”';
    assert.deepEqual(
      detect(story).filter((f) => f.kind === 'attributed').map((f) => [f.category, f.text, f.source?.text]),
      [
        ['direct-quote', '“We were second to every ball,” the manager said.', 'the manager'],
        ['continued-quote', '“Emeka has been patient.', 'the manager'],
        ['continued-quote', 'He has not complained once.”', 'the manager'],
      ],
    );
  });

  it('continues a quotation sentence within the same paragraph', () => {
    const text = '“The dam will hold,” engineer Ama Osei said on Monday. “We reinforced it twice.” Residents were not convinced.';
    const found = detect(text).filter((f) => f.kind === 'attributed');
    assert.equal(found.length, 2);
    assert.equal(found[1].category, 'continued-quote');
    assert.equal(found[1].text, '“We reinforced it twice.”');
    assert.equal(found[1].source?.text, 'engineer Ama Osei');
    // the speaker's content runs on through the continued quotation
    assert.equal(found[0].content?.text, '“The dam will hold,” engineer Ama Osei said on Monday. “We reinforced it twice.”');
  });

  it('quotes a document with "read" and reads a speaker across a long relative clause', () => {
    assert.deepEqual(parts('“We will appeal,” the statement read.'), ['read', 'the statement', '“We will appeal,”']);
    // what a sign, a banner or a label says is no claim
    for (const text of ['One banner read: “No more tolls.”', 'The jar’s label reads "Natural Immunity Blend".', 'A handwritten sign on the door said ‘Closed until further notice’.']) {
      assert.deepEqual(detect(text).filter((f) => f.kind === 'attributed'), [], text);
    }
    assert.deepEqual(detect('He read the statement twice before the vote.').filter((f) => f.kind === 'attributed'), []);
    // "whose …" and a relative clause of many words sit between the speaker and the verb
    assert.deepEqual(cueSource('Lena Hoff, whose party lost two seats, wrote on X that the count was flawed.'), ['wrote', 'Lena Hoff']);
    const long = 'Dr. Ana Ruiz, who as a young surgeon ran the field hospital in the north of the province for six years and later retired from the army as a colonel, said that the ward had closed.';
    assert.deepEqual(parts(long).slice(0, 2), ['said', 'Dr. Ana Ruiz']);
  });

  it('reads names that look like other words, platform posts, messages and tabloid frames', () => {
    // a capitalised word in -ly is a name, and "said Grace …" names the speaker (where "said grace" is a prayer)
    assert.deepEqual(parts('Reilly said the driver had been lucky.'), ['said', 'Reilly', 'the driver had been lucky']);
    assert.deepEqual(cueSource('“We were ready,” said Grace Mensah.'), ['said', 'Grace Mensah']);
    assert.deepEqual(parts('The angling club posted on Facebook that dead fish had been seen.'), ['posted', 'The angling club', 'that dead fish had been seen']);
    assert.deepEqual(detect('She posted a photo on Instagram.').filter((f) => f.kind === 'attributed'), []);
    assert.deepEqual(cueSource('A reader, Tom Barrett, emailed to say the smell had reached the estate.'), ['say', 'A reader, Tom Barrett']);
    assert.deepEqual(cueSource('“He is our player,” the manager fumed.'), ['fumed', 'the manager']);
    assert.deepEqual(detect('Toxic fumes from the spill drifted over the town.').filter((f) => f.kind === 'attributed'), []);
    // a long subject with a number in it
    assert.deepEqual(cueSource('A lawsuit filed on behalf of 12 passengers alleges that inspections were cut.'), ['alleges', 'A lawsuit filed on behalf of 12 passengers']);
  });

  it('credits a relative clause to the speaker it describes', () => {
    assert.deepEqual(cueSource('The bill now goes to Gov. Rachel Dunmore, who has said she will sign it.'), ['said', 'Gov. Rachel Dunmore']);
    // the report after the clause is the claim, not a verb inside it
    assert.deepEqual(cueSource('Finance Minister Paolo Ventri, who has urged the bank to wait, said that he respected its independence.'), ['said', 'Finance Minister Paolo Ventri']);
    assert.deepEqual(parts('Ethan Park, a pupil who testified against the bill, said his friends would lie about their age.')[0], 'said');
    // a clause is no speaker
    assert.equal(detect('My father died of cancer, which confirmed what I knew.').filter((f) => f.kind === 'attributed')[0]?.source?.text ?? 'which', 'which');
  });

  it('continues the speaker of an indirect claim with the quotation paragraph after it', () => {
    const text = 'The nurse said some wards ran with half the staff they needed.\n\n“On a bad night one nurse looks after fourteen patients.”';
    const found = detect(text).filter((f) => f.kind === 'attributed');
    assert.deepEqual(found.map((f) => [f.category, f.source?.text]), [['indirect', 'The nurse'], ['continued-quote', 'The nurse']]);
    // but a quotation that a later frame claims is that frame's
    const framed = detect('Mr. Sarin dismissed concerns about overcapacity. "Our order book is full. We are not building on hope," he said.').filter((f) => f.kind === 'attributed');
    assert.deepEqual(framed.map((f) => [f.category, f.cue?.text]), [['indirect', 'dismissed'], ['direct-quote', 'said']]);
    // and with a quotation sentence in the same paragraph
    const same = detect('The striker added that he hoped to start next week. “That is the manager’s decision, not mine.”').filter((f) => f.kind === 'attributed');
    assert.deepEqual(same.map((f) => [f.category, f.source?.text]), [['indirect', 'The striker'], ['continued-quote', 'The striker']]);
    // with "asked", a comma may open an apposition before the request
    assert.deepEqual(detect('We have asked the operator, Brindle Haulage, for comment.').filter((f) => f.kind === 'attributed'), []);
  });

  it('reads quotations in single marks', () => {
    const found = detect("'We trained for this all year,' the coach said. 'Nobody expected the rain. It ruined the pitch.'").filter((f) => f.kind === 'attributed');
    assert.deepEqual(
      found.map((f) => [f.cue?.text ?? null, f.source?.text, f.text]),
      [
        ['said', 'the coach', "'We trained for this all year,' the coach said."],
        [null, 'the coach', "'Nobody expected the rain."],
        [null, 'the coach', "It ruined the pitch.'"],
      ],
    );
    assert.deepEqual(parts('‘It is too early to say,’ said Dr Amal Haddad.'), ['said', 'Dr Amal Haddad', '‘It is too early to say,’']);
    // apostrophes and a plural possessive are not quotation marks
    assert.deepEqual(cueSource("The players' union said it wasn't consulted."), ['said', "The players' union"]);
  });

  it('continues a quotation that runs over several sentences of the paragraph, one finding per sentence', () => {
    const text = '“We are outnumbered,” the captain said. “We have no shells. We have no food.” The villagers left at dawn.';
    const found = detect(text).filter((f) => f.kind === 'attributed');
    assert.deepEqual(
      found.map((f) => [f.category, f.text, f.source?.text]),
      [
        ['direct-quote', '“We are outnumbered,” the captain said.', 'the captain'],
        ['continued-quote', '“We have no shells.', 'the captain'],
        ['continued-quote', 'We have no food.”', 'the captain'],
      ],
    );
    // the speaker's content runs on through the quotation
    assert.equal(found[0].content?.text, text.slice(0, text.indexOf(' The villagers')));
    // a quotation after a colon is the frame's own content: one claim
    const colon = detect('The captain said: “We have no shells. We have no food.” The villagers left.').filter((f) => f.kind === 'attributed');
    assert.deepEqual(colon.map((f) => f.text), ['The captain said: “We have no shells. We have no food.”']);
  });

  it('keeps one claim for a quotation and its frame when "according to" says where it was reported', () => {
    assert.deepEqual(
      detect('“We will not pay,” the minister told parliament, according to a transcript released by his ministry.').filter((f) => f.kind === 'attributed').map((f) => [f.cue?.text, f.source?.text]),
      [['told', 'the minister']],
    );
  });

  it('keeps a quoted question or exclamation with the frame that follows it', () => {
    assert.deepEqual(parts('“Who will pay for the bridge?” Councillor Imre Tass asked.'), ['asked', 'Councillor Imre Tass', '“Who will pay for the bridge?”']);
    assert.deepEqual(parts('“Never again!” Ms. Adeyemi wrote.'), ['wrote', 'Ms. Adeyemi', '“Never again!”']);
    assert.deepEqual(cueSource('“Why did nobody check the dam?” a narrator in the campaign film asks.'), ['asks', 'a narrator in the campaign film']);
    assert.deepEqual(parts('“Why is the bridge still shut?” the councillor demanded.'), ['demanded', 'the councillor', '“Why is the bridge still shut?”']);
    // a new sentence after a quoted question is still a new sentence
    assert.equal(detect('“Is the ferry late?” Nobody knew. The port stayed closed.').filter((f) => f.kind === 'attributed').length, 0);
  });

  it('takes the paragraph after a frame that ends with a colon as its content', () => {
    const text = 'The harbour master added:\n\n“No ship leaves before the storm passes.”\n\n“Not one.”\n\nThe Coastal Post reports:\n\nTwo trawlers were damaged overnight.';
    const found = detect(text).filter((f) => f.kind === 'attributed');
    for (const f of found) checkSpans(text, f);
    assert.deepEqual(
      found.map((f) => [f.rule, f.cue?.text, f.source?.text, f.content?.text]),
      [
        ['attributed.colon-frame', 'added', 'The harbour master', '“No ship leaves before the storm passes.”'],
        ['attributed.continued-quote', undefined, 'The harbour master', '“Not one.”'],
        ['attributed.colon-frame', 'reports', 'The Coastal Post', 'Two trawlers were damaged overnight.'],
      ],
    );
    assert.equal(found[0].text, 'The harbour master added:\n\n“No ship leaves before the storm passes.”');
    // at the end of the article the frame has nothing to report yet
    const last = oneAttribution('The minister said in a statement:');
    assert.equal(last.content, null);
    // a colon that is not at the end of the paragraph, or page furniture, is no open frame
    assert.equal(detect('Related:\n\nThe port reopened.').filter((f) => f.kind === 'attributed').length, 0);
    assert.equal(detect('The report has three parts, he said, and they are:').filter((f) => f.rule === 'attributed.colon-frame').length, 0);
  });

  it('reads "called X Y" as a claim only when X is given a label', () => {
    assert.deepEqual(cueSource('The union called the offer insulting.'), ['called', 'The union']);
    assert.deepEqual(cueSource('The coach called the referee’s decision “a disgrace”.'), ['called', 'The coach']);
    assert.deepEqual(cueSource('Jana Hlavacova, the mayor’s deputy, called the plan a gift to developers.'), ['called', 'Jana Hlavacova, the mayor’s deputy']);
    for (const text of ['The neighbours called the police.', 'His charity, called the River Fund, bought the mill.', 'The manager called the meeting at noon.']) {
      assert.deepEqual(detect(text).filter((f) => f.kind === 'attributed'), [], text);
    }
    // a name given to the noun before it is no claim, and the speaker it names still reports
    for (const text of ['The two countries spar over whether a militia called Red Hand belongs on the list.', 'Police are looking for a man dubbed Mr Nobody by the press.', 'A patient group called Waiting Matters Ballykeeran held a protest on Saturday.', 'Fans held up a banner reading “Our club”, a protest organised by a group called Rovers Till I Die against the owners.']) {
      assert.deepEqual(detect(text).filter((f) => f.kind === 'attributed'), [], text);
    }
    assert.deepEqual(cueSource('A charity called Open Door said the cuts were cruel.'), ['said', 'A charity called Open Door']);
    assert.deepEqual(cueSource('The post, written by an account called @ValleyTruth22, alleges that the board signed the deal.'), ['alleges', 'The post, written by an account called @ValleyTruth22']);
    assert.deepEqual(cueSource('A hacking group calling itself NightParcel claimed on a forum that it had the records.'), ['claimed', 'A hacking group calling itself NightParcel']);
    for (const text of ['A petition started by a fan group calling itself the Barmy Elms has 8,000 signatures.', 'Users can turn it off under a setting called “Share my routes”.']) {
      assert.deepEqual(detect(text).filter((f) => f.kind === 'attributed'), [], text);
    }
    assert.deepEqual(cueSource('A spokesman called the report “nonsense”.'), ['called', 'A spokesman']);
    assert.deepEqual(cueSource('The startup, a firm called Brightwave, said it would hire 200 people.'), ['said', 'The startup, a firm called Brightwave']);
    assert.deepEqual(cueSource('The senator called Machado a liar.'), ['called', 'The senator']);
    assert.deepEqual(cueSource('Gail Herrera, the board president, called it the hardest decision of her career.'), ['called', 'Gail Herrera, the board president']);
    assert.deepEqual(detect('The neighbours called the best plumber in town.').filter((f) => f.kind === 'attributed'), []);
  });

  it('reports what polls and data show, but not what a picture shows', () => {
    assert.deepEqual(cueSource('Recent polls show a tight race in the county.'), ['show', 'Recent polls']);
    assert.deepEqual(cueSource('The latest average shows the mayor ahead by four points.'), ['shows', 'The latest average']);
    assert.deepEqual(detect('The photos show the harbour after the storm.').filter((f) => f.kind === 'attributed'), []);
  });

  it('finds "continued" with a quotation and reporting verbs after "continued to" or "went on to"', () => {
    assert.deepEqual(parts('The minister continued: “We will not raise taxes.”'), ['continued', 'The minister', '“We will not raise taxes.”']);
    assert.deepEqual(cueSource('“Nobody listened,” she continued.'), ['continued', 'she']);
    assert.deepEqual(detect('The strike continued for a third week.').filter((f) => f.kind === 'attributed'), []);
    assert.deepEqual(parts('The landlord continued to insist that the heating worked.'), ['insist', 'The landlord', 'that the heating worked']);
    assert.deepEqual(parts('The inspector went on to say that the wiring was unsafe.'), ['say', 'The inspector', 'that the wiring was unsafe']);
  });

  it('reads credentials and "more than" figures inside a speaker’s apposition, and "remembered" as a cue', () => {
    assert.deepEqual(cueSource('Dr. Priya Venkat, DO, chair of the department of medicine, said doctors had waited years.'), ['said', 'Dr. Priya Venkat, DO, chair of the department of medicine']);
    assert.deepEqual(cueSource('Lindqvist, a cardiologist with more than 4,000 procedures to his name, noted that the unit is new.'), ['noted', 'Lindqvist, a cardiologist with more than 4,000 procedures to his name']);
    assert.deepEqual(cueSource('More than 200 doctors said the plan was unsafe.'), ['said', 'More than 200 doctors']);
    assert.deepEqual(cueSource('“She told everyone the smell was free,” remembered Ruth Okonjo.'), ['remembered', 'Ruth Okonjo']);
  });

  it('keeps the apposition that closes a post-posed speaker', () => {
    assert.deepEqual(cueSource('“We hold the line,” said the commander, Oleg Ivanov.'), ['said', 'the commander, Oleg Ivanov']);
    assert.deepEqual(cueSource('“Go home,” said Chief Ana Ruiz, the head of the city force.'), ['said', 'Chief Ana Ruiz, the head of the city force']);
    assert.deepEqual(cueSource('“Go home,” said Ruiz, adding that the curfew stands.'), ['said', 'Ruiz']);
    // a title without a determiner, a relative clause, a second apposition
    assert.deepEqual(cueSource('“It is a tax cut for the rich,” said Ana Lind, head of the Fiscal Policy Centre.'), ['said', 'Ana Lind, head of the Fiscal Policy Centre']);
    assert.deepEqual(cueSource('“The border has gone,” said Jan Maes, a retired general who works on defence policy at the Egmont Institute.'), [
      'said',
      'Jan Maes, a retired general who works on defence policy at the Egmont Institute',
    ]);
    assert.deepEqual(cueSource('“It works,” said Rosa Diaz, policy director at the Centre for Progress, a liberal think tank.'), [
      'said',
      'Rosa Diaz, policy director at the Centre for Progress, a liberal think tank',
    ]);
    // a relative clause on its own, unless it reports a claim of its own
    assert.deepEqual(cueSource('“That is our weak spot,” said Luis Ortega, who heads the Centre for Development Research.'), [
      'said',
      'Luis Ortega, who heads the Centre for Development Research',
    ]);
    assert.equal(detect('“It is simpler,” said Ms. Kamin, who stressed that the plan would help small firms.').filter((f) => f.kind === 'attributed').length, 2);
    // an adverbial after the name is not an apposition
    assert.deepEqual(cueSource('“Go home,” said Ruiz, on Tuesday.'), ['said', 'Ruiz']);
  });

  it('reads an apposition that ends in a relative clause', () => {
    const f = oneAttribution('Jorge Ruiz, a former minister who is a harsh critic of the mayor, suggests that the city sell the port.');
    assert.equal(f.cue?.text, 'suggests');
    assert.equal(f.source?.text, 'Jorge Ruiz, a former minister who is a harsh critic of the mayor');
    assert.deepEqual(cueSource('State Rep. Lydia Farr, a Democrat whose district includes the town, said she would ask for money.'), ['said', 'State Rep. Lydia Farr, a Democrat whose district includes the town']);
  });

  it('splits a sentence with two named speakers into two claims, each over its own clause', () => {
    const text = 'Councillor Rita Osei said she was “cautiously optimistic,” but her challenger, Sam Whitlow, said his scrutineers had him ahead.';
    assert.deepEqual(
      detect(text).filter((f) => f.kind === 'attributed').map((f) => [f.text, f.cue?.text, f.source?.text]),
      [
        ['Councillor Rita Osei said she was “cautiously optimistic,”', 'said', 'Councillor Rita Osei'],
        ['her challenger, Sam Whitlow, said his scrutineers had him ahead.', 'said', 'her challenger, Sam Whitlow'],
      ],
    );
    const both = detect('Board member Alicia Moreno said she would call for an audit, while Vice Chair Ray Duchesne said the board should wait.').filter((f) => f.kind === 'attributed');
    assert.deepEqual(both.map((f) => f.source?.text), ['Board member Alicia Moreno', 'Vice Chair Ray Duchesne']);
    // a name inside the first claim's content is no second speaker
    assert.equal(detect('The mayor said the plan, and Dana Fry, had her support.').filter((f) => f.kind === 'attributed').length, 1);
  });

  it('keeps one claim when the same speaker reports twice, as a pronoun after the conjunction', () => {
    const text = 'Lindqvist explained that walking raises blood flow, though she stressed that the study could not prove it.';
    assert.deepEqual(detect(text).filter((f) => f.kind === 'attributed').map((f) => [f.cue?.text, f.text]), [['explained', text]]);
    // and "if the clubs agree a fee" is a deal, not a claim
    assert.deepEqual(detect('A deal could be done if the clubs agree a fee.').filter((f) => f.kind === 'attributed'), []);
    assert.deepEqual(cueSource('The two sides agreed that the talks had failed.'), ['agreed', 'The two sides']);
  });

  it('finds a second speaker described with a determiner or possessive, each over its own clause', () => {
    const text = 'The Health Ministry said four people had died, but a regional official, speaking on condition of anonymity, told NPA that six bodies had been found.';
    assert.deepEqual(detect(text).filter((f) => f.kind === 'attributed').map((f) => [f.text, f.source?.text]), [
      ['The Health Ministry said four people had died', 'The Health Ministry'],
      ['a regional official, speaking on condition of anonymity, told NPA that six bodies had been found.', 'a regional official'],
    ]);
    // the first claim's content ends with its clause, too
    assert.deepEqual(detect(text).filter((f) => f.kind === 'attributed').map((f) => f.content?.text), ['four people had died', 'that six bodies had been found']);
    const office = detect("The society said 287 had died, while the governor's office said at least 300 people had died.").filter((f) => f.kind === 'attributed');
    assert.deepEqual(office.map((f) => f.source?.text), ['The society', "the governor's office"]);
    const son = detect('The owner, Hamid Qureshi, said the man was a regular, while his son said the two had argued.').filter((f) => f.kind === 'attributed');
    assert.deepEqual(son.map((f) => f.source?.text), ['The owner, Hamid Qureshi', 'his son']);
  });

  it('splits a claim framed after it from a second speaker, and reads a figure put higher as an estimate', () => {
    const f = detect('The death toll has risen to 38, the council said on Tuesday, but provincial officials put the number much higher.').filter((x) => x.kind === 'attributed');
    assert.deepEqual(f.map((x) => [x.text, x.cue?.text, x.source?.text]), [
      ['The death toll has risen to 38, the council said on Tuesday', 'said', 'the council'],
      ['provincial officials put the number much higher.', 'put', 'provincial officials'],
    ]);
    const tru = detect('He argues the selectors have favoured players for years, a charge the Tawhiri Rugby Union (TRU) rejects.').filter((x) => x.kind === 'attributed');
    assert.deepEqual(tru.map((x) => x.source?.text), ['He', 'the Tawhiri Rugby Union (TRU)']);
  });

  it('finds a second speaker named with an -s or given as a plural with a plain present', () => {
    const quiles = detect('Osuna said he accepts the verdict, while his former deputy, Marta Quiles, told the paper the party had lost touch.').filter((f) => f.kind === 'attributed');
    assert.deepEqual(quiles.map((f) => f.source?.text), ['Osuna', 'his former deputy, Marta Quiles']);
    const authors = detect('The study suggests that diet matters, though the authors caution that this was not tested.').filter((f) => f.kind === 'attributed');
    assert.deepEqual(authors.map((f) => [f.cue?.text, f.source?.text]), [['suggests', 'The study'], ['caution', 'the authors']]);
  });

  it('finds "hinted that", "they report that", an estimate put at a figure and a subject after an opening time phrase', () => {
    assert.deepEqual(cueSource('Okafor also hinted that the company may list its subsidiary.'), ['hinted', 'Okafor']);
    assert.deepEqual(cueSource('They also report that participants slept longer.'), ['report', 'They']);
    assert.deepEqual(cueSource('The report estimates the cost at $31.5 million.'), ['estimates', 'The report']);
    assert.deepEqual(cueSource('On Sunday night Moreau shared a photo with her followers, writing: "Grateful for all of you."'), ['writing', 'Moreau']);
    // a newspaper's report is a noun: the newspaper's claim, not "Times reports that"
    assert.deepEqual(cueSource('The campaign seized on a New York Times report that the firm lost money.'), ['report', 'New York Times']);
  });

  it('reads what a court or a jury heard, or was told, as credited to it', () => {
    assert.deepEqual(cueSource('The jury heard that the transfers were disguised as payments.'), ['heard', 'The jury']);
    assert.deepEqual(cueSource('A finance director siphoned money from a charity, a court has heard.'), ['heard', 'a court']);
    assert.deepEqual(cueSource('A man stabbed his partner, a jury at Castlebury Crown Court heard on Monday.'), ['heard', 'a jury at Castlebury Crown Court']);
    assert.deepEqual(cueSource('The court was told that the money went to an account in his sister’s name.'), ['told', 'The court']);
  });

  it('reads an expectation with a figure or an object and "to" as a claim, and a town in an insert as no speaker', () => {
    assert.deepEqual(cueSource('Halvorsen now expects adjusted earnings of $4.60 a share.'), ['expects', 'Halvorsen']);
    assert.deepEqual(cueSource('The company expects revenue of 16.4 billion to 16.7 billion crowns for the full year.'), ['expects', 'The company']);
    assert.deepEqual(detect('Analysts expect a rise to 5% next year.').filter((f) => f.kind === 'attributed'), []);
    assert.deepEqual(cueSource('The company expects the programme to be completed by 2026.'), ['expects', 'The company']);
    assert.deepEqual(detect('The company expects growth.').filter((f) => f.kind === 'attributed'), []);
    assert.deepEqual(cueSource('The defendant, who lives in Harwood Lane, Fenbridge, denies 12 counts of fraud.'), ['denies', 'The defendant']);
  });

  it('keeps one claim for a passive frame and the relative clause that says what the agent said', () => {
    assert.deepEqual(
      detect('Her death was confirmed by her daughter, Clare Bose, who said the cause was heart failure.').filter((f) => f.kind === 'attributed').map((f) => [f.cue?.text, f.content?.text]),
      [['said', 'the cause was heart failure']],
    );
  });

  it('splits a claim at ", but analysts said" and reads a quantifier alone as the speaker', () => {
    const found = detect('The minister proposed a flat tax, but analysts agreed it would favour the rich.').filter((f) => f.kind === 'attributed');
    assert.deepEqual(found.map((f) => [f.cue?.text, f.source?.text]), [['proposed', 'The minister'], ['agreed', 'analysts']]);
    assert.deepEqual(cueSource('To varying degrees, all agreed that the levy would rise.'), ['agreed', 'all']);
  });

  it('takes the subject of the clause for a second verb after "and"', () => {
    assert.deepEqual(cueSource('The porters waited all night and said nothing had been delivered.'), ['said', 'The porters']);
    // an empty "it" is no speaker
    assert.deepEqual(detect('It is understood that officers considered the plan but rejected it on cost grounds.').map((f) => f.kind), ['unverified']);
    // "at least" is part of the speaker
    assert.deepEqual(cueSource('The firm grew, and at least two rivals have said they will follow.'), ['said', 'at least two rivals']);
  });

  it('finds "cites" with a lower-case subject and no noun read as a verb after a preposition', () => {
    assert.deepEqual(cueSource('The agency cites officials as saying the plant closed.'), ['cites', 'The agency']);
    assert.deepEqual(detect('Her plan needs the help of states that may refuse.').filter((f) => f.kind === 'attributed'), []);
  });

  it('finds an inverted frame that opens the sentence', () => {
    assert.deepEqual(parts('Said Ellis: “I don’t see any appetite for reform.”'), ['Said', 'Ellis', '“I don’t see any appetite for reform.”']);
    assert.deepEqual(cueSource('Added the harbour master, “The pier is closed.”'), ['Added', 'the harbour master']);
  });

  it('finds "as X said" frames before and after the claim', () => {
    assert.deepEqual(parts('The road had been closed for a week, as residents have said.'), ['said', 'residents', 'The road had been closed for a week']);
    assert.deepEqual(parts('As the agency reported on Monday, the plant closed.'), ['reported', 'the agency', 'the plant closed']);
  });

  it('credits a document with what a restrictive relative clause on it says, without the time', () => {
    assert.deepEqual(cueSource('He released a letter from his doctor on Friday that says he is in good health.'), ['says', 'a letter from his doctor']);
    assert.deepEqual(cueSource('The group published a report that found 40 percent of bridges were unsafe.'), ['found', 'a report']);
    assert.deepEqual(parts('She shared a memo from the chief executive that said 900 jobs would go.'), ['said', 'a memo from the chief executive', '900 jobs would go']);
    // a subject: the claim would run into the main clause
    assert.deepEqual(detect('A letter that says he is healthy was released.').filter((f) => f.kind === 'attributed'), []);
    assert.deepEqual(detect('He held up a sign that says the end is near.').filter((f) => f.kind === 'attributed'), []);
  });

  it('reads "claims" or "estimates" after a determined subject as a verb when a plain clause follows', () => {
    assert.deepEqual(cueSource('The company claims the system makes 60 percent fewer errors than its predecessor.'), ['claims', 'The company']);
    assert.deepEqual(cueSource('The agency estimates the storm destroyed 900 homes.'), ['estimates', 'The agency']);
    assert.deepEqual(cueSource('The union claims the trust spent £4.2m on agency staff.'), ['claims', 'The union']);
  });

  it('finds the subject of ", citing …" past a bracketed acronym and a time', () => {
    assert.deepEqual(cueSource('The Petroleum Pricing Authority (PPA) on Friday raised the price of petrol by Sh14, citing higher landing costs.'), ['citing', 'The Petroleum Pricing Authority (PPA)']);
  });

  it('reads "would only say", a "where" clause in the speaker, and no claim in being questioned', () => {
    assert.deepEqual(cueSource('Her agent, Mirela Toth, would only say that conversations are ongoing.'), ['say', 'Her agent, Mirela Toth']);
    assert.deepEqual(cueSource('The Marrowdale Track Club, where Akers trains, said in a statement that it was cooperating.'), ['said', 'The Marrowdale Track Club']);
    assert.deepEqual(detect('The coach was questioned by investigators.').filter((f) => f.kind === 'attributed'), []);
  });

  it('keeps "who spoke to X" in the speaker', () => {
    assert.deepEqual(cueSource('But residents who spoke to the Sentinel insisted they heard gunshots.'), ['insisted', 'residents who spoke to the Sentinel']);
    assert.deepEqual(cueSource('Officials who talked to Reuters said the deal was close.'), ['said', 'Officials who talked to Reuters']);
  });

  it('keeps an ampersand inside a name', () => {
    assert.deepEqual(cueSource('Procter & Gamble said sales rose.'), ['said', 'Procter & Gamble']);
    const two = detect('Some analysts claim the forecast is too rosy, while Lena Brask of Holm & Ferry Securities noted that cash flow had weakened.').filter((f) => f.kind === 'attributed');
    assert.deepEqual(two.map((f) => f.source?.text), ['Some analysts', 'Lena Brask of Holm & Ferry Securities']);
  });

  it('reads a surname that is also a past tense as a name, and a participle before a noun as a modifier', () => {
    assert.deepEqual(cueSource('The director, Ambrose Fell, told reporters that the shoot was hard.'), ['told', 'The director, Ambrose Fell']);
    assert.deepEqual(cueSource('The owner, Ruth Rose, said the man was a regular.'), ['said', 'The owner, Ruth Rose']);
    assert.deepEqual(cueSource('According to a charging document filed with the court, the men smashed the cases.'), ['According to', 'a charging document filed with the court']);
  });

  it('reads a short courtesy in a transcript as no claim', () => {
    const text = 'PRESENTER: Minister, thanks for joining us this morning.\n\nMINISTER: Good morning, Joanne. Glad to be here.\n\nMINISTER: We closed the plant this morning.\n\nPRESENTER: Minister, thank you.';
    assert.deepEqual(detect(text).filter((f) => f.kind === 'attributed').map((f) => f.text), ['MINISTER: We closed the plant this morning.']);
  });

  it('does not read a headline with a colon as a speaker label', () => {
    for (const text of ['Central Bank of Lorvania: December rate decision', "# Poll: Thurlow's approval slips as voters sour on transit plan", "Poll: Thurlow's approval slips as voters sour on transit plan\n\nThe governor's rating fell."]) {
      assert.deepEqual(detect(text).filter((f) => f.kind === 'attributed'), [], text);
    }
    assert.deepEqual(cueSource('MINISTER: That is untrue. The board recommended 30 per cent.'), [':', 'MINISTER']);
  });

  it('finds a stance taken in a closing "which" clause or on a claim by a pronoun', () => {
    const which = detect('The ministry said 40 people had died, which the rebels dispute.').filter((f) => f.kind === 'attributed');
    assert.deepEqual(which.map((f) => [f.text, f.cue?.text, f.source?.text]), [
      ['The ministry said 40 people had died', 'said', 'The ministry'],
      ['which the rebels dispute.', 'dispute', 'the rebels'],
    ]);
    assert.deepEqual(cueSource('Retailers are said to have kept selling the heaters, which the company disputes.'), ['disputes', 'the company']);
    assert.deepEqual(cueSource('The minister took bribes, a claim he denies.'), ['denies', 'he']);
    assert.deepEqual(detect('He said the plan was working, which is true.').filter((f) => f.kind === 'attributed').length, 1);
  });

  it('finds a claim named and judged after a quotation or a comma, and a verb after an inserted adverb', () => {
    const f = detect('Akande wrote that lower rates “will pay for themselves within five years,” a claim the LFO has called unsupported by the state’s own data.').filter((x) => x.kind === 'attributed');
    assert.deepEqual(f.map((x) => [x.text, x.cue?.text, x.source?.text]), [
      ['Akande wrote that lower rates “will pay for themselves within five years,”', 'wrote', 'Akande'],
      ['a claim the LFO has called unsupported by the state’s own data.', 'called', 'the LFO'],
    ]);
    assert.deepEqual(detect('She said the town was safe, a statement critics described as naive.').filter((x) => x.kind === 'attributed').map((x) => x.source?.text), ['She', 'critics']);
    assert.deepEqual(parts('He did, however, acknowledge that the squad needed another striker.'), ['acknowledge', 'He', 'that the squad needed another striker']);
  });

  it('credits a report with the outlet named before it', () => {
    assert.deepEqual(parts('Clinton is seizing upon a New York Times report that Trump had a net loss of $915 million.'), ['report', 'New York Times', 'that Trump had a net loss of $915 million']);
    assert.deepEqual(detect('A Reuters report that the bank was cutting jobs sent shares lower.').filter((f) => f.kind === 'attributed'), []);
    const inCourier = oneAttribution('The company declined to comment on a report in the Kelmsford Courier that it is weighing a sale.');
    assert.deepEqual([inCourier.text, inCourier.cue?.text, inCourier.source?.text], ['a report in the Kelmsford Courier that it is weighing a sale.', 'report', 'the Kelmsford Courier']);
    assert.deepEqual(detect('He wrote a report in March that the bank would close.').filter((f) => f.kind === 'attributed'), []);
  });

  it('reads a memory of words heard, quoted, as a claim', () => {
    assert.deepEqual(cueSource('A neighbour, Priya Ramsden, recalled hearing "shouting, then a thud" at about 11pm.'), ['recalled', 'A neighbour, Priya Ramsden']);
    assert.deepEqual(detect('She recalled hearing the news on the radio.').filter((f) => f.kind === 'attributed'), []);
  });

  it('reads a fact-check\'s "Claim:" as a label and leaves a closing "since Friday" out of the speaker', () => {
    assert.deepEqual(cueSource('Claim: A viral post says the reservoir will be emptied by August.'), ['says', 'A viral post']);
    assert.deepEqual(cueSource('A post shared 40,000 times on the platform Chatter since Friday claims that the board sold the reservoir.'), ['claims', 'A post shared 40,000 times on the platform Chatter']);
  });

  it('reads a pollster like a poll: what it found is a claim', () => {
    assert.deepEqual(cueSource('In October, the same pollster found her approval at 49 percent.'), ['found', 'the same pollster']);
  });

  it('reads "It reads:" after a sentence that ends on a statement as that statement', () => {
    const text = 'Torvane Chemicals has issued a statement. It reads: "All 84 staff have been accounted for."';
    assert.deepEqual(parts(text), ['reads', 'a statement', '"All 84 staff have been accounted for."']);
    assert.deepEqual(detect('The firm put up a sign. It reads: "Closed."').filter((f) => f.kind === 'attributed'), []);
  });

  it('finds a verb of manner framing a quotation, and nothing where no quotation is framed', () => {
    assert.deepEqual(cueSource('Asked about the rumours, manager Gareth Oyelaran smiled: "I read the same newspapers you do."'), ['smiled', 'manager Gareth Oyelaran']);
    assert.deepEqual(cueSource('She shouted, “Get out of my house!”'), ['shouted', 'She']);
    assert.deepEqual(cueSource('“We won,” he grinned.'), ['grinned', 'he']);
    for (const text of ['He smiled at the crowd.', 'The crowd shouted.', 'A smile: the best medicine.']) {
      assert.deepEqual(detect(text).filter((f) => f.kind === 'attributed'), [], text);
    }
  });

  it('does not read a sound that echoes as a view echoed', () => {
    for (const text of ['Artillery fire echoed across the eastern outskirts on Tuesday.', 'Her words echoed through the hall.']) {
      assert.deepEqual(detect(text).filter((f) => f.kind === 'attributed'), [], text);
    }
    assert.deepEqual(cueSource('Pence echoed statements by Trump that the system was rigged.'), ['echoed', 'Pence']);
  });

  it('finds what a court rules, with a tally or an adverb in the cue, and not a rule or a ruling as a noun', () => {
    assert.deepEqual(parts('The appeals court ruled that the map was unconstitutional.'), ['ruled', 'The appeals court', 'that the map was unconstitutional']);
    assert.deepEqual(parts('The Supreme Court struck down the map on Monday, ruling 5-2 that lawmakers had diluted votes.'), ['ruling 5-2', 'The Supreme Court', 'that lawmakers had diluted votes']);
    assert.deepEqual(cueSource('A federal judge rules that the law is void.'), ['rules', 'A federal judge']);
    for (const text of ['Officials have ruled that out.', 'The ruling that the map was illegal angered lawmakers.', 'The plan is a set of Clean Air Act rules that could close plants.', 'The judge ruled in favour of the city.']) {
      assert.deepEqual(detect(text).filter((f) => f.kind === 'attributed'), [], text);
    }
    assert.deepEqual(cueSource('"It is void," said the ruling.'), ['said', 'the ruling']);
  });

  it('finds passive "as reported by X" frames, and no source in a time', () => {
    assert.deepEqual(parts('As first reported by the Herald, the mayor spent $2 million on the project.'), ['reported', 'the Herald', 'the mayor spent $2 million on the project']);
    assert.deepEqual(parts('The plant closed in May, as described in the lawsuit.'), ['described', 'the lawsuit', 'The plant closed in May']);
    assert.deepEqual(detect('As noted in March, the bank is cutting jobs.').filter((f) => f.kind === 'attributed'), []);
    assert.deepEqual(detect('As expected, the bank is cutting jobs.').filter((f) => f.kind === 'attributed'), []);
  });

  it('finds plural subjects with a prepositional phrase and relative "whom"', () => {
    assert.deepEqual(cueSource('Farmers in the valley and across the region say the river is drying up.'), ['say', 'Farmers in the valley and across the region']);
    const f = oneAttribution('The plan angered the fishermen, many of whom say the quotas are unfair.');
    assert.equal(f.cue?.text, 'say');
  });

  it('finds a participle claim after an introductory word and comma', () => {
    const f = oneAttribution('Meanwhile, the union attacked the board, saying it had ignored the safety reports.');
    assert.equal(f.cue?.text, 'saying');
    assert.equal(f.source?.text, 'the union');
  });

  it('reads the claim of a stance verb with a bare object from the reporting participle after it', () => {
    assert.deepEqual(parts('The governor rejected the audit, saying its figures were years out of date.'), ['saying', 'The governor', 'its figures were years out of date']);
    assert.deepEqual(parts('The chairwoman defended the merger, arguing that prices would fall.'), ['arguing', 'The chairwoman', 'that prices would fall']);
    assert.deepEqual(parts('The minister responded to the petition on Friday by saying the school would stay open.'), ['saying', 'The minister', 'the school would stay open']);
    // an object clause is the claim itself: the participle continues it
    assert.deepEqual(cueSource('The coach denied that the team had been paid, adding that the club kept full accounts.'), ['denied', 'The coach']);
    assert.deepEqual(cueSource('The coach said the team was ready, adding that two players were injured.'), ['said', 'The coach']);
  });

  it('finds the subject of a participle claim or a coordinated verb across an apposition', () => {
    assert.deepEqual(cueSource('Ines Moreau, a former party chairwoman, visited the depot on Sunday, writing, “The queues are back.”'), ['writing', 'Ines Moreau, a former party chairwoman']);
    assert.deepEqual(cueSource('Paul Ortiz, her running mate, toured the site and said the cleanup was too slow.'), ['said', 'Paul Ortiz, her running mate']);
    // a comparison inserted after the name is not part of the speaker
    assert.deepEqual(cueSource('Senator Lund, like her rival, has said the base will stay open.'), ['said', 'Senator Lund']);
  });

  it('keeps one claim for a speaker who reports twice in a sentence, and leaves adverbs out of the speaker', () => {
    const attributed = (text: string): Finding[] => detect(text).filter((f) => f.kind === 'attributed');
    // the participle and the coordinated verb continue the first report, as the guidelines label it
    assert.equal(attributed('Wounded drivers have reported abuse by the company, claiming they were denied sick pay.').length, 1);
    assert.equal(attributed('The director denied any cuts to the service and maintained that the clinics are open as usual.').length, 1);
    assert.equal(attributed('The opposition described the vote as a farce and said the count would be challenged.').length, 1);
    // "then", "hardly" and an inserted ", in particular," are not part of the speaker
    assert.deepEqual(cueSource('Senator Ruiz, in particular, has criticized the levy.'), ['criticized', 'Senator Ruiz']);
    assert.deepEqual(cueSource('Meanwhile, she then left the room, saying, “We had no other choice.”'), ['saying', 'she']);
    assert.deepEqual(cueSource('The minister hardly paused, insisting the figures were sound.'), ['insisting', 'The minister']);
  });

  it('finds a gerund after a preposition, spoken by the subject of its clause', () => {
    assert.deepEqual(parts('The mayor opened the meeting by saying that the budget was balanced.'), ['saying', 'The mayor', 'that the budget was balanced']);
    assert.deepEqual(parts('After claiming the seat was safe, the senator spent a week in the district.'), ['claiming', 'the senator', 'the seat was safe']);
    assert.deepEqual(parts('After saying her knee was “too swollen to walk on,” she was taken to hospital.'), ['saying', 'she', 'her knee was “too swollen to walk on,”']);
    assert.deepEqual(cueSource('On Monday they ended the hearing by announcing that the vote was void.'), ['announcing', 'they']);
    assert.deepEqual(cueSource('They learned of the deal on Friday and almost immediately disclosed it to the press.'), ['disclosed', 'They']);
    assert.deepEqual(cueSource('Okafor, a retired judge, then went on radio and began by saying she would not stand.'), ['saying', 'Okafor']);
    // nothing said
    // a request is not a claim
    assert.deepEqual(detect('“I don’t know where my son is,” said one mother, who asked that her name not be used.').filter((f) => f.kind === 'attributed').map((f) => f.cue?.text), ['said']);
    for (const text of ['She refrained from saying whether the plan was dead.', 'He left the hall without saying that he would return.', 'The prosecutors decided against recommending charges in July.']) {
      assert.deepEqual(detect(text).filter((f) => f.kind === 'attributed'), [], text);
    }
  });

  it('finds verbs that report a stance: praise, condemn, reject, echo, liken', () => {
    for (const verb of ['praised', 'condemned', 'rejected', 'echoed', 'denounced', 'applauded']) {
      const f = oneAttribution(`The federation ${verb} the new transfer rules.`);
      assert.equal(f.cue?.text, verb);
      assert.equal(f.source?.text, 'The federation');
    }
    assert.equal(oneAttribution('Senator Ruiz likened the bill to a blank cheque.').cue?.text, 'likened');
  });

  it('does not treat a denial of speech as a claim', () => {
    assert.deepEqual(detect('The army has not confirmed the losses.').filter((f) => f.kind === 'attributed'), []);
    assert.deepEqual(detect('The spokesman did not say when talks would resume.').filter((f) => f.kind === 'attributed'), []);
    assert.deepEqual(detect('Neither Washington nor Kyiv has confirmed the report.').filter((f) => f.kind === 'attributed'), []);
    assert.deepEqual(detect('No group has claimed responsibility for the attack.').filter((f) => f.kind === 'attributed'), []);
  });

  it('resolves a pronoun speaker to the named speaker for a continued quotation', () => {
    const text = 'Rangers captain Ola Berg said the team was tired.\n“We were lucky,” he said.\n“The second half was poor.”';
    const found = detect(text).filter((f) => f.kind === 'attributed');
    const cont = found.find((f) => f.category === 'continued-quote');
    assert.equal(cont?.source?.text, 'Rangers captain Ola Berg');
  });

  it('resolves a pronoun source to the nearest preceding named source', () => {
    const text = 'Harbour master Lin Ode said the pier was unsafe.\n\nShe added that repairs would take a month.';
    const found = detect(text).filter((f) => f.kind === 'attributed');
    assert.equal(found.length, 2);
    assert.equal(found[1].source?.text, 'She');
    assert.equal(found[1].resolvedSource?.text, 'Harbour master Lin Ode');
    assert.equal(text.slice(found[1].resolvedSource?.start, found[1].resolvedSource?.end), 'Harbour master Lin Ode');
    const same = detect('The mayor, Rosa Ibe, said the works were late. She added that costs had doubled.').filter((f) => f.kind === 'attributed');
    assert.equal(same[1].resolvedSource?.text, 'The mayor, Rosa Ibe');
    assert.equal(detect('He said the road was shut.')[0].resolvedSource, undefined);
    // "he" and "she" stand for a person, not for a ministry or a survey named since
    const later = detect('Harbour master Lin Ode said the pier was unsafe.\n\nAccording to the port authority, repairs will cost $2 million.\n\nShe added that the ferry would stop.').filter((f) => f.kind === 'attributed');
    assert.equal(later[2].resolvedSource?.text, 'Harbour master Lin Ode');
    const inBlock = detect('Harbour master Lin Ode said the pier was unsafe. According to the port authority, repairs will cost $2 million. She added that the ferry would stop.').filter((f) => f.kind === 'attributed');
    assert.equal(inBlock[2].resolvedSource?.text, 'Harbour master Lin Ode');
    const it = detect('Harbour master Lin Ode said the pier was unsafe. The port authority said repairs would cost $2 million. It added that the ferry would stop.').filter((f) => f.kind === 'attributed');
    assert.equal(it[2].resolvedSource?.text, 'The port authority');
  });

  it('resolves "he" and "she" to a person named as a sentence subject, and credits the quotation they continue', () => {
    const text = 'Ilse Varga has spent nineteen years diving off Marrow Point.\n\n“It was like a cathedral,” she says. “Now you can see the bottom.”';
    const found = detect(text).filter((f) => f.kind === 'attributed');
    assert.deepEqual(found.map((f) => [f.category, f.source?.text, f.resolvedSource?.text]), [
      ['direct-quote', 'she', 'Ilse Varga'],
      ['continued-quote', 'Ilse Varga', undefined],
    ]);
    // after an opening phrase; but not a group, a plural or a word in -ing
    const town = detect('During the town hall, Tina Hale had a question.\n\n“Why do you refuse?” she asked.').filter((f) => f.kind === 'attributed');
    assert.equal(town[0].resolvedSource?.text, 'Tina Hale');
    const feature = detect('Every morning at six, Agnes Mbeki unties the ferry.\n\n“It was meant to be for a week,” she says.').filter((f) => f.kind === 'attributed');
    assert.equal(feature[0].resolvedSource?.text, 'Agnes Mbeki');
    // the subject of a later clause or sentence, in a paragraph with claims or without
    const clause = 'Her mother, Rona Tilley, said she worried about it.\n\nLast February the motor failed, and Agnes Mbeki rowed them across.\n\n“I was more embarrassed than frightened,” she recalled.';
    assert.equal(detect(clause).filter((f) => f.kind === 'attributed').pop()?.resolvedSource?.text, 'Agnes Mbeki');
    const inClaims = 'Rona Tilley said the crossing was slow, and Agnes Mbeki rowed on. “I was embarrassed,” she recalled.';
    assert.equal(detect(inClaims).filter((f) => f.kind === 'attributed').pop()?.resolvedSource?.text, 'Agnes Mbeki');
    for (const opener of ['Police have closed the road.', 'Rescuers worked all night.', 'Warming is part of it, experts say.', 'Tesla shares fell sharply.']) {
      const f = detect(`${opener}\n\n“It was terrible,” she said.`).filter((x) => x.kind === 'attributed').pop();
      assert.equal(f?.resolvedSource, undefined, opener);
    }
  });

  it('keeps a home town and its state in the speaker', () => {
    assert.deepEqual(cueSource('Johnnie Wilson, of Springfield, Va., said he had fought in Vietnam.'), ['said', 'Johnnie Wilson, of Springfield, Va.']);
    assert.deepEqual(cueSource('Donna Rawlings, 59, of Ashton, Md., who watched on a screen, said the day was moving.'), ['said', 'Donna Rawlings, 59, of Ashton, Md.']);
  });

  it('does not report a quotation paragraph with no attributed quotation before it', () => {
    const found = detect('The sun set early.\n“What a day.”').filter((f) => f.kind === 'attributed');
    assert.deepEqual(found, []);
  });

  it('does not report nested attributions inside another claim', () => {
    const found = detect('The bulletin stated that the minister has claimed the deal was signed.').filter((f) => f.kind === 'attributed');
    assert.equal(found.length, 1);
    assert.equal(found[0].cue?.text, 'stated');
  });

  it('ignores narrative sentences and agentless passives', () => {
    assert.deepEqual(detect('The train left the station at noon and arrived late.'), []);
    assert.deepEqual(detect('He was then told to wait outside.').filter((f) => f.kind === 'attributed'), []);
    assert.deepEqual(detect('The video shows the colonel on a stretcher.').filter((f) => f.kind === 'attributed'), []);
  });

  it('does not read a relative clause without "that", a number or a superlative as a speaker', () => {
    const attributed = (text: string): Finding[] => detect(text).filter((f) => f.kind === 'attributed');
    // "the guides I wrote", "the programme it maintains": the pronoun is the subject of a relative clause
    assert.deepEqual(attributed('Please read the two guides I wrote in 2019 for people in that position.'), []);
    assert.deepEqual(attributed('The foundation maintains a scholarship for young engineers.'), []);
    assert.deepEqual(attributed('Carmaker recalls 40,000 vans over brake fault'), []);
    assert.deepEqual(cueSource('The aide recalled Ms. Varga talking about the flood.'), ['recalled', 'The aide']);
    assert.deepEqual(attributed('Thirty-one states joined the lawsuit against the rule.'), []);
    assert.deepEqual(attributed('This is the greatest fear that I have ever seen in the town.'), []);
    // a pronoun right before the verb is the whole speaker
    assert.deepEqual(cueSource('A week ago in an interview with the local radio station he argued that the tax was unfair.'), ['argued', 'he']);
    assert.deepEqual(cueSource('As you very rightly pointed out, the bridge is old.'), ['pointed out', 'you']);
    // but the relative clause still reports when it takes a clause
    assert.equal(attributed('The council published the figures it said the mill would need.').length, 1);
    assert.deepEqual(cueSource('The ministry maintained that the dam was safe.'), ['maintained', 'The ministry']);
    // think-tank verbs report with a clause only
    assert.deepEqual(cueSource('The institute assessed that the city would not fall before winter.'), ['assessed', 'The institute']);
    assert.deepEqual(cueSource('Analysts speculated the deal would collapse.'), ['speculated', 'Analysts']);
    assert.deepEqual(attributed('Engineers assessed the damage on Monday.'), []);
  });

  it('does not read requests, undertakings, declarations, conditions or nouns spelled like verbs as claims', () => {
    const attributed = (text: string): Finding[] => detect(text).filter((f) => f.kind === 'attributed');
    for (const text of [
      'The port has asked its neighbours for two more tugboats.',
      'The witness was at times asked by the judge to speak up.',
      'The ministers agreed on Monday to set up a joint fund.',
      'The province declared a state of emergency on Sunday.',
      'If the lab confirms the result, the case goes to a tribunal.',
      'Residents had barely an hour’s warning before the dam broke.',
      'Under questioning from the prosecutor, the clerk stayed calm.',
      'The talks ended without progress on the border disputes that have divided the two towns.',
      'The county logged 812 cases, twice the number reported the year before.',
      'The council has told residents near the site to keep their windows shut.',
      'The board asked anyone with photos or video of the incident to contact the agency.',
      'A final offer is due before the window slams shut on Friday.',
      'Key questions now facing the company:',
      'Get those jokes off, adding levity.',
      'Officers warned residents to stay indoors and keep their doors locked.',
      'The weather bureau has extended its red warning until 03:00.',
      'The final result is expected by Friday afternoon.',
      'A ruling is expected by the end of the year.',
      'Police urged people not to share footage of the attack.',
      'Police urged anyone with dashcam footage from the area to come forward.',
      'I have written about the four-day working week three times in the past five years.',
      'Were you shown that email?',
      'Verdict: False. The reservoir is being lowered for repairs.',
      'Donors have pledged $3.2 million towards the cost.',
      'Renner called the trainer at 3-3 in the final set and had her wrist strapped.',
      'Rusk’s alleged stamp on Halloway went unpunished by the officials.',
      "The mayor's stated aim is to cut traffic.",
      'Did the ministry say the bridge was safe?',
      'Readers may not let editorials tell them how to vote.',
      'He cut off a reporter who asked about finances.',
      'Not everything has gone according to plan.',
      'She helped the club claim the championship title in 2023.',
      'The midfielder reported for pre-season training on Monday.',
      'He is feared by his rivals.',
      'The court heard the case in March.',
      'The weather service had issued a severe storm warning for the capital.',
    ]) {
      assert.deepEqual(attributed(text), [], text);
    }
    // but a question, "agreed that" and "agreed with" report
    assert.equal(parts('The reporter asked the minister whether the plant would close.')[0], 'asked');
    assert.equal(parts('The ministers agreed that the fund was too small.')[0], 'agreed');
    assert.equal(parts('She accepted that the ward had been short of nurses.')[0], 'accepted');
    assert.deepEqual(cueSource('Talks have begun, people familiar with the matter told Reuters, asking not to be named.'), ['told', 'people familiar with the matter']);
    // a clause's verb before the "to", or a "to" before a noun phrase, is no instruction
    assert.deepEqual(cueSource('Anita Rourke told the newspaper the company expected the wall to be finished by June.'), ['told', 'Anita Rourke']);
    assert.deepEqual(cueSource('The union had warned in a letter to the company that the hangar was unsafe.'), ['warned', 'The union']);
    assert.deepEqual(cueSource('Officers warned residents that burglars often return.'), ['warned', 'Officers']);
    assert.deepEqual(cueSource('The agency issued a stark warning that the dam could fail.'), ['issued a stark warning', 'The agency']);
    // a participle that describes the noun of an opening phrase is no cue
    assert.deepEqual(cueSource('In a blog post announcing the launch, chief product officer Mateo Ferris wrote that it took three years.'), ['wrote', 'chief product officer Mateo Ferris']);
    assert.deepEqual(cueSource('The claim was denied by May Tan, the spokeswoman.'), ['denied', 'May Tan']);
  });

  it('does not read authorship or empty sayings as claims', () => {
    for (const text of ['She tied her apron and said a quiet word to the photograph.', 'She said goodbye to her family.', 'He said nothing for a while.', 'He wrote a book about the war.', 'He told a story about his grandfather.', 'She tells jokes for a living.', 'Her neighbour told a long, sad story about the winter.', 'He laughed as he told it.']) {
      assert.deepEqual(detect(text).filter((f) => f.kind === 'attributed'), [], text);
    }
    assert.equal(oneAttribution('The columnist wrote in an editorial that the plan had failed.').cue?.text, 'wrote');
  });

  it('supports extra cues and ignored words', () => {
    assert.equal(detect('The blogger theorized that taxes were too high.').filter((f) => f.kind === 'attributed').length, 0);
    assert.equal(detect('The blogger theorized that taxes were too high.', { extraCues: ['theorize'] }).filter((f) => f.kind === 'attributed').length, 1);
    assert.equal(detect('The blogger posted on her channel that taxes were too high.', { extraCues: ['posted on her channel'] })[0]?.cue?.text, 'posted on her channel');
    assert.equal(detect('The mayor said the road was closed.', { ignore: ['said'] }).length, 0);
  });
});
