import * as assert from 'node:assert/strict';
import { checkSpans, detect } from './helpers';

/** The cue texts and categories of the unverified findings in `text`. */
function hedges(text: string, includeModal = false): Array<[string | undefined, string]> {
  return detect(text, { includeModal })
    .filter((f) => f.kind === 'unverified')
    .map((f) => {
      checkSpans(text, f);
      assert.equal(f.source, null);
      assert.match(f.rule, /^unverified\./);
      return [f.cue?.text, f.category];
    });
}

describe('detector: unverified statements', () => {
  it('gives each clause with a hedge of its own its own finding', () => {
    const text = 'The group is believed to be preparing a court challenge, and it has been suggested that a ruling could delay the cap.';
    const found = detect(text).filter((f) => f.kind === 'unverified');
    assert.deepEqual(found.map((f) => [f.text, f.cue?.text]), [
      ['The group is believed to be preparing a court challenge', 'is believed to'],
      ['and it has been suggested that a ruling could delay the cap.', 'it has been suggested'],
    ]);
    for (const f of found) checkSpans(text, f);
    // a clause that speaks of the one before: one statement
    assert.deepEqual(hedges('The gang reportedly sold the drugs, but police said they had not been able to confirm this.'), [['reportedly', 'evidential']]);
    assert.deepEqual(hedges('It has been reported that a rival is studying the assets, though that remains unconfirmed.'), [['It has been reported', 'vague-reporting']]);
    // one clause, two hedges: one statement
    assert.deepEqual(hedges('The minister reportedly resigned and allegedly took the files.'), [['reportedly', 'evidential']]);
  });

  it('reads "could be verified" after a negative subject as a hedge', () => {
    assert.deepEqual(hedges('Neither figure could be independently verified.'), [['could be independently verified', 'evidential']]);
    assert.deepEqual(hedges('None of the claims has been confirmed.'), [['has been confirmed', 'evidential']]);
    assert.deepEqual(hedges('The figure could be verified later.'), []);
  });

  it('does not flag allegations named again, but does flag new ones', () => {
    assert.deepEqual(hedges('The league said it was aware of the allegations and would ask both clubs for their observations.'), []);
    assert.deepEqual(hedges('A lawyer said the allegations in the lawsuit were baseless.'), []);
    assert.deepEqual(hedges('She denied the allegations that her office steered contracts.'), [['allegations', 'evidential']]);
    assert.deepEqual(hedges('The allegations of fraud surfaced in May.'), [['allegations', 'evidential']]);
  });

  it('finds evidential hedges', () => {
    const cases: Array<[string, string]> = [
      ['The factory was reportedly closed last spring.', 'reportedly'],
      ['The BBC has not been able to verify the footage.', 'not been able to verify'],
      ['Allegedly, the payments continued for years.', 'Allegedly'],
      ['Investigators examined an alleged bribe.', 'alleged'],
      ['Rusk’s alleged stamp went unpunished.', 'alleged'],
      ['The firm faces allegations of fraud.', 'allegations'],
      ['The captain is believed to have left the ship.', 'is believed to'],
      ['It is believed that the vault was empty.', 'It is believed'],
      ['The signature appears to be forged.', 'appears to'],
      ['The singer is said to be furious.', 'is said to'],
      ['A purportedly leaked memo circulated online.', 'purportedly'],
      ['The couple are rumoured to have split.', 'are rumoured to'],
      ['The death toll remains unconfirmed.', 'remains unconfirmed'],
      ['An as-yet unverified report put the figure at 90.', 'as-yet unverified'],
      ['The toll is impossible to verify.', 'impossible to verify'],
      ['It is thought that the convoy carried fuel.', 'It is thought'],
      ['The death toll has not been confirmed.', 'has not been confirmed'],
      ['The agency was unable to independently confirm the account.', 'unable to independently confirm'],
      ['The video cannot be independently verified.', 'cannot be independently verified'],
      ['The footage could not be independently verified.', 'could not be independently verified'],
      ['The figure has not been checked by the council.', 'has not been checked'],
      // the evidential without its "is", after a comma
      ['The jury saw photographs, said to have been taken in 2019, of the yard.', 'said to'],
      ['The man, believed to be in his 30s, was arrested.', 'believed to'],
      ['It is learnt that two other mills are looking for land.', 'It is learnt'],
      ['It was gathered that the firm had held talks with an investor.', 'It was gathered'],
      ['Dozens of people are feared trapped under the rubble.', 'are feared trapped'],
      ['In the old town, it is feared that the toll could be higher.', 'it is feared'],
      ['The figures come from a study that has not yet been peer-reviewed.', 'has not yet been peer-reviewed'],
      ['The couple split in June, with the pair said to be living apart.', 'said to'],
      ['A video said to show the aftermath has been shared widely.', 'said to'],
    ];
    for (const [text, cue] of cases) {
      const found = hedges(text);
      assert.equal(found.length, 1, text);
      assert.equal(found[0][0], cue, text);
      assert.equal(found[0][1], 'evidential', text);
    }
  });

  it('finds agentless and vague reporting', () => {
    const cases: Array<[string, string]> = [
      ['It has been reported that the border is shut.', 'It has been reported'],
      ['It has also been reported that flights resumed.', 'It has also been reported'],
      ['The plan may fail, it has been suggested.', 'it has been suggested'],
      ['The move came amid claims that ballots were lost.', 'claims that'],
      ['There are also claims that the leak began in March.', 'There are also claims'],
      ['Some sources claim that the general resigned.', 'Some sources claim'],
      ['There have been multiple reports of looting.', 'There have been multiple reports'],
      ['Rumours are circulating that the coach will quit.', 'Rumours are circulating'],
      ['Reports say the dam has cracked.', 'Reports say'],
      ['There are unconfirmed reports that the mayor fled.', 'There are unconfirmed reports'],
      ['Sources say the minister will resign.', 'Sources say'],
      ['Sources intimated that officers had been told to deal firmly with protesters.', 'Sources intimated'],
      ['According to reports, two ferries sank.', 'According to reports'],
      ['There have been suggestions that the vote could be delayed.', 'There have been suggestions'],
      ['There are rumours circulating that the ferry sank.', 'There are rumours'],
      ['Rumors have circulated for weeks that the school will close.', 'Rumors have circulated'],
      ['Shares fell 5 per cent on reports that the firm lost a contract.', 'reports that'],
      ['There were suggestions in the dressing room that the captain could miss six weeks.', 'There were suggestions'],
      ['It is being reported on social media that the bridge is shut.', 'It is being reported'],
      ['Staff were told that the shortfall was caused by energy bills.', 'were told that'],
      ['Sources also indicated that the mill is in talks with two suppliers.', 'Sources also indicated'],
      ['The firm has not commented on claims that its line started the fire.', 'claims that'],
    ];
    for (const [text, cue] of cases) {
      const found = hedges(text);
      assert.equal(found.length, 1, text);
      assert.equal(found[0][0], cue, text);
      assert.equal(found[0][1], 'vague-reporting', text);
      // the vague claimant is the hedge, not a source: no attributed finding besides it
      assert.deepEqual(detect(text).filter((f) => f.kind === 'attributed'), [], text);
    }
    // a vague group of claimants: the claim is unverified, and attributed to the group too
    const fans = detect('Some fans claim the couple quietly unfollowed each other.');
    assert.deepEqual(fans.map((f) => [f.kind, f.cue?.text]), [['attributed', 'claim'], ['unverified', 'Some fans claim']]);
    assert.deepEqual(hedges('Some analysts said the guidance was too optimistic.'), []);
    assert.deepEqual(hedges('Some users on the community forum claim the page crashed.'), [['Some users on the community forum claim', 'vague-reporting']]);
    // what a court heard is unverified, and credited to the court as well
    assert.deepEqual(detect('The court heard that the charity’s income fell sharply.').map((f) => [f.kind, f.cue?.text]), [['attributed', 'heard'], ['unverified', 'The court heard']]);
    assert.deepEqual(detect('An inquest heard how the alarm failed twice.').map((f) => [f.kind, f.cue?.text]), [['attributed', 'heard'], ['unverified', 'An inquest heard']]);
    // a named claimant of the vague report still is one
    assert.equal(detect('The agency reports that some sources claim the dam cracked.').filter((f) => f.kind === 'attributed').length, 1);
  });

  it('reports modal hedges only when asked, in their own category', () => {
    const text = 'The storm could reach the coast by Friday.';
    assert.deepEqual(hedges(text), []);
    assert.deepEqual(hedges(text, true), [['could', 'modal']]);
    assert.deepEqual(hedges('Prices will likely rise.', true), [['likely', 'modal']]);
    assert.deepEqual(hedges('The talks might resume.', true), [['might', 'modal']]);
    assert.deepEqual(hedges('The fair opens in May 2025.', true), []);
  });

  it('does not flag a claimant who is named, or plain narrative', () => {
    assert.deepEqual(hedges('The minister claims that taxes fell.'), []);
    assert.deepEqual(hedges('The minister also claims that taxes fell.'), []);
    assert.deepEqual(hedges('The bakery opened at dawn and sold out by noon.'), []);
    // a teller named, a participle not after a comma, a court that heard a case
    assert.deepEqual(hedges('Staff were told by the manager that the shortfall was caused by energy bills.'), []);
    assert.deepEqual(hedges('The mayor said to reporters that the plan was sound.'), []);
    assert.deepEqual(hedges('The court heard the case in March.'), []);
  });

  it('supports extra hedges and ignored phrases', () => {
    assert.deepEqual(hedges('Leaked figures suggest a deficit.'), []);
    const extra = detect('Leaked figures suggest a deficit.', { extraHedges: ['leaked figures'] }).filter((f) => f.kind === 'unverified');
    assert.equal(extra[0]?.cue?.text, 'Leaked figures');
    assert.equal(detect('The factory was reportedly closed.', { ignore: ['reportedly'] }).length, 0);
  });

  it('flags a hedge inside a quotation', () => {
    const found = detect('The agency said: “The unit has reportedly withdrawn.”');
    assert.equal(found.filter((f) => f.kind === 'unverified').length, 1);
    assert.equal(found.filter((f) => f.kind === 'attributed').length, 1);
  });
});
