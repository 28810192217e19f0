// Kept for code that imports `@netweave/core/validate`: the module lives in @netweave/model.
export * from '@netweave/model/validate';
