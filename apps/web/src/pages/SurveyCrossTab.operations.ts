import { graphql } from '../__generated__';

export const CROSS_TAB = graphql(`
  query SurveyCrossTab($roundId: ID!, $rowQuestionId: String!, $columnQuestionId: String!) {
    surveyCrossTab(roundId: $roundId, rowQuestionId: $rowQuestionId, columnQuestionId: $columnQuestionId) {
      minCell
      rowQuestionText
      columnQuestionText
      answers
      rows {
        optionCode
        optionLabel
        suppressed
        answers
        cells {
          optionCode
          nonSubstantive
          suppressed
          count
          share {
            numerator
            denominator
            share
          }
        }
      }
      columns {
        optionCode
        optionLabel
        suppressed
        answers
      }
    }
  }
`);
