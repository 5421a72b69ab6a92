// What the bundle gives commander for node:child_process (see scripts/bundle.mjs): the real module is
// loaded only when commander starts a subcommand program, which plan2ledger never does.
let real;
const load = () => (real ??= require('node:child_process'));
module.exports = {
  spawn: (...args) => load().spawn(...args),
};
