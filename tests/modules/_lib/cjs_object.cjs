function helper() { return 'helper'; }
const version = '1.2.3';
module.exports = { helper, version, 'quoted-name': true, nested: { deep: 1 } };
