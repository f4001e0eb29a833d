// pdf-lib's one-file ES module bundle loads in a fraction of the time of its CommonJS tree
// (hundreds of files); its types are the package's own.
declare module 'pdf-lib/dist/pdf-lib.esm.min.js' {
  export * from 'pdf-lib';
}
