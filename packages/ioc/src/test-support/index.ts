/** Builders for tests of code that uses this library (captures, androidqf acquisitions, zips). */
export * from './androidqf.ts';
export * from './capture-writer.ts';
export * from './fixtures.ts';
export * from './packets.ts';
export * from './zip-builder.ts';
