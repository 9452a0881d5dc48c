const xml2js = require('xml2js');
xml2js.parseString('<root a="1"><item>x</item><item>y</item><n>5</n></root>', (err, res) => {
  console.log(err, JSON.stringify(res));
  console.log(new xml2js.Builder().buildObject(res));
});
xml2js.parseStringPromise('<a><b>1</b></a>', { explicitArray: false }).then(r => console.log(JSON.stringify(r)));
