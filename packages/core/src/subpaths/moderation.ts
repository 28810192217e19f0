// Kept for code that imports `@netweave/core/moderation`: the module lives in @netweave/model.
export * from '@netweave/model/moderation';
