// The data model, one import for callers outside lib/model.
export * from './page';
export * from './agenda';
export * from './task';
export * from './extraction';
export * from './action';
export * from './identity';
export * from './stored-task';
