import { enumLabel } from '@kvalitetsnav/swedish';
import type { DeviationStatus, Seriousness } from '../__generated__/graphql';
import { formatDate } from './form';
import { ScrollBox } from './ScrollBox';

/** What a case's history is made of, as the deviation's status and assessment records give it. */
export interface DeviationRecords {
  statusHistory: readonly {
    fromStatus?: DeviationStatus | null;
    toStatus: DeviationStatus;
    changedBy: string;
    changedAt: unknown;
  }[];
  assessmentHistory: readonly {
    seriousness?: Seriousness | null;
    ivoReportedOn?: string | null;
    ivoReference?: string | null;
    changedBy: string;
    changedAt: unknown;
  }[];
}

interface HistoryEntry {
  at: string;
  what: string;
  by: string;
}

/** Status changes and assessments together, in the order they happened. */
function historyOf(d: DeviationRecords): HistoryEntry[] {
  const steps = d.statusHistory.map((s) => ({
    at: String(s.changedAt),
    what: s.fromStatus ? `Status: ${enumLabel('DeviationStatus', s.toStatus)}` : 'Registrerad',
    by: s.changedBy,
  }));
  const assessments = d.assessmentHistory.map((a) => ({
    at: String(a.changedAt),
    what: a.seriousness
      ? `Allvarlighet bedömd: ${enumLabel('Seriousness', a.seriousness)}`
      : `Anmäld till IVO den ${a.ivoReportedOn}${a.ivoReference ? `, diarienummer ${a.ivoReference}` : ''}`,
    by: a.changedBy,
  }));
  return [...steps, ...assessments].sort((a, b) => a.at.localeCompare(b.at));
}

/** A case's history, oldest first: the officials' case page and the provider portal show the same. */
export function DeviationHistory({ deviation }: { deviation: DeviationRecords }) {
  return (
    <ScrollBox label="Ärendets historik, äldst först">
      <table>
        <caption>Ärendets historik, äldst först</caption>
        <thead>
          <tr>
            <th scope="col">När</th>
            <th scope="col">Vad</th>
            <th scope="col">Av</th>
          </tr>
        </thead>
        <tbody>
          {historyOf(deviation).map((h, i) => (
            <tr key={i}>
              <td>{formatDate(h.at)}</td>
              <td>{h.what}</td>
              <td>{h.by}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
