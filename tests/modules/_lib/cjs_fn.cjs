// module.exports is a function with properties.
function main(x) { return 'main:' + x; }
main.extra = 'extra';
module.exports = main;
