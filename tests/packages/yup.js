// yup (CommonJS): object schemas, async validation, casting.
const yup = require('yup');
const schema = yup.object({
  name: yup.string().required(),
  age: yup.number().positive().integer().required(),
  email: yup.string().email(),
  website: yup.string().url().nullable(),
  createdOn: yup.date().default(() => new Date(0)),
});
(async () => {
  console.log(JSON.stringify(await schema.validate({ name: 'jimmy', age: '24' })));
  try { await schema.validate({ name: '', age: -1, email: 'x' }, { abortEarly: false }); } catch (e) { console.log(e.name, JSON.stringify(e.errors)); }
  console.log(schema.isValidSync({ name: 'a', age: 3 }));
  console.log(JSON.stringify(schema.cast({ name: 'a', age: '5', createdOn: '2020-01-01' })));
  const s = yup.string().trim().lowercase().min(2);
  console.log(JSON.stringify(s.cast('  HeLLo ')));
  const arr = yup.array().of(yup.number().max(5)).min(1);
  try { arr.validateSync([1, 9]); } catch (e) { console.log(e.message, e.path); }
  console.log(JSON.stringify(schema.describe().fields.age.tests.map(t => t.name)));
})();
