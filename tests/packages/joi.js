const Joi = require('joi');
const schema = Joi.object({ username: Joi.string().alphanum().min(3).max(30).required(), birth: Joi.number().integer().min(1900), email: Joi.string().email({ tlds: { allow: false } }), tags: Joi.array().items(Joi.string()).unique() });
console.log(JSON.stringify(schema.validate({ username: 'abc', birth: 1994, email: 'a@b.co', tags:['x','y'] })));
const r = schema.validate({ username: 'a!', birth: 1800, tags:['x','x'] }, { abortEarly: false });
console.log(r.error.message); console.log(r.error.details.map(d => d.type + ':' + d.path.join('.')));
console.log(Joi.string().trim().lowercase().validate('  HeLLo ').value);
try { Joi.assert(5, Joi.string()); } catch (e) { console.log(e.name, e.message); }
