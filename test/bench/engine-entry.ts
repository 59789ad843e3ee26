/** @file What the rules benchmark times, bundled as the extension ships it (esbuild, minified, no keepNames). */
export { checkSnapshot } from '../../src/engine';
export { RULE_LIST } from '../../src/rules';
