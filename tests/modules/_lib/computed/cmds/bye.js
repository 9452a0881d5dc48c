module.exports = (n) => 'bye ' + n;
