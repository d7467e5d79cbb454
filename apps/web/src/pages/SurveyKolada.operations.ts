import { graphql } from '../__generated__';

export const DEFINITION_KOLADA = graphql(`
  query SurveyKoladaDefinition($id: ID!) {
    surveyDefinition(id: $id) {
      id
      name
      version
      questions {
        id
        text
        koladaKpi
        koladaKpiByServiceArea {
          serviceArea
          kpi
        }
      }
    }
  }
`);

export const SET_QUESTION_KOLADA = graphql(`
  mutation SetSurveyQuestionKolada($input: SetSurveyQuestionKoladaInput!) {
    setSurveyQuestionKolada(input: $input) {
      id
      questions {
        id
        koladaKpi
        koladaKpiByServiceArea {
          serviceArea
          kpi
        }
      }
    }
  }
`);
