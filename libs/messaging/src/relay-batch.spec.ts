import { groupByTopic, PendingRow, withinBytes } from './relay-batch';

const row = (id: number, topic: PendingRow['topic'], key: string, size = 10): PendingRow => ({
  id: String(id),
  topic,
  message_key: key,
  envelope: { pad: 'x'.repeat(size) },
});

describe('the relay batch', () => {
  it('stops before the byte limit, keeping outbox order', () => {
    const rows = [
      row(1, 'contracts.unit.v1', 'a', 100),
      row(2, 'contracts.unit.v1', 'b', 100),
      row(3, 'contracts.unit.v1', 'c', 100),
    ];
    expect(withinBytes(rows, 250).map((r) => r.id)).toEqual(['1', '2']);
    expect(withinBytes(rows, 10_000).map((r) => r.id)).toEqual(['1', '2', '3']);
  });

  it('always takes the first row, however large, so the relay never stalls on it', () => {
    expect(withinBytes([row(1, 'contracts.unit.v1', 'a', 5_000)], 100)).toHaveLength(1);
  });

  it("groups by physical topic without reordering a topic's messages", () => {
    const rows = withinBytes(
      [row(1, 'contracts.unit.v1', 'a'), row(2, 'deviations.deviation.v1', 'b'), row(3, 'contracts.unit.v1', 'c')],
      10_000,
    );
    expect(groupByTopic(rows, (t) => `p.${t}`).map((g) => [g.topic, g.messages.map((m) => m.key)])).toEqual([
      ['p.contracts.unit.v1', ['a', 'c']],
      ['p.deviations.deviation.v1', ['b']],
    ]);
  });
});
