export default { greet: 'bonjour' };
