const jwt = require('jsonwebtoken'); const t = jwt.sign({ sub: 'x', iat: 1600000000 }, 'secret', { algorithm: 'HS256' }); console.log(t);
console.log(JSON.stringify(jwt.verify(t, 'secret', { ignoreExpiration: true }))); try { jwt.verify(t, 'bad'); } catch (e) { console.log(e.name, e.message); }
