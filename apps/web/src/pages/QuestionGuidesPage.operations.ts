import { graphql } from '../__generated__';

export const QUESTION_GUIDES = graphql(`
  query QuestionGuidesPage {
    questionGuides {
      id
      key
      version
      title
      questions {
        key
        text
        answerType
        options
        requirement
        askedWhenYes
      }
    }
    thematic: followUps(type: THEMATIC) {
      id
      title
      plannedOn
      status
    }
    overarching: followUps(type: OVERARCHING) {
      id
      title
      plannedOn
      status
    }
    providers {
      id
      name
      units {
        id
        name
        serviceArea
      }
    }
  }
`);

export const PUBLISH_QUESTION_GUIDE = graphql(`
  mutation PublishQuestionGuide($input: PublishQuestionGuideInput!) {
    publishQuestionGuide(input: $input) {
      id
      version
    }
  }
`);

export const CREATE_THEMATIC_FOLLOW_UP = graphql(`
  mutation CreateThematicFollowUp($input: CreateThematicFollowUpInput!) {
    createThematicFollowUp(input: $input) {
      followUp {
        id
      }
    }
  }
`);
