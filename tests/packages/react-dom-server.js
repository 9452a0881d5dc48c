const React = require('react'); const { renderToStaticMarkup } = require('react-dom/server');
function App({ items }) { return React.createElement('ul', { className: 'x' }, items.map(i => React.createElement('li', { key: i }, i))); }
console.log(renderToStaticMarkup(React.createElement(App, { items: ['a', 'b'] })));
