import process from 'node:process';

process.on('message', (m) => {
  if (m === 'stop') {
    process.disconnect();
    return;
  }
  process.send({ squared: m * m, esm: typeof require === 'undefined' });
});
process.send('esm child ready');
