import i18next from 'i18next';
await i18next.init({ lng: 'en', resources: { en: { translation: { key: 'hello {{name}}', items_one: '{{count}} item', items_other: '{{count}} items', nested: { a: '$t(key)' } } }, de: { translation: { key: 'hallo {{name}}' } } } });
console.log(i18next.t('key', { name: 'W' }), i18next.t('items', { count: 1 }), i18next.t('items', { count: 5 }), i18next.t('nested.a', {name:'N'}));
await i18next.changeLanguage('de'); console.log(i18next.t('key', { name: 'X' }), i18next.t('missing'));
