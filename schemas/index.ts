export * from './enums.js';
export * from './remedy.js';
export * from './decision.js';
