module.exports = { named: "N", other: 2 };
