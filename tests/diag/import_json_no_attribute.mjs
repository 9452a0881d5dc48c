// JSON needs an import attribute in node 20.
import data from './_lib/data.json';
console.log(data);
