// The CommonJS build: require() works for every entry, and the error brand is shared
// with the ESM build.
const buygrid = require('buygrid');
const { isBuygridInputError } = require('buygrid/process');

import('buygrid').then((esm) => {
  const error = new esm.BuygridInputError([{ path: 'x', expected: 'a string', received: '1' }]);
  if (!isBuygridInputError(error)) throw new Error('the CJS guard must recognise an ESM error');
  console.log(`require('buygrid') gives ${Object.keys(buygrid).length} exports; the ESM and CJS error brands agree.`);
});
