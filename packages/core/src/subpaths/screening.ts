// Kept for code that imports `@netweave/core/screening`: the module lives in @netweave/model.
export * from '@netweave/model/screening';
