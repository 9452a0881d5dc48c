module.exports = { name: 'plugin', loadedAt: 'first use' };
