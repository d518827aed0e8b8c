// Every domain schema and type, for code that works across entities (backup, search, reports).
export * from './common';
export * from './partner';
export * from './contact';
export * from './agreement';
export * from './attachment';
export * from './event';
export * from './visit';
export * from './gift';
export * from './task';
export * from './participant';
export * from './setting';
export * from './logo';
