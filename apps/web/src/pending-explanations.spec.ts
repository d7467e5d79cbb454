import { exclusionReason, selectionReason } from './pending-explanations';

describe('the explanations still sent in English, in Swedish until their codes land', () => {
  it.each([
    ['3 complaints received in the last twelve months', '3 klagomål de senaste tolv månaderna'],
    ["number 2 on the ordering function's list", 'nummer 2 på beställarfunktionens lista'],
    [
      'risk score 4, highest left when complaints and the ordering list fell short',
      'riskpoäng 4, högst bland de återstående när klagomålen och beställarlistan inte räckte',
    ],
    ['the ordering third is full', 'beställarfunktionens tredjedel är redan full'],
    ['something new', 'something new'],
  ])('selection: %s', (english, swedish) => expect(selectionReason(english)).toBe(swedish));

  it.each([
    ['offered at 1 unit that opted out', 'erbjudna vid 1 enhet som avstod'],
    ['offered at 3 units that opted out', 'erbjudna vid 3 enheter som avstod'],
    [
      'non-substantive answers (vet inte, vill inte svara, inte aktuellt)',
      '"vet inte", "vill inte svara", "inte aktuellt"',
    ],
    ['question left unanswered', 'obesvarade'],
  ])('exclusion: %s', (english, swedish) => expect(exclusionReason(english)).toBe(swedish));
});
