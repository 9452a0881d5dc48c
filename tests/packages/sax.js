const sax = require('sax'); const p = sax.parser(true);
const out = []; p.onopentag = n => out.push('open ' + n.name + JSON.stringify(n.attributes)); p.ontext = t => out.push('text ' + t); p.onclosetag = n => out.push('close ' + n);
p.write('<a x="1"><b>hi</b><c/></a>').close(); console.log(out.join('\n'));
