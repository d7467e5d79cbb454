import { graphql } from '../__generated__';

export const REMINDERS = graphql(`
  query RemindersPage($page: RemindersPageInput) {
    reminders(page: $page) {
      total
      mailEnabled
      items {
        id
        recipient
        recipientName
        kind
        subject
        body
        state
        error
        createdAt
        sentAt
      }
    }
  }
`);

export const RUN_REMINDERS = graphql(`
  mutation RunReminders {
    runReminders {
      created
      sent
      bounced
      failed
      outbox
      mailEnabled
    }
  }
`);
