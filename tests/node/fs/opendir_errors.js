// opendir's errors name the opendir syscall (kiln reads the directory with
// scandir); opendirSync's message and error carry no path, as in node.
const fs = require('fs');
const path = require('path');
const missing = path.join(__dirname, 'no-such-dir-kiln');
const file = __filename;
const show = (tag, e) => console.log(tag, e.code, e.errno, e.syscall,
                                     e.message.split(__dirname).join('<dir>'),
                                     'path' in e ? 'has path' : 'no path');
try {
  fs.opendirSync(file);
} catch (e) {
  show('sync file', e);
}
try {
  fs.opendirSync(missing);
} catch (e) {
  show('sync missing', e);
}
fs.opendir(missing, (e) => {
  show('callback', e);
  fs.promises.opendir(file).catch((e2) => {
    show('promise', e2);
    const d = fs.opendirSync(__dirname);
    let n = 0;
    while (d.readSync() !== null) n++;
    d.closeSync();
    console.log('entries', n > 0);
  });
});
