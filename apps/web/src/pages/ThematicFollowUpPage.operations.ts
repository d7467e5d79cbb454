import { graphql } from '../__generated__';

export const THEMATIC_FOLLOW_UP = graphql(`
  query ThematicFollowUpPage($id: ID!) {
    thematicFollowUp(followUpId: $id) {
      followUp {
        id
        title
        purpose
        plannedOn
        type
      }
      guide {
        title
        version
        questions {
          key
          text
          answerType
          options
          requirement
          askedWhenYes
        }
      }
      scopeKind
      serviceArea
      units {
        unitId
        name
        providerName
        serviceArea
        answers {
          questionKey
          value
        }
      }
      results {
        questionKey
        of
        values {
          value
          count
        }
        byProvider {
          providerName
          yes {
            count
            of
          }
        }
        byServiceArea {
          serviceArea
          yes {
            count
            of
          }
        }
        previous {
          yes {
            count
            of
          }
        }
      }
      children {
        id
        title
        parentFollowUpId
      }
    }
  }
`);

export const RECORD_UNIT_FINDINGS = graphql(`
  mutation RecordUnitFindings($input: RecordUnitFindingsInput!) {
    recordUnitFindings(input: $input) {
      followUp {
        id
      }
    }
  }
`);

export const START_SPECIFIC_FOLLOW_UPS = graphql(`
  mutation StartSpecificFollowUps($input: StartSpecificFollowUpsInput!) {
    startSpecificFollowUps(input: $input) {
      id
    }
  }
`);
