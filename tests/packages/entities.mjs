// entities as ESM: named exports, large decode tables.
import { encode, decode, encodeXML, decodeHTML, escapeUTF8, encodeHTML, decodeXML } from 'entities';
console.log(encode('<a href="x">&\'é😀</a>'));
console.log(encodeHTML('é ñ → ©'), encodeXML('é<>'));
console.log(decode('&lt;&amp;&gt; &copy; &#x41;&#66; &eacute; &notin; &amp'));
console.log(decodeHTML('&nbsp;&hellip;&mdash;'), decodeXML('&apos;&quot;&copy;'));
console.log(escapeUTF8('<é>'));
