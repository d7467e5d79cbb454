import { useState } from 'react';
import { DECISION_WORDS, enumLabel } from '@kvalitetsnav/swedish';
import type {
  DeviationDecisionsPageQuarterReportQuery,
  DeviationDecisionsPageQuartersQuery,
} from '../__generated__/graphql';
import { formatNumber, useSaved } from '../components/form';
import { ScrollBox } from '../components/ScrollBox';
import { ErrorMessage, Loading, Ratio, useFormProblems } from '../components/ui';
import { useGatewayMutation, useGatewayQuery } from '../queries';
import { QUARTER_REPORT, RECORD_QUARTER_REPORTED } from './DeviationDecisionsPage.operations';

type Quarter = DeviationDecisionsPageQuartersQuery['decisionsNotExecutedByQuarter'][number];
type Report = DeviationDecisionsPageQuarterReportQuery['decisionsNotExecutedQuarterReport'];
type Group = Report['byLaw'][number];

/** `2026-Q1` as users say it. */
export const quarterTitle = (quarter: string) => `Kvartal ${quarter.slice(6)} ${quarter.slice(0, 4)}`;

function reportedText(q: Quarter) {
  if (q.reportedOn) return `Rapporterad ${q.reportedOn} av ${q.reportedBy}`;
  return q.ended ? 'Inte rapporterad' : 'Kvartalet pågår';
}

function MarkReported({ quarter, saved }: { quarter: Quarter; saved: ReturnType<typeof useSaved> }) {
  const record = useGatewayMutation(RECORD_QUARTER_REPORTED);
  const problems = useFormProblems(record.error, []);
  return (
    <>
      <button
        type="button"
        disabled={record.isPending}
        onClick={() => {
          saved.clear();
          // The button leaves the row once saved, so the confirmation is the page's.
          void record.mutateAsync({ input: { year: quarter.year, quarter: quarter.number } }).then(
            () => saved.show(`${quarterTitle(quarter.quarter)} är markerat som rapporterat till IVO.`),
            () => undefined,
          );
        }}
      >
        Markera som rapporterad till IVO
      </button>
      <ErrorMessage problems={problems} />
    </>
  );
}

/** Each quarter of the year: how many to report to IVO, and whether (when, by whom) it was reported. */
export function QuarterTable({
  year,
  quarters,
  writer,
  saved,
}: {
  year: number;
  quarters: Quarter[];
  writer: boolean;
  saved: ReturnType<typeof useSaved>;
}) {
  return (
    <ScrollBox label={`Ej verkställda beslut per kvartal ${year}`}>
      <table>
        <caption>Ej verkställda beslut per kvartal {year}</caption>
        <thead>
          <tr>
            <th scope="col">Kvartal</th>
            <th scope="col" className="num">
              Att rapportera
            </th>
            <th scope="col">Per verksamhet</th>
            <th scope="col">Till IVO</th>
          </tr>
        </thead>
        <tbody>
          {quarters.map((q) => (
            <tr key={q.quarter}>
              <th scope="row">{quarterTitle(q.quarter)}</th>
              <td className="num">{formatNumber(q.count)}</td>
              <td>
                {q.bySector
                  .filter((s) => s.count > 0)
                  .map((s) => `${s.name} ${formatNumber(s.count)}`)
                  .join(', ') || '–'}
              </td>
              <td>
                {reportedText(q)}
                {q.reportedCount !== null && q.reportedCount !== q.count && (
                  <span className="muted"> ({formatNumber(q.reportedCount)} när det rapporterades)</span>
                )}
                {writer && q.ended && !q.reportedOn && <MarkReported quarter={q} saved={saved} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}

function GroupTable({ caption, what, groups }: { caption: string; what: string; groups: Group[] }) {
  return (
    <ScrollBox label={caption}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{what}</th>
            <th scope="col">Att rapportera, andel av alla</th>
            <th scope="col" className="num">
              Varav verkställda under kvartalet
            </th>
          </tr>
        </thead>
        <tbody>
          {groups.length === 0 && (
            <tr>
              <td colSpan={3}>Inga beslut att rapportera.</td>
            </tr>
          )}
          {groups.map((g) => (
            <tr key={g.key}>
              <th scope="row">{g.key}</th>
              <td>
                <Ratio value={g} />
              </td>
              <td className="num">{formatNumber(g.executedInQuarter)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}

function ReportTables({ report }: { report: Report }) {
  const title = quarterTitle(report.quarter);
  return (
    <>
      <p>
        {title}: {formatNumber(report.count)} beslut att rapportera, varav {formatNumber(report.executedInQuarter)}{' '}
        verkställda under kvartalet.
      </p>
      <GroupTable caption={`Per insats, ${title}`} what="Insats" groups={report.byIntervention} />
      <GroupTable
        caption={`Per lag, ${title}`}
        what="Lag"
        groups={report.byLaw.map((g) => ({ ...g, key: enumLabel('DecisionLaw', g.key) }))}
      />
      <GroupTable
        caption={`Per kön, ${title}`}
        what="Kön"
        groups={report.byGender.map((g) => ({ ...g, key: enumLabel('Gender', g.key) }))}
      />
      <ScrollBox label={`Beslut att rapportera, ${title}`}>
        <table>
          <caption>Beslut att rapportera, {title}</caption>
          <thead>
            <tr>
              <th scope="col">Beslutat</th>
              <th scope="col">Insats</th>
              <th scope="col">Lag</th>
              <th scope="col">Kön</th>
              <th scope="col">Avbrott</th>
              <th scope="col">Verkställt</th>
              <th scope="col">Orsak</th>
            </tr>
          </thead>
          <tbody>
            {report.decisions.map((d) => (
              <tr key={d.id}>
                <td>{d.decidedOn}</td>
                <td>{d.intervention}</td>
                <td>{enumLabel('DecisionLaw', d.law)}</td>
                <td>{DECISION_WORDS.gender[d.gender]}</td>
                <td>{d.interruptedOn ?? '–'}</td>
                <td>{d.executedOn ?? 'Inte verkställt'}</td>
                <td>{d.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </>
  );
}

/** The quarter's report to the board: the reportable decisions by intervention, law and gender. */
export function QuarterBoardReport({ year }: { year: number }) {
  const [quarter, setQuarter] = useState(Math.floor(new Date().getMonth() / 3) + 1);
  const report = useGatewayQuery(QUARTER_REPORT, { input: { year, quarter } });
  return (
    <section aria-label="Rapport till nämnden">
      <h2>Rapport till nämnden</h2>
      <form className="filters" aria-label="Välj kvartal" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="decision-quarter">Kvartal</label>
        <select id="decision-quarter" value={quarter} onChange={(e) => setQuarter(Number(e.target.value))}>
          {[1, 2, 3, 4].map((q) => (
            <option key={q} value={q}>
              Kvartal {q} {year}
            </option>
          ))}
        </select>
      </form>
      <ErrorMessage error={report.error} />
      {report.isLoading && <Loading what="rapporten" />}
      {report.data && <ReportTables report={report.data.decisionsNotExecutedQuarterReport} />}
    </section>
  );
}
