// Kept for code that imports `@netweave/core/stats`: the module lives in @netweave/model.
export * from '@netweave/model/stats';
