export interface MessagingOptions {
  /** Name of the producing service, written into every envelope. */
  serviceName: string;
  brokers: string[];
  clientId: string;
  /** Prepended to every topic name; tests use a unique one per suite. */
  topicPrefix: string;
  /** Consumer group of this service; one per service, so each service sees every event. */
  groupId: string;
  /** Supplies the current request id for envelopes, if the caller runs inside a request. */
  requestId?: () => string | undefined;
  relay?: Partial<RelayTuning>;
  consumer?: Partial<ConsumerTuning>;
}

export interface RelayTuning {
  pollIntervalMs: number;
  batchSize: number;
  /** A batch stops short of this many bytes of keys and values: the broker refuses a partition's batch above message.max.bytes (~1 MB by default). */
  maxBatchBytes: number;
  maxBackoffMs: number;
  /** A send still unanswered after this is treated as failed (the rows stay unsent). */
  sendTimeoutMs: number;
}

export interface ConsumerTuning {
  maxAttempts: number;
  initialBackoffMs: number;
  maxBackoffMs: number;
  restartBackoffMs: number;
  /** Most events applied in one transaction (1: one transaction per event, as before). */
  applyBatchSize: number;
}

// Backing off at most 5 s: a broker back from an outage is used within seconds (at 15 s the
// 20-s outage fault test waited 15 s more for the relay), and a refused attempt costs next to nothing.
export const DEFAULT_RELAY_TUNING: RelayTuning = {
  pollIntervalMs: 1_000,
  batchSize: 500,
  maxBatchBytes: 512 * 1024,
  maxBackoffMs: 5_000,
  sendTimeoutMs: 15_000,
};
export const DEFAULT_CONSUMER_TUNING: ConsumerTuning = {
  maxAttempts: 5,
  initialBackoffMs: 200,
  maxBackoffMs: 5_000,
  restartBackoffMs: 2_000,
  applyBatchSize: 100,
};

export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');
