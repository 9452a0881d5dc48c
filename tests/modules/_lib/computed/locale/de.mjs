export default { greet: 'hallo' };
