// Hydration support must load before Lit: a setup file of its own, run first (test/ssr.test.ts needs it).
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
