import {
  findPersonalIdentityNumbers,
  isValidPersonalIdentityNumber,
  redactPersonalIdentityNumbers,
} from './personal-identity-number';

describe('personal identity numbers in free text', () => {
  it.each([
    ['811218-9876', 'short form with hyphen'],
    ['8112189876', 'short form without separator'],
    ['19811218-9876', 'with century and hyphen'],
    ['198112189876', 'with century, no separator'],
    ['811218 - 9876', 'spaces around the separator'],
    ['470101+1233', 'a hundred years or older'],
    ['850770-9809', 'coordination number (day + 60)'],
    ['000229-1235', '29 February 2000'],
  ])('finds %s (%s)', (number) => {
    expect(isValidPersonalIdentityNumber(number)).toBe(true);
    expect(findPersonalIdentityNumbers(`Brukaren ${number} föll.`)).toEqual([{ index: 9, text: number }]);
  });

  it.each([
    ['811218-9875', 'wrong check digit'],
    ['811318-9876', 'month 13 does not exist'],
    ['810230-9876', '30 February does not exist'],
    ['19000229-1231', '29 February 1900 did not exist'],
    ['21811218-9876', 'a century that is not 18, 19 or 20'],
    ['19811218+9876', 'both a century and +'],
    ['850792-9809', 'coordination day 92 is day 32'],
  ])('leaves %s alone (%s)', (number) => {
    expect(isValidPersonalIdentityNumber(number)).toBe(false);
    expect(findPersonalIdentityNumbers(`Nummer ${number} här`)).toEqual([]);
  });

  it('does not take a number out of a longer run of digits', () => {
    expect(findPersonalIdentityNumbers('Ärende 98112189876 och 81121898761')).toEqual([]);
  });

  it('redacts every number and keeps the rest of the text', () => {
    const text = 'Anhörig till 811218-9876 ringde om 198507099805. Kvitto 2022-03-01, 12 timmar.';
    expect(redactPersonalIdentityNumbers(text)).toEqual({
      text: 'Anhörig till [personnummer] ringde om [personnummer]. Kvitto 2022-03-01, 12 timmar.',
      found: 2,
    });
    expect(redactPersonalIdentityNumbers('Inget känsligt här')).toEqual({ text: 'Inget känsligt här', found: 0 });
  });

  it('can be called again and again (no state left in the pattern)', () => {
    for (let i = 0; i < 3; i++) expect(findPersonalIdentityNumbers('811218-9876')).toHaveLength(1);
  });
});
