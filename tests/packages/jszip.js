const JSZip = require('jszip'); const z = new JSZip(); z.file('a.txt', 'hello'); z.folder('d').file('b.txt', 'world');
z.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }).then(b => JSZip.loadAsync(b)).then(async z2 => { console.log(Object.keys(z2.files)); console.log(await z2.file('d/b.txt').async('string')); });
