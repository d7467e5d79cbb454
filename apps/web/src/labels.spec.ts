import { swedishReason } from './labels';

describe('selection reasons in Swedish', () => {
  it.each([
    ['3 complaints received in the last twelve months', '3 klagomål de senaste tolv månaderna'],
    ["number 2 on the ordering function's list", 'nummer 2 på beställarfunktionens lista'],
    [
      'risk score 4, highest left when complaints and the ordering list fell short',
      'riskpoäng 4, högst bland de återstående när klagomålen och beställarlistan inte räckte',
    ],
    ['something new', 'something new'],
  ])('%s', (english, swedish) => expect(swedishReason(english)).toBe(swedish));
});
