import type { SelectionReason, SkipReason } from '@kvalitetsnav/codes';
import { enumLabel } from './enum-labels';

/** What a follow-up proposal explains itself with (FollowUpProposal's fields). */
export interface ExplainedProposal {
  reasonCode: SelectionReason;
  complaints: number;
  riskScore: number;
  orderedPosition?: number | null;
}

/** Why the selection rule proposed a contract, in Swedish: "3 klagomål de senaste tolv månaderna". */
export function selectionReason(proposal: ExplainedProposal): string {
  switch (proposal.reasonCode) {
    case 'COMPLAINTS_RECEIVED':
      return `${proposal.complaints} klagomål de senaste tolv månaderna`;
    case 'ON_ORDERING_LIST':
      return proposal.orderedPosition
        ? `nummer ${proposal.orderedPosition} på beställarfunktionens lista`
        : 'på beställarfunktionens lista';
    case 'HIGHEST_RISK_LEFT':
      return `riskpoäng ${proposal.riskScore}, högst bland de återstående när klagomålen och beställarlistan inte räckte`;
    case 'RISK_FOR_SHORT_DRAW':
      return `riskpoäng ${proposal.riskScore}, vald eftersom för få avtal kunde lottas`;
    case 'DRAWN_AT_RANDOM':
      return 'slumpmässigt vald bland avtal utan fördjupad uppföljning under avtalsperioden';
    case 'DRAWN_FOR_UNFILLED_PLACE':
      return 'slumpmässigt vald till en plats som ingen annan tredjedel kunde fylla';
    default:
      // A reason from a newer server: its label, or the code as it is.
      return enumLabel('SelectionReason', proposal.reasonCode);
  }
}

/** Why a contract on the ordering function's list was not proposed from it, in Swedish. */
export function skipReason(skipped: { reasonCode: SkipReason }): string {
  return enumLabel('SkipReason', skipped.reasonCode);
}
