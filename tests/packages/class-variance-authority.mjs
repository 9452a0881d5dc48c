// class-variance-authority as ESM: exports 'import' -> dist/index.mjs.
import { cva, cx } from 'class-variance-authority';
const button = cva('btn', {
  variants: { intent: { primary: 'bg-blue', secondary: 'bg-gray' }, size: { small: 'text-sm', medium: 'text-md' } },
  compoundVariants: [{ intent: 'primary', size: 'medium', class: 'uppercase' }],
  defaultVariants: { intent: 'primary', size: 'medium' },
});
console.log(button());
console.log(button({ intent: 'secondary', size: 'small' }));
console.log(button({ class: 'extra', size: 'small' }));
console.log(cx('a', false && 'b', ['c', { d: true, e: false }]));
