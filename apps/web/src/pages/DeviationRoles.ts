/**
 * Who may report and handle deviations, as the deviations service's resolvers allow (its
 * HANDLERS; PROVIDER uses its API key, not this web). MANAGER may write here, unlike elsewhere.
 */
export const DEVIATION_HANDLERS = ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER'] as const;
