// pluralize (CommonJS, UMD): rules, irregulars, uncountables.
const pluralize = require('pluralize');
for (const w of ['test', 'person', 'child', 'octopus', 'sheep', 'mouse', 'bus', 'quiz', 'Matrix', 'CHILD']) console.log(w, pluralize(w), pluralize.singular(pluralize(w)), pluralize(w, 1, true), pluralize(w, 5, true));
pluralize.addIrregularRule('kiln', 'kilnz'); console.log(pluralize('kiln'), pluralize.isPlural('kilnz'), pluralize.isSingular('tests'));
