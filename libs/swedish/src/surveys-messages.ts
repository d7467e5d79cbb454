import { SurveysRules } from '@kvalitetsnav/codes';
import { either, SwedishRules } from './rule-messages';
import { swedishNumber } from './numbers';

const number = (n: number) => swedishNumber(n);
/** 2020-W12 → vecka 12 2020. */
const weekName = (week: string) => `vecka ${Number(week.slice(6))} ${week.slice(0, 4)}`;

/** Swedish for the rules only the surveys service refuses by. */
export const SURVEYS_RULE_MESSAGES: SwedishRules<typeof SurveysRules> = {
  NO_QUESTIONS: () => 'Enkäten måste ha minst en fråga.',
  BAD_QUESTION_ID: () => 'Frågans id får bara innehålla bokstäver, siffror, "_" och "-" och ha högst 40 tecken.',
  QUESTION_ID_REUSED: (p) => `Fråge-id ${p.questionId} används två gånger. Varje fråga behöver ett eget id.`,
  TOO_FEW_OPTIONS: (p) => `Fråga ${p.questionId} behöver minst två svarsalternativ.`,
  OPTION_REUSED: (p) => `Fråga ${p.questionId} har svarsalternativet ${p.option} två gånger.`,
  POSITIVE_AND_NON_SUBSTANTIVE: (p) =>
    `Svarsalternativet ${p.option} i fråga ${p.questionId} kan inte både räknas som positivt och lämnas utanför underlaget som "vet inte".`,
  NO_POSITIVE_OPTION: (p) => `Fråga ${p.questionId} behöver minst ett svarsalternativ som räknas som positivt.`,
  OPT_OUT_WITHOUT_REASON: () => 'Ange skälet när en enhet avstår från att delta.',
  OFFERED_MORE_THAN_PLACED: (p) =>
    `${number(p.offered)} erbjudna är fler än de ${number(p.placed)} som är placerade vid enheten. Fler än de placerade kan inte erbjudas att svara.`,
  ROUND_ALREADY_CLOSED: (p) => `Undersökningsomgången stängdes redan ${p.closedOn}.`,
  SAME_QUESTION_TWICE: (p) =>
    `Fråga ${p.questionId} är redan vald för raderna. Välj två olika frågor att ställa mot varandra.`,
  ROUND_CLOSED: (p) => `Undersökningsomgången stängdes ${p.closedOn} och tar inte emot fler svar.`,
  UNKNOWN_QUESTION: (p) => `${p.questionId} är inte en fråga i den här enkäten.`,
  ANSWERED_TWICE: (p) => `Fråga ${p.questionId} är besvarad två gånger.`,
  NOT_AN_OPTION: (p) => `${p.option} är inte ett svarsalternativ i fråga ${p.questionId}. Välj ${either(p.options)}.`,
  UNIT_NOT_IN_ROUND: (p) => `Enheten med id ${p.unitId} deltar inte i den här undersökningsomgången.`,
  UNIT_OPTED_OUT: (p) => `${p.unitName} har avstått från att delta i den här undersökningsomgången.`,
  MORE_ANSWERS_THAN_OFFERED: (p) =>
    `${p.unitName} skulle få ${number(p.answers)} svar, men bara ${number(p.offered)} har erbjudits att svara.`,
  UNKNOWN_ANSWER_CODE: () => 'Svarslänken finns inte. Kontrollera att adressen är rätt skriven.',
  CSV_UNREADABLE: () =>
    'Filen går inte att läsa som CSV. Kontrollera att den är sparad som CSV med kommatecken mellan kolumnerna.',
  CSV_EMPTY: () => 'Filen är tom.',
  CSV_HEADER: (p) => `Filens första rad måste börja med kolumnerna ${p.columns.join(',')}.`,
  OWN_PROVIDER_ONLY: () => 'En utförare kan bara svara för sin egen verksamhet.',
  PROVIDER_FOR_OFFICIALS: () => 'Ange vilken utförare svaret gäller.',
  PULSE_UNIT_REQUIRED: () => 'Välj vilken enhet svaret gäller. Pulsenkäten besvaras för varje enhet.',
  PULSE_UNIT_NOT_OF_PROVIDER: (p) => `${p.unitName} är inte en enhet hos ${p.providerName}.`,
  PULSE_PERIOD_ENDS_BEFORE_START: (p) =>
    `Perioden kan inte sluta före den börjar. Sista veckan måste vara ${weekName(p.fromWeek)} eller senare.`,
  PULSE_PERIOD_OVERLAP: (p) =>
    `Veckorna överlappar pulsperioden ${p.name} (${weekName(p.fromWeek)} – ${p.toWeek ? weekName(p.toWeek) : 'tills vidare'}). En vecka kan bara höra till en pulsperiod.`,
  PULSE_WEEK_PASSED: (p) =>
    `${weekName(p.value)} har redan börjat eller passerat. Avsluta perioden tidigast ${weekName(p.week)}, den här veckan.`,
  PULSE_PERIOD_ENDED: (p) => `Pulsperioden är redan avslutad (sista veckan var ${weekName(p.toWeek)}).`,
  PULSE_QUESTION_UNANSWERED: (p) => `Frågan ${p.questionId} är inte besvarad. Svara på alla veckans frågor.`,
  PULSE_NO_SIGNAL: (p) => `Svaret för ${weekName(p.week)} innehåller ingen signal att följa upp.`,
  PULSE_CONTACT_BEFORE_WEEK: (p) =>
    `Kontakten kan inte ha tagits före ${weekName(p.week)}. Ange ${p.weekStart} eller senare.`,
  NOT_JSON: () => 'Filen går inte att läsa som JSON.',
  NOT_A_LIST: (_, f) => `${f} måste vara en lista.`,
  NOT_AN_OBJECT: (_, f) => `${f} måste vara ett objekt.`,
  NOT_A_KOLADA_KPI: (_, f) => `${f} måste skrivas som i Kolada, t.ex. U28532.`,
  NOT_A_MUNICIPALITY_CODE: (_, f) => `${f} måste vara en kommunkod med fyra siffror (0000 är hela riket).`,
  NOT_A_YEAR: (_, f) => `${f} måste vara ett år (ÅÅÅÅ).`,
  NOT_A_KOLADA_GENDER: (_, f) => `${f} måste vara T (totalt), K (kvinnor) eller M (män).`,
};
