// SPDX-License-Identifier: MIT
//
// internal_intl_number.js: Intl.NumberFormat, Intl.PluralRules and
// Intl.Locale (ECMA-402 chapters 14, 15 and 16) with CLDR's English data as
// node 20's ICU prints it; each export becomes a property of Intl
// (internal_intl.js).
//
// Numbers are exact decimals { neg, n, scale } (value = n * 10^-scale, n a
// non-negative BigInt): a Number enters as its shortest round-trip digits
// (as ICU takes it), a BigInt or a numeric string exactly; rounding is then
// integer arithmetic.
'use strict';

const L = require('kiln:internal_intl_locale');

// Simple units: "short|short plural|long|long plural|narrow|narrow plural"
// suffixes after the number ("=" repeats the one before).
const UNITS = {
  acre: " ac|=| acre| acres|ac|=",
  bit: " bit|=|=| bits|bit|=",
  byte: " byte|=|=| bytes|B|=",
  celsius: "°C|=| degree Celsius| degrees Celsius|°C|=",
  centimeter: " cm|=| centimeter| centimeters|cm|=",
  day: " day| days| day| days|d|=",
  degree: " deg|=| degree| degrees|°|=",
  fahrenheit: "°F|=| degree Fahrenheit| degrees Fahrenheit|°|=",
  'fluid-ounce': " fl oz|=| fluid ounce| fluid ounces|fl oz|=",
  foot: " ft|=| foot| feet|′|=",
  gallon: " gal|=| gallon| gallons|gal|=",
  gigabit: " Gb|=| gigabit| gigabits|Gb|=",
  gigabyte: " GB|=| gigabyte| gigabytes|GB|=",
  gram: " g|=| gram| grams|g|=",
  hectare: " ha|=| hectare| hectares|ha|=",
  hour: " hr|=| hour| hours|h|=",
  inch: " in|=| inch| inches|″|=",
  kilobit: " kb|=| kilobit| kilobits|kb|=",
  kilobyte: " kB|=| kilobyte| kilobytes|kB|=",
  kilogram: " kg|=| kilogram| kilograms|kg|=",
  kilometer: " km|=| kilometer| kilometers|km|=",
  liter: " L|=| liter| liters|L|=",
  megabit: " Mb|=| megabit| megabits|Mb|=",
  megabyte: " MB|=| megabyte| megabytes|MB|=",
  meter: " m|=| meter| meters|m|=",
  microsecond: " μs|=| microsecond| microseconds|μs|=",
  mile: " mi|=| mile| miles|mi|=",
  'mile-scandinavian': " smi|=| mile-scandinavian| miles-scandinavian|smi|=",
  milliliter: " mL|=| milliliter| milliliters|mL|=",
  millimeter: " mm|=| millimeter| millimeters|mm|=",
  millisecond: " ms|=| millisecond| milliseconds|ms|=",
  minute: " min|=| minute| minutes|m|=",
  month: " mth| mths| month| months|m|=",
  nanosecond: " ns|=| nanosecond| nanoseconds|ns|=",
  ounce: " oz|=| ounce| ounces|oz|=",
  percent: "%|=| percent|=|%|=",
  petabyte: " PB|=| petabyte| petabytes|PB|=",
  pound: " lb|=| pound| pounds|#|=",
  second: " sec|=| second| seconds|s|=",
  stone: " st|=| stone| stones|st|=",
  terabit: " Tb|=| terabit| terabits|Tb|=",
  terabyte: " TB|=| terabyte| terabytes|TB|=",
  week: " wk| wks| week| weeks|w|=",
  yard: " yd|=| yard| yards|yd|=",
  year: " yr| yrs| year| years|y|=",
};
// The denominator of a compound unit: short|long|narrow suffixes.
const PER_UNIT = {
  acre: "/ac| per acre|/ac",
  bit: "/bit| per bit|/bit",
  byte: "/byte| per byte|/B",
  celsius: "/°C| per degree Celsius|/°C",
  centimeter: "/cm| per centimeter|/cm",
  day: "/d| per day|/d",
  degree: "/deg| per degree|/°",
  fahrenheit: "/°F| per degree Fahrenheit|/°",
  'fluid-ounce': "/fl oz| per fluid ounce|/fl oz",
  foot: "/ft| per foot|/ft",
  gallon: "/gal US| per gallon|/gal",
  gigabit: "/Gb| per gigabit|/Gb",
  gigabyte: "/GB| per gigabyte|/GB",
  gram: "/g| per gram|/g",
  hectare: "/ha| per hectare|/ha",
  hour: "/h| per hour|/h",
  inch: "/in| per inch|/in",
  kilobit: "/kb| per kilobit|/kb",
  kilobyte: "/kB| per kilobyte|/kB",
  kilogram: "/kg| per kilogram|/kg",
  kilometer: "/km| per kilometer|/km",
  liter: "/L| per liter|/L",
  megabit: "/Mb| per megabit|/Mb",
  megabyte: "/MB| per megabyte|/MB",
  meter: "/m| per meter|/m",
  microsecond: "/μs| per microsecond|/μs",
  mile: "/mi| per mile|/mi",
  'mile-scandinavian': "/smi| per mile-scandinavian|/smi",
  milliliter: "/mL| per milliliter|/mL",
  millimeter: "/mm| per millimeter|/mm",
  millisecond: "/ms| per millisecond|/ms",
  minute: "/min| per minute|/min",
  month: "/m| per month|/m",
  nanosecond: "/ns| per nanosecond|/ns",
  ounce: "/oz| per ounce|/oz",
  percent: "/%| per percent|/%",
  petabyte: "/PB| per petabyte|/PB",
  pound: "/lb| per pound|/lb",
  second: "/s| per second|/s",
  stone: "/st| per stone|/st",
  terabit: "/Tb| per terabit|/Tb",
  terabyte: "/TB| per terabyte|/TB",
  week: "/w| per week|/w",
  yard: "/yd| per yard|/yd",
  year: "/y| per year|/y",
};
// Currency symbols (where not the code), narrow symbols (where not the symbol),
// digits (where not 2), names ("one|other"; "+s" appends to the one form).
const CURRENCY_SYMBOL = {"AUD":"A$","BRL":"R$","CAD":"CA$","CNY":"CN¥","EUR":"€","GBP":"£","HKD":"HK$","ILS":"₪","INR":"₹","JPY":"¥","KRW":"₩","MXN":"MX$","NZD":"NZ$","PHP":"₱","TWD":"NT$","USD":"$","VND":"₫","XAF":"FCFA","XCD":"EC$","XCG":"Cg.","XOF":"F CFA","XPF":"CFPF"};
const CURRENCY_NARROW = {"AFN":"؋","AMD":"֏","AOA":"Kz","ARS":"$","AUD":"$","AZN":"₼","BAM":"KM","BBD":"$","BDT":"৳","BMD":"$","BND":"$","BOB":"Bs","BSD":"$","BWP":"P","BZD":"$","CAD":"$","CLP":"$","CNY":"¥","COP":"$","CRC":"₡","CUC":"$","CUP":"$","CZK":"Kč","DKK":"kr","DOP":"$","EGP":"E£","FJD":"$","FKP":"£","GEL":"₾","GHS":"GH₵","GIP":"£","GNF":"FG","GTQ":"Q","GYD":"$","HKD":"$","HNL":"L","HRK":"kn","HUF":"Ft","IDR":"Rp","ISK":"kr","JMD":"$","KGS":"⃀","KHR":"៛","KMF":"CF","KPW":"₩","KYD":"$","KZT":"₸","LAK":"₭","LBP":"L£","LKR":"Rs","LRD":"$","MGA":"Ar","MMK":"K","MNT":"₮","MUR":"Rs","MXN":"$","MYR":"RM","NAD":"$","NGN":"₦","NIO":"C$","NOK":"kr","NPR":"Rs","NZD":"$","PKR":"Rs","PLN":"zł","PYG":"₲","RON":"lei","RUB":"₽","RWF":"RF","SBD":"$","SEK":"kr","SGD":"$","SHP":"£","SRD":"$","SSP":"£","STN":"Db","SYP":"£","THB":"฿","TOP":"T$","TRY":"₺","TTD":"$","TWD":"$","UAH":"₴","UYU":"$","XCD":"$","ZAR":"R","ZMW":"ZK"};
const CURRENCY_DIGITS = {"AFN":0,"ALL":0,"BHD":3,"BIF":0,"CLP":0,"COP":0,"DJF":0,"GNF":0,"HUF":0,"IDR":0,"IQD":0,"IRR":0,"ISK":0,"JOD":3,"JPY":0,"KMF":0,"KPW":0,"KRW":0,"KWD":3,"LAK":0,"LBP":0,"LYD":3,"MGA":0,"MMK":0,"OMR":3,"PKR":0,"PYG":0,"RWF":0,"SLL":0,"SOS":0,"SYP":0,"TND":3,"UGX":0,"VND":0,"VUV":0,"XAF":0,"XOF":0,"XPF":0,"YER":0};
const CURRENCY_NAME = {
  AED: "UAE dirham|+s", AFN: "Afghan Afghani|+s", ALL: "Albanian lek|+ë",
  AMD: "Armenian dram|+s", ANG: "Netherlands Antillean guilder|+s", AOA: "Angolan kwanza|+s",
  ARS: "Argentine peso|+s", AUD: "Australian dollar|+s", AWG: "Aruban florin",
  AZN: "Azerbaijani manat|+s", BAM: "Bosnia-Herzegovina convertible mark|+s",
  BBD: "Barbadian dollar|+s", BDT: "Bangladeshi taka|+s", BGN: "Bulgarian lev|+a",
  BHD: "Bahraini dinar|+s", BIF: "Burundian franc|+s", BMD: "Bermudan dollar|+s",
  BND: "Brunei dollar|+s", BOB: "Bolivian boliviano|+s", BRL: "Brazilian real|+s",
  BSD: "Bahamian dollar|+s", BTN: "Bhutanese ngultrum|+s", BWP: "Botswanan pula|+s",
  BYN: "Belarusian ruble|+s", BZD: "Belize dollar|+s", CAD: "Canadian dollar|+s",
  CDF: "Congolese franc|+s", CHF: "Swiss franc|+s", CLP: "Chilean peso|+s",
  CNY: "Chinese yuan", COP: "Colombian peso|+s", CRC: "Costa Rican colón|+s",
  CUC: "Cuban convertible peso|+s", CUP: "Cuban peso|+s", CVE: "Cape Verdean escudo|+s",
  CZK: "Czech koruna|+s", DJF: "Djiboutian franc|+s", DKK: "Danish krone|+r",
  DOP: "Dominican peso|+s", DZD: "Algerian dinar|+s", EGP: "Egyptian pound|+s",
  ERN: "Eritrean nakfa|+s", ETB: "Ethiopian birr|+s", EUR: "euro|+s", FJD: "Fijian dollar|+s",
  FKP: "Falkland Islands pound|+s", GBP: "British pound|+s", GEL: "Georgian lari|+s",
  GHS: "Ghanaian cedi|+s", GIP: "Gibraltar pound|+s", GMD: "Gambian dalasi|+s",
  GNF: "Guinean franc|+s", GTQ: "Guatemalan quetzal|+s", GYD: "Guyanaese dollar|+s",
  HKD: "Hong Kong dollar|+s", HNL: "Honduran lempira|+s", HRK: "Croatian kuna|+s",
  HTG: "Haitian gourde|+s", HUF: "Hungarian forint|+s", IDR: "Indonesian rupiah|+s",
  ILS: "Israeli new shekel|+s", INR: "Indian rupee|+s", IQD: "Iraqi dinar|+s",
  IRR: "Iranian rial|+s", ISK: "Icelandic króna|Icelandic krónur", JMD: "Jamaican dollar|+s",
  JOD: "Jordanian dinar|+s", JPY: "Japanese yen", KES: "Kenyan shilling|+s",
  KGS: "Kyrgyz som|+s", KHR: "Cambodian riel|+s", KMF: "Comorian franc|+s",
  KPW: "North Korean won", KRW: "South Korean won", KWD: "Kuwaiti dinar|+s",
  KYD: "Cayman Islands dollar|+s", KZT: "Kazakhstani tenge|+s", LAK: "Laotian kip|+s",
  LBP: "Lebanese pound|+s", LKR: "Sri Lankan rupee|+s", LRD: "Liberian dollar|+s",
  LSL: "Lesotho loti|+s", LYD: "Libyan dinar|+s", MAD: "Moroccan dirham|+s",
  MDL: "Moldovan leu|Moldovan lei", MGA: "Malagasy ariary|Malagasy ariaries",
  MKD: "Macedonian denar|+i", MMK: "Myanmar kyat|+s", MNT: "Mongolian tugrik|+s",
  MOP: "Macanese pataca|+s", MRU: "Mauritanian ouguiya|+s", MUR: "Mauritian rupee|+s",
  MVR: "Maldivian rufiyaa|+s", MWK: "Malawian kwacha|+s", MXN: "Mexican peso|+s",
  MYR: "Malaysian ringgit|+s", MZN: "Mozambican metical|+s", NAD: "Namibian dollar|+s",
  NGN: "Nigerian naira|+s", NIO: "Nicaraguan córdoba|+s", NOK: "Norwegian krone|+r",
  NPR: "Nepalese rupee|+s", NZD: "New Zealand dollar|+s", OMR: "Omani rial|+s",
  PAB: "Panamanian balboa|+s", PEN: "Peruvian sol|+es", PGK: "Papua New Guinean kina",
  PHP: "Philippine peso|+s", PKR: "Pakistani rupee|+s", PLN: "Polish zloty|+s",
  PYG: "Paraguayan guarani|+s", QAR: "Qatari riyal|+s", RON: "Romanian leu|Romanian lei",
  RSD: "Serbian dinar|+s", RUB: "Russian ruble|+s", RWF: "Rwandan franc|+s",
  SAR: "Saudi riyal|+s", SBD: "Solomon Islands dollar|+s", SCR: "Seychellois rupee|+s",
  SDG: "Sudanese pound|+s", SEK: "Swedish krona|Swedish kronor", SGD: "Singapore dollar|+s",
  SHP: "St. Helena pound|+s", SLE: "Sierra Leonean leone|+s",
  SLL: "Sierra Leonean leone (1964—2022)|Sierra Leonean leones (1964—2022)",
  SOS: "Somali shilling|+s", SRD: "Surinamese dollar|+s", SSP: "South Sudanese pound|+s",
  STN: "São Tomé & Príncipe dobra|+s", SVC: "Salvadoran colón|Salvadoran colones",
  SYP: "Syrian pound|+s", SZL: "Swazi lilangeni|Swazi emalangeni", THB: "Thai baht",
  TJS: "Tajikistani somoni|+s", TMT: "Turkmenistani manat", TND: "Tunisian dinar|+s",
  TOP: "Tongan paʻanga", TRY: "Turkish lira|Turkish Lira", TTD: "Trinidad & Tobago dollar|+s",
  TWD: "New Taiwan dollar|+s", TZS: "Tanzanian shilling|+s", UAH: "Ukrainian hryvnia|+s",
  UGX: "Ugandan shilling|+s", USD: "US dollar|+s", UYU: "Uruguayan peso|+s",
  UZS: "Uzbekistani som", VES: "Venezuelan bolívar|+s", VND: "Vietnamese dong",
  VUV: "Vanuatu vatu|+s", WST: "Samoan tala", XAF: "Central African CFA franc|+s",
  XCD: "East Caribbean dollar|+s", XCG: "Caribbean guilder|+s", XDR: "special drawing rights",
  XOF: "West African CFA franc|+s", XPF: "CFP franc|+s", XSU: "Sucre|+s",
  YER: "Yemeni rial|+s", ZAR: "South African rand", ZMW: "Zambian kwacha|+s",
  ZWG: "Zimbabwean gold", ZWL: "Zimbabwean dollar (2009–2024)|Zimbabwean dollars (2009–2024)",
};

const NBSP = '\u00a0';

// ---------------------------------------------------------------------------
// Exact decimals.
// ---------------------------------------------------------------------------

const NAN = { special: 'nan', neg: false };
function dec(neg, n, scale) { return { special: null, neg, n, scale }; }

// "123.45e-6" (no sign) -> decimal, or null.
function parseDecimal(s, neg) {
  const m = /^(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(s);
  if (!m || (m[1] === '' && (m[2] === undefined || m[2] === ''))) return null;
  const frac = m[2] || '';
  const exp = m[3] === undefined ? 0 : Number(m[3]);
  return dec(neg, BigInt((m[1] + frac) || '0'), frac.length - exp);
}

// ToIntlMathematicalValue (#sec-tointlmathematicalvalue).
function toIntlMV(value) {
  let prim = value;
  if (prim !== null && (typeof prim === 'object' || typeof prim === 'function')) {
    prim = toPrimitiveNumber(prim);
  }
  if (typeof prim === 'bigint') return dec(prim < 0n, prim < 0n ? -prim : prim, 0);
  if (typeof prim === 'string') return parseString(prim);
  return fromNumber(Number(prim));
}
function toPrimitiveNumber(o) {
  const ex = o[Symbol.toPrimitive];
  if (ex !== undefined && ex !== null) {
    const r = ex.call(o, 'number');
    if (r !== null && (typeof r === 'object' || typeof r === 'function')) {
      throw new TypeError('Cannot convert object to primitive value');
    }
    return r;
  }
  for (const k of ['valueOf', 'toString']) {
    const f = o[k];
    if (typeof f === 'function') {
      const r = f.call(o);
      if (r === null || (typeof r !== 'object' && typeof r !== 'function')) return r;
    }
  }
  throw new TypeError('Cannot convert object to primitive value');
}
function fromNumber(x) {
  if (Number.isNaN(x)) return NAN;
  const neg = x < 0 || Object.is(x, -0);
  if (!Number.isFinite(x)) return { special: 'inf', neg };
  return parseDecimal(String(Math.abs(x)).replace('e+', 'e'), neg);
}
function parseString(str) {
  const s = str.trim();
  if (s === '') return dec(false, 0n, 0);
  if (/^0[xX][0-9a-fA-F]+$|^0[oO][0-7]+$|^0[bB][01]+$/.test(s)) return dec(false, BigInt(s), 0);
  let neg = false, body = s;
  if (s[0] === '+' || s[0] === '-') { neg = s[0] === '-'; body = s.slice(1); }
  if (body === 'Infinity') return { special: 'inf', neg };
  const d = parseDecimal(body, neg);
  if (d === null) return NAN;
  if (!Number.isFinite(Number(body))) return { special: 'inf', neg };
  return d;
}

const isZero = (d) => d.special === null && d.n === 0n;
// floor(log10(|d|)); 0 for zero.
function magnitude(d) {
  if (d.n === 0n) return 0;
  return d.n.toString().length - 1 - d.scale;
}
function shift(d, k) { return dec(d.neg, d.n, d.scale - k); }  // d * 10^k
function pow10(k) { return 10n ** BigInt(k); }

// [d] rounded to a multiple of inc * 10^k under [mode].
function roundTo(d, k, inc, mode) {
  if (d.special !== null) return d;
  let n = d.n, s = d.scale;
  const target = -k;
  if (s < target) { n *= pow10(target - s); s = target; }
  const unit = BigInt(inc) * pow10(s - target);
  let q = n / unit;
  const r = n % unit;
  if (r !== 0n) {
    let m = mode;
    if (d.neg) {
      m = { ceil: 'trunc', floor: 'expand', halfCeil: 'halfTrunc', halfFloor: 'halfExpand' }[m] || m;
    } else {
      m = { ceil: 'expand', floor: 'trunc', halfCeil: 'halfExpand', halfFloor: 'halfTrunc' }[m] || m;
    }
    const twice = r * 2n;
    let up;
    switch (m) {
      case 'expand': up = true; break;
      case 'trunc': up = false; break;
      case 'halfExpand': up = twice >= unit; break;
      case 'halfTrunc': up = twice > unit; break;
      default: up = twice > unit || (twice === unit && q % 2n === 1n); break;  // halfEven
    }
    if (up) q += 1n;
  }
  return dec(d.neg, q * BigInt(inc), target);
}

// Digits of non-negative [n] at [scale] as [int, frac] strings.
function digitStrings(n, scale) {
  let s = n.toString();
  if (scale <= 0) return [n === 0n ? '0' : s + '0'.repeat(-scale), ''];
  if (s.length <= scale) s = '0'.repeat(scale - s.length + 1) + s;
  return [s.slice(0, s.length - scale), s.slice(s.length - scale)];
}

// FormatNumericToString's rounding: { d, int, frac } with the fraction
// digits to display.
function toRawFixed(x, minF, maxF, inc, mode) {
  const d = roundTo(x, -maxF, inc, mode);
  let [int, frac] = digitStrings(d.n, d.scale);
  let cut = frac.length;
  while (cut > minF && frac[cut - 1] === '0') cut--;
  frac = frac.slice(0, cut);
  return { d, int, frac, mag: -maxF };
}
function toRawPrecision(x, minP, maxP, mode) {
  const e = isZero(x) ? 0 : magnitude(x);
  const d = roundTo(x, e - maxP + 1, 1, mode);
  let [int, frac] = digitStrings(d.n, d.scale);
  const e2 = d.n === 0n ? 0 : magnitude(d);
  const keep = Math.max(0, minP - e2 - 1);
  let cut = frac.length;
  while (cut > keep && frac[cut - 1] === '0') cut--;
  frac = frac.slice(0, cut);
  if (frac.length < keep) frac += '0'.repeat(keep - frac.length);
  return { d, int, frac, mag: e - maxP + 1 };
}

function formatNumericToString(nf, x) {
  let r;
  const type = nf.roundingType;
  if (type === 'significantDigits') {
    r = toRawPrecision(x, nf.minimumSignificantDigits, nf.maximumSignificantDigits, nf.roundingMode);
  } else if (type === 'fractionDigits') {
    r = toRawFixed(x, nf.minimumFractionDigits, nf.maximumFractionDigits, nf.roundingIncrement,
                   nf.roundingMode);
  } else {
    const s = toRawPrecision(x, nf.minimumSignificantDigits, nf.maximumSignificantDigits,
                             nf.roundingMode);
    const f = toRawFixed(x, nf.minimumFractionDigits, nf.maximumFractionDigits,
                         nf.roundingIncrement, nf.roundingMode);
    if (type === 'morePrecision') r = s.mag <= f.mag ? s : f;
    else r = s.mag <= f.mag ? f : s;
  }
  if (nf.trailingZeroDisplay === 'stripIfInteger' && /^0*$/.test(r.frac)) r.frac = '';
  if (r.int.length < nf.minimumIntegerDigits) {
    r.int = '0'.repeat(nf.minimumIntegerDigits - r.int.length) + r.int;
  }
  return r;
}

// ---------------------------------------------------------------------------
// Data.
// ---------------------------------------------------------------------------


// English locales beside en-US (CLDR via node 20): each differs from its
// parent (en-001 for the regional ones) only where given.
const LOCALE_DATA = {
  'en-001': {"units":{"centimeter":" cm|=| centimetre| centimetres|cm|=","fahrenheit":"°F|=| degree Fahrenheit| degrees Fahrenheit|°F|=","fluid-ounce":" US fl oz|=| US fluid ounce| US fluid ounces|US fl oz|=","gallon":" US gal|=| US gallon| US gallons|USgal|=","hour":" hr| hrs| hour| hours|h|=","kilometer":" km|=| kilometre| kilometres|km|=","liter":" l|=| litre| litres|l|=","meter":" m|=| metre| metres|m|=","mile-scandinavian":" smi|=| Scandinavian mile| Scandinavian miles|smi|=","milliliter":" ml|=| millilitre| millilitres|ml|=","millimeter":" mm|=| millimetre| millimetres|mm|=","minute":" min| mins| minute| minutes|m|=","percent":"%|=| per cent|=|%|=","pound":" lb|=| pound| pounds|lb|=","second":" sec| secs| second| seconds|s|=","stone":" st|=| stone|=|st|="},"per":{"centimeter":"/cm| per centimetre|/cm","fahrenheit":"/°F| per degree Fahrenheit|/°F","fluid-ounce":"/US fl oz| per US fluid ounce|/US fl oz","gallon":"/US gal| per US gallon|/USgal","kilometer":"/km| per kilometre|/km","liter":"/l| per litre|/l","meter":"/m| per metre|/m","mile-scandinavian":"/smi| per Scandinavian mile|/smi","milliliter":"/ml| per millilitre|/ml","millimeter":"/mm| per millimetre|/mm","percent":"/%| per per cent|/%"},"sym":{"JPY":"JP¥","USD":"US$"}},
  'en-GB': {"parent":"en-001","compactShort":"3:k,3:k,3:k,6:m,6:m,6:m,9:bn,9:bn,9:bn,12:tn,12:tn,12:tn"},
  'en-AU': {"parent":"en-001","units":{"gallon":" gal US|=| US gallon| US gallons| gal US|=","liter":" L|=| litre| litres|L|=","milliliter":" mL|=| millilitre| millilitres|mL|="},"per":{"gallon":"/gal US| per US gallon|/USgal","liter":"/L| per litre|/L","milliliter":"/mL| per millilitre|/mL"},"sym":{"AUD":"$","BRL":"BRL","CAD":"CAD","CNY":"CNY","EUR":"EUR","GBP":"GBP","HKD":"HKD","ILS":"ILS","INR":"INR","JPY":"JPY","KRW":"KRW","MXN":"MXN","NZD":"NZD","PHP":"PHP","SCR":"Rs","TWD":"TWD","USD":"USD","VND":"VND","XAF":"XAF","XCD":"XCD","XOF":"XOF","XPF":"CFP"},"narrow":{"BDT":"Tk","CUP":"₱","EGP":"£","ISK":"Kr","PYG":"Gs","SCR":"Rs","SEK":"Kr","UYU":"$U","XAF":"XAF","XOF":"XOF","XPF":"CFP"},"exp":"e"},
  'en-CA': {"parent":"en-001","units":{"bit":" bit| bits| bit| bits|bit|bits","byte":" byte| bytes| byte| bytes|B|=","celsius":" °C|=| degree Celsius| degrees Celsius|°|=","fahrenheit":" °F|=| degree Fahrenheit| degrees Fahrenheit|°F|=","liter":" L|=| litre| litres|L|=","microsecond":" μsec| μsecs| microsecond| microseconds|μs|=","milliliter":" mL|=| millilitre| millilitres|mL|=","millisecond":" millisec| millisecs| millisecond| milliseconds|ms|=","minute":" min| mins| minute| minutes|min|=","month":" mo| mos| month| months|m|=","nanosecond":" nanosec| nanosecs| nanosecond| nanoseconds|ns|=","percent":"%|=| percent|=|%|="},"per":{"celsius":"/°C| per degree Celsius|/°","hour":"/hr| per hour|/hr","liter":"/L| per litre|/L","microsecond":"/μsec| per microsecond|/μs","milliliter":"/mL| per millilitre|/mL","millisecond":"/millisec| per millisecond|/ms","month":"/mo| per month|/mo","nanosecond":"/nanosec| per nanosecond|/ns","percent":"/%| per percent|/%","second":"/sec| per second|/sec","week":"/wk| per week|/wk","year":"/yr| per year|/yr"},"sym":{"CAD":"$","XCG":"Cg"},"narrow":{"XCG":"Cg"}},
  'en-IN': {"parent":"en-001","sym":{"USD":"$"},"compactShort":"3:K,3:K,5:L,5:L,7:Cr,7:Cr,7:Cr,10:KCr,10:KCr,12:LCr,12:LCr,12:LCr","compactLong":"3: thousand,3: thousand,5: lakh,5: lakh,7: crore,7: crore,7: crore,7: crore,7: crore,12: lakh crore,12: lakh crore,12: lakh crore","secondary":2},
  'en-NZ': {"parent":"en-001","sym":{"NZD":"$"}},
  'en-IE': {"parent":"en-001"},
  'en-ZA': {"parent":"en-001","sym":{"ZAR":"R"},"group":" ","decimal":","},
  'en-150': {"parent":"en-001","alphaSuffix":true},
};
// Their currency names (as CURRENCY_NAME) and compound units whose pattern
// is not numerator + per-unit ("unit:display" -> suffix for one|other; null:
// composed after all, where the parent has a pattern).
const LOCALE_EXTRA = {
  'en-001': { names: {"AFN":"Afghan afghani|+s","BMD":"Bermudian dollar|+s","BYN":"Belarusian rouble|+s","ETB":"Ethiopian birr","LSL":"Lesotho loti|Lesotho maloti","MGA":"Malagasy ariary","MVR":"Maldivian rufiyaa","RUB":"Russian rouble|+s","SHP":"St Helena pound|+s","VUV":"Vanuatu vatu"}, compound: {"mile-per-gallon:short":" mpg US","mile-per-gallon:narrow":"mpgUS"} },
  'en-GB': { names: {}, compound: {} },
  'en-AU': { names: {"AFN":"Afghan Afghani|+s","BAM":"Bosnia-Herzegovina convertible marka","BBD":"Barbados dollar|+s","BMD":"Bermuda dollar|+s","ETB":"Ethiopian birr|+s","GEL":"Georgian lari","ILS":"Israeli shekel|Israeli sheckles","KZT":"Kazakhstani tenge","LAK":"Laotian kip","LSL":"Lesotho loti|+s","MKD":"Macedonian denar","MVR":"Maldivian rufiyaa|+s","PGK":"Papua New Guinean kina|+s","QAR":"Qatari riyal|Quatari riyals","SLL":"Sierra Leonean leone (1964–2022)|Sierra Leonean leones (1964–2022)","SRD":"Suriname dollar|+s","TRY":"Turkish lira|Turkish lire","UZS":"Uzbekistani som|+s","VND":"Vietnamese dong|+s","VUV":"Vanuatu vatu|+s","WST":"Samoan tala|+s"}, compound: {"kilometer-per-hour:narrow":" km/h","meter-per-second:short":" m/s."} },
  'en-CA': { names: {"BYN":"Belarusian ruble|+s","ETB":"Ethiopian birr|+s","LSL":"Lesotho loti|+s","MGA":"Malagasy ariary|Malagasy ariaries","MVR":"Maldivian rufiyaa|+s","RUB":"Russian ruble|+s","SHP":"Saint Helena pound|+s","STN":"São Tomé and Príncipe dobra|+s","TTD":"Trinidad and Tobago dollar|+s","VUV":"Vanuatu vatu|+s"}, compound: {"kilometer-per-hour:short":" km/h","kilometer-per-hour:narrow":"km/h","meter-per-second:short":" m/s","meter-per-second:narrow":"m/s"} },
  'en-IN': { names: {"ANG":"Netherlands Antillean Guilder|+s","KGS":"Kyrgyzstani Som|+s","KZT":"Kazakhstani Tenge|+s","SLE":"Sierra Leonean Leone|+s","TJS":"Tajikistani Somoni|+s","TMT":"Turkmenistani Manat","UZS":"Uzbekistani Som","VES":"Venezuelan Bolívar|+s","XCG":"Caribbean Guilder|+s","ZWG":"Zimbabwean Gold"}, compound: {"kilometer-per-hour:short":" kph","kilometer-per-hour:narrow":"kph"} },
  'en-NZ': { names: {}, compound: {} },
  'en-IE': { names: {}, compound: {} },
  'en-ZA': { names: {}, compound: {} },
  'en-150': { names: {}, compound: {} },
};
const COMPACT_SHORT_US = "3:K,3:K,3:K,6:M,6:M,6:M,9:B,9:B,9:B,12:T,12:T,12:T";
const COMPACT_LONG_US = "3: thousand,3: thousand,3: thousand,6: million,6: million,6: million,9: billion,9: billion,9: billion,12: trillion,12: trillion,12: trillion";

// The data of [locale] (one of L.AVAILABLE) merged along its parents:
// lookups fall back to en-US's tables.
const dataCache = new Map();
function localeData(locale) {
  let d = dataCache.get(locale);
  if (d !== undefined) return d;
  const chain = [];
  for (let l = locale; l !== undefined && LOCALE_DATA[l] !== undefined; l = LOCALE_DATA[l].parent) {
    chain.unshift(LOCALE_DATA[l]);
  }
  d = { units: {}, per: {}, sym: {}, narrow: {}, names: {}, compound: {}, compactShort: COMPACT_SHORT_US,
        compactLong: COMPACT_LONG_US, group: ',', decimal: '.', secondary: 3, exp: 'E',
        alphaSuffix: false };
  for (let l = locale; LOCALE_EXTRA[l] !== undefined; l = LOCALE_DATA[l].parent) {
    chain.splice(chain.indexOf(LOCALE_DATA[l]) + 1, 0, LOCALE_EXTRA[l]);
  }
  for (const c of chain) {
    for (const k of ['units', 'per', 'sym', 'narrow', 'names', 'compound']) Object.assign(d[k], c[k]);
    for (const k of ['compactShort', 'compactLong', 'group', 'decimal', 'secondary', 'exp',
      'alphaSuffix']) {
      if (c[k] !== undefined) d[k] = c[k];
    }
  }
  const table = (str) => str.split(',').map((e) => {
    const colon = e.indexOf(':');
    return { div: Number(e.slice(0, colon)), text: e.slice(colon + 1) };
  });
  d.compactShort = table(d.compactShort);
  d.compactLong = table(d.compactLong);
  dataCache.set(locale, d);
  return d;
}
// The compact pattern for a number of magnitude [m]: { div, text } or null.
function compactFor(table, m) {
  if (m < 3) return null;
  return table[Math.min(m, 14) - 3];
}

function currencySymbol(code, display, data) {
  if (display === 'code') return code;
  if (display === 'narrowSymbol') {
    if (data.narrow[code] !== undefined) return data.narrow[code];
    if (CURRENCY_NARROW[code] !== undefined) return CURRENCY_NARROW[code];
    return CURRENCY_SYMBOL[code] !== undefined ? CURRENCY_SYMBOL[code] : code;
  }
  if (data.sym[code] !== undefined) return data.sym[code];
  return CURRENCY_SYMBOL[code] !== undefined ? CURRENCY_SYMBOL[code] : code;
}
function currencyName(code, plural, data) {
  const e = data.names[code] !== undefined ? data.names[code] : CURRENCY_NAME[code];
  if (e === undefined) return code;
  const bar = e.indexOf('|');
  if (bar < 0) return e;
  if (plural === 'one') return e.slice(0, bar);
  const other = e.slice(bar + 1);
  return other[0] === '+' ? e.slice(0, bar) + other.slice(1) : other;
}
function unitForms(unit, data) {
  const forms = [];
  const str = data.units[unit] !== undefined ? data.units[unit] : UNITS[unit];
  for (const f of str.split('|')) forms.push(f === '=' ? forms[forms.length - 1] : f);
  return forms;
}
const DISPLAY_INDEX = { short: 0, long: 1, narrow: 2 };
// The suffix after the number for [unit] (simple or x-per-y) in [display]
// and [plural] form; { middle } when ICU treats it as an affix (percent).
function unitSuffix(unit, display, plural, data) {
  const di = DISPLAY_INDEX[display];
  const pi = di * 2 + (plural === 'one' ? 0 : 1);
  const per = unit.indexOf('-per-');
  if (per < 0) return { text: unitForms(unit, data)[pi], middle: unit === 'percent' && display !== 'long' };
  const num = unit.slice(0, per), den = unit.slice(per + 5);
  const special = data.compound[`${unit}:${display}`];
  if (special) {
    const bar = special.indexOf('|');
    const text = bar < 0 ? special : plural === 'one' ? special.slice(0, bar) : special.slice(bar + 1);
    return { text, middle: false };
  }
  if (display !== 'long' && special !== null) {
    if (num === 'percent') return { text: '%', middle: true };
    if (unit === 'mile-per-gallon') return { text: display === 'short' ? ' mpg' : 'mpg', middle: false };
    if (unit === 'mile-per-hour') return { text: display === 'short' ? ' mph' : 'mph', middle: false };
  }
  const perText = data.per[den] !== undefined ? data.per[den] : PER_UNIT[den];
  return { text: unitForms(num, data)[pi] + perText.split('|')[di], middle: false };
}

function pluralOf(int, frac) {
  return frac === '' && /^0*1$/.test(int) ? 'one' : 'other';
}

// The number itself formatted (no sign, no style): { parts, int, frac, zero }.
function numberParts(nf, x) {
  if (x.special === 'nan') {
    return { parts: [{ type: 'nan', value: 'NaN' }], tail: [], int: 'NaN', frac: '', zero: false };
  }
  if (x.special === 'inf') {
    return { parts: [{ type: 'infinity', value: '∞' }], tail: [], int: '∞', frac: '', zero: false };
  }
  let exp = null, compact = 0, r;
  const tail = [];
  if (nf.notation === 'scientific' || nf.notation === 'engineering') {
    const step = nf.notation === 'engineering' ? 3 : 1;
    let e = isZero(x) ? 0 : Math.floor(magnitude(x) / step) * step;
    r = formatNumericToString(nf, shift(x, -e));
    if (r.d.n !== 0n && magnitude(r.d) >= step) {
      // Rounding carried into a new digit (9.9996 -> 10.000): as ICU, the
      // rounded value moves to the next exponent.
      e += step;
      r = formatNumericToString(nf, shift(r.d, -step));
    }
    exp = e;
  } else if (nf.notation === 'compact') {
    // CLDR has no long compact currency patterns for English: ICU falls back to short.
    const table = nf.compactDisplay === 'long' && !(nf.style === 'currency' && nf.currencyDisplay !== 'name')
      ? nf.data.compactLong : nf.data.compactShort;
    const cexp = (m) => { const c = compactFor(table, m); return c === null ? 0 : c.div; };
    compact = isZero(x) ? 0 : cexp(magnitude(x));
    r = formatNumericToString(nf, shift(x, -compact));
    if (r.d.n !== 0n && cexp(magnitude(r.d) + compact) !== compact) {
      const next = cexp(magnitude(r.d) + compact);
      r = formatNumericToString(nf, shift(r.d, compact - next));
      compact = next;
    }
    if (compact) {
      const c = /^(\s*)(.*)$/.exec(compactFor(table, magnitude(r.d) + compact).text);
      if (c[1] !== '') tail.push({ type: 'literal', value: c[1] });
      tail.push({ type: 'compact', value: c[2] });
    }
  } else {
    r = formatNumericToString(nf, x);
  }
  const parts = [];
  const g = nf.useGrouping;
  const data = nf.data;
  const group = g !== false && r.int.length >= (g === 'min2' ? 5 : 4);
  if (group) {
    // Groups of three at the right, then of data.secondary (2 in en-IN).
    const sizes = [];
    let rest = r.int.length - 3;
    // en-IN's accounting currency pattern keeps groups of three.
    const secondary = nf.currencySign === 'accounting' && nf.currencyDisplay !== 'name' ? 3
      : data.secondary;
    while (rest > 0) {
      sizes.unshift(rest <= secondary ? rest : secondary);
      rest -= secondary;
    }
    let at = 0;
    for (const size of sizes) {
      parts.push({ type: 'integer', value: r.int.slice(at, at + size) });
      parts.push({ type: 'group', value: data.group });
      at += size;
    }
    parts.push({ type: 'integer', value: r.int.slice(at) });
  } else {
    parts.push({ type: 'integer', value: r.int });
  }
  if (r.frac !== '') {
    parts.push({ type: 'decimal', value: data.decimal });
    parts.push({ type: 'fraction', value: r.frac });
  }
  if (exp !== null) {
    parts.push({ type: 'exponentSeparator', value: data.exp });
    if (exp < 0) parts.push({ type: 'exponentMinusSign', value: '-' });
    parts.push({ type: 'exponentInteger', value: String(Math.abs(exp)) });
  }
  const digits = NU_DIGITS[nf.numberingSystem];
  if (digits !== undefined) {
    const chars = [...digits];
    for (const p of parts) {
      if (p.type === 'integer' || p.type === 'fraction' || p.type === 'exponentInteger') {
        p.value = p.value.replace(/[0-9]/g, (c) => chars[c.charCodeAt(0) - 48]);
      }
    }
  }
  // The plural operands are those of the whole value (1K is "other").
  const plain = !compact && !exp;
  return { parts, tail, int: plain ? r.int : '', frac: r.frac, zero: r.d.n === 0n, sci: exp !== null };
}

// PartitionNumberPattern split as ICU's range formatter sees it:
// { pre, num, post, outer } (middle affixes before/after, the number, the
// long unit or currency name after).
function partitionPieces(nf, value) {
  const x = nf.style === 'percent' && value.special === null ? shift(value, 2) : value;
  const num = numberParts(nf, x);
  const pre = [], post = [...num.tail], outer = [];
  let spacing = false;  // a space put between a currency symbol and a digit
  // The sign.
  let sign = '';
  const neg = x.special === 'nan' ? false : x.neg;
  switch (nf.signDisplay) {
    case 'auto': sign = neg ? '-' : ''; break;
    case 'always': sign = neg ? '-' : '+'; break;
    case 'exceptZero': sign = num.zero || x.special === 'nan' ? '' : neg ? '-' : '+'; break;
    case 'negative': sign = neg && !num.zero ? '-' : ''; break;
    default: sign = '';
  }
  const sym = nf.style === 'currency' && nf.currencyDisplay !== 'name'
    ? currencySymbol(nf.currency, nf.currencyDisplay, nf.data) : '';
  // en-150 writes the currency after the number, without parentheses,
  // except with a compact suffix and for the euro (which ICU there even
  // prefixes to the long name: "€1.00 euros").
  const symAfter = nf.data.alphaSuffix && nf.currency !== 'EUR' && num.tail.length === 0 &&
    nf.currencyDisplay !== 'name';
  const euroName = nf.data.alphaSuffix && nf.currency === 'EUR' && nf.currencyDisplay === 'name' &&
    num.tail.length === 0;
  const accounting = nf.style === 'currency' && nf.currencySign === 'accounting' &&
    sign === '-' && nf.currencyDisplay !== 'name' && num.tail.length === 0 && !nf.data.alphaSuffix;
  if (accounting) pre.push({ type: 'literal', value: '(' });
  else if (sign !== '') pre.push({ type: sign === '-' ? 'minusSign' : 'plusSign', value: sign });
  if (euroName) pre.push({ type: 'currency', value: '€' });
  const plural = pluralOf(num.int, num.frac);
  if (nf.style === 'currency') {
    if (nf.currencyDisplay === 'name') {
      outer.push({ type: 'literal', value: ' ' });
      outer.push({ type: 'currency', value: currencyName(nf.currency, plural, nf.data) });
    } else {
      if (symAfter) {
        post.push({ type: 'literal', value: NBSP }, { type: 'currency', value: sym });
      } else {
        pre.push({ type: 'currency', value: sym });
        if (/[^\p{S}\p{Z}]$/u.test(sym) && num.parts[0].type === 'integer') {
          pre.push({ type: 'literal', value: NBSP });
          spacing = true;
        }
      }
    }
  } else if (nf.style === 'percent') {
    // ICU reports the sign of a compact percentage as a unit.
    if (nf.notation === 'compact') outer.push({ type: 'unit', value: '%' });
    else post.push({ type: 'percentSign', value: '%' });
  } else if (nf.style === 'unit') {
    const u = unitSuffix(nf.unit, nf.unitDisplay, plural, nf.data);
    const m = /^(\s*)(.*)$/.exec(u.text);
    const list = u.middle && nf.notation !== 'compact' ? post : outer;
    if (m[1] !== '') list.push({ type: 'literal', value: m[1] });
    list.push({ type: 'unit', value: m[2] });
  }
  if (accounting) post.push({ type: 'literal', value: ')' });
  const key = (neg ? '-' : '+') + joinParts(num.parts) + joinParts(num.tail);
  return { pre, num: num.parts, post, outer, sci: num.sci, key, spacing };
}

function partsOf(p) { return [...p.pre, ...p.num, ...p.post, ...p.outer]; }
const joinParts = (parts) => parts.map((p) => p.value).join('');


// ---------------------------------------------------------------------------
// Intl.NumberFormat
// ---------------------------------------------------------------------------

const nfSlots = new WeakMap();
const SANCTIONED = Object.keys(UNITS);
const INCREMENTS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000];
const ROUNDING_MODES = ['ceil', 'floor', 'expand', 'trunc', 'halfCeil', 'halfFloor', 'halfExpand',
  'halfTrunc', 'halfEven'];

function isWellFormedUnit(unit) {
  if (SANCTIONED.includes(unit)) return true;
  const i = unit.indexOf('-per-');
  if (i < 0) return false;
  return SANCTIONED.includes(unit.slice(0, i)) && SANCTIONED.includes(unit.slice(i + 5));
}

// CoerceOptionsToObject with V8's message naming the caller.
function coerceOptions(options, who) {
  if (options === null) throw new TypeError(`${who} called on null or undefined`);
  return L.coerceOptions(options);
}
function supportedLocalesOf(name) {
  return function supportedLocalesOf(locales, options) {
    L.setCtor(`${name}.supportedLocalesOf`);
    const requested = L.canonicalizeLocaleList(locales);
    return L.supportedLocalesOf(requested, coerceOptions(options, `Intl.${name}.supportedLocalesOf`));
  };
}

// SetNumberFormatDigitOptions (#sec-setnfdigitoptions) into [nf], in V8's
// order of reads: NumberFormat has read roundingIncrement ([inc]) before and
// reads roundingMode after; PluralRules ([plural]) reads neither, nor
// trailingZeroDisplay.
function setDigitOptions(nf, options, mnfdDefault, mxfdDefault, notation, inc, plural) {
  const mnid = L.getNumberOption(options, 'minimumIntegerDigits', 1, 21, 1);
  let mnfd = options.minimumFractionDigits;
  let mxfd = options.maximumFractionDigits;
  let mnsd = options.minimumSignificantDigits;
  let mxsd = options.maximumSignificantDigits;
  nf.minimumIntegerDigits = mnid;
  L.setService('SetNumberFormatDigitOptions');
  const priority = L.getOption(options, 'roundingPriority', 'string',
                               ['auto', 'morePrecision', 'lessPrecision'], 'auto');
  L.setCtor(plural ? 'PluralRules' : 'NumberFormat');
  const tzd = plural ? 'auto'
    : L.getOption(options, 'trailingZeroDisplay', 'string', ['auto', 'stripIfInteger'], 'auto');
  if (inc !== 1) mxfdDefault = mnfdDefault;
  nf.roundingIncrement = inc;
  nf.roundingMode = 'halfExpand';
  nf.trailingZeroDisplay = tzd;
  const hasSd = mnsd !== undefined || mxsd !== undefined;
  const hasFd = mnfd !== undefined || mxfd !== undefined;
  let needSd = true, needFd = true;
  if (priority === 'auto') {
    needSd = hasSd;
    if (needSd || (!hasFd && notation === 'compact')) needFd = false;
  }
  if (needSd) {
    if (hasSd) {
      mnsd = L.defaultNumberOption(mnsd, 1, 21, 1, 'minimumSignificantDigits');
      mxsd = L.defaultNumberOption(mxsd, mnsd, 21, 21, 'maximumSignificantDigits');
    } else {
      mnsd = 1;
      mxsd = 21;
    }
    nf.minimumSignificantDigits = mnsd;
    nf.maximumSignificantDigits = mxsd;
  }
  if (needFd) {
    if (hasFd) {
      mnfd = L.defaultNumberOption(mnfd, 0, 100, undefined, 'minimumFractionDigits');
      mxfd = L.defaultNumberOption(mxfd, 0, 100, undefined, 'maximumFractionDigits');
      if (mnfd === undefined) mnfd = Math.min(mnfdDefault, mxfd);
      else if (mxfd === undefined) mxfd = Math.max(mxfdDefault, mnfd);
      else if (mnfd > mxfd) throw new RangeError('maximumFractionDigits value is out of range.');
    } else {
      mnfd = mnfdDefault;
      mxfd = mxfdDefault;
    }
    nf.minimumFractionDigits = mnfd;
    nf.maximumFractionDigits = mxfd;
  }
  if (!needSd && !needFd) {
    nf.minimumFractionDigits = 0;
    nf.maximumFractionDigits = 0;
    nf.minimumSignificantDigits = 1;
    nf.maximumSignificantDigits = 2;
    nf.roundingType = 'morePrecision';
    nf.roundingPriority = 'morePrecision';
  } else if (priority === 'auto') {
    nf.roundingType = needSd ? 'significantDigits' : 'fractionDigits';
    nf.roundingPriority = 'auto';
  } else {
    nf.roundingType = priority;
    nf.roundingPriority = priority;
  }
  if (inc !== 1) {
    if (nf.roundingType !== 'fractionDigits') throw new TypeError('RoundingType is not fractionDigits');
    if (nf.maximumFractionDigits !== nf.minimumFractionDigits) {
      throw new RangeError('maximumFractionDigits not equal to minimumFractionDigits');
    }
  }
}

// The numbering systems that only change the digits (ICU's others here:
// arab and arabext, which also change the symbols, are printed in Latin digits).
const NU_DIGITS = {
  adlm: '𞥐𞥑𞥒𞥓𞥔𞥕𞥖𞥗𞥘𞥙', ahom: '𑜰𑜱𑜲𑜳𑜴𑜵𑜶𑜷𑜸𑜹', bali: '᭐᭑᭒᭓᭔᭕᭖᭗᭘᭙', beng: '০১২৩৪৫৬৭৮৯',
  bhks: '𑱐𑱑𑱒𑱓𑱔𑱕𑱖𑱗𑱘𑱙', brah: '𑁦𑁧𑁨𑁩𑁪𑁫𑁬𑁭𑁮𑁯', cakm: '𑄶𑄷𑄸𑄹𑄺𑄻𑄼𑄽𑄾𑄿', cham: '꩐꩑꩒꩓꩔꩕꩖꩗꩘꩙',
  deva: '०१२३४५६७८९', diak: '𑥐𑥑𑥒𑥓𑥔𑥕𑥖𑥗𑥘𑥙', fullwide: '０１２３４５６７８９', gara: '𐵀𐵁𐵂𐵃𐵄𐵅𐵆𐵇𐵈𐵉',
  gong: '𑶠𑶡𑶢𑶣𑶤𑶥𑶦𑶧𑶨𑶩', gonm: '𑵐𑵑𑵒𑵓𑵔𑵕𑵖𑵗𑵘𑵙', gujr: '૦૧૨૩૪૫૬૭૮૯', gukh: '𖄰𖄱𖄲𖄳𖄴𖄵𖄶𖄷𖄸𖄹',
  guru: '੦੧੨੩੪੫੬੭੮੯', hanidec: '〇一二三四五六七八九', hmng: '𖭐𖭑𖭒𖭓𖭔𖭕𖭖𖭗𖭘𖭙', hmnp: '𞅀𞅁𞅂𞅃𞅄𞅅𞅆𞅇𞅈𞅉',
  java: '꧐꧑꧒꧓꧔꧕꧖꧗꧘꧙', kali: '꤀꤁꤂꤃꤄꤅꤆꤇꤈꤉', kawi: '𑽐𑽑𑽒𑽓𑽔𑽕𑽖𑽗𑽘𑽙', khmr: '០១២៣៤៥៦៧៨៩',
  knda: '೦೧೨೩೪೫೬೭೮೯', krai: '𖵰𖵱𖵲𖵳𖵴𖵵𖵶𖵷𖵸𖵹', lana: '᪀᪁᪂᪃᪄᪅᪆᪇᪈᪉', lanatham: '᪐᪑᪒᪓᪔᪕᪖᪗᪘᪙',
  laoo: '໐໑໒໓໔໕໖໗໘໙', lepc: '᱀᱁᱂᱃᱄᱅᱆᱇᱈᱉', limb: '᥆᥇᥈᥉᥊᥋᥌᥍᥎᥏', mathbold: '𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗',
  mathdbl: '𝟘𝟙𝟚𝟛𝟜𝟝𝟞𝟟𝟠𝟡', mathmono: '𝟶𝟷𝟸𝟹𝟺𝟻𝟼𝟽𝟾𝟿', mathsanb: '𝟬𝟭𝟮𝟯𝟰𝟱𝟲𝟳𝟴𝟵',
  mathsans: '𝟢𝟣𝟤𝟥𝟦𝟧𝟨𝟩𝟪𝟫', mlym: '൦൧൨൩൪൫൬൭൮൯', modi: '𑙐𑙑𑙒𑙓𑙔𑙕𑙖𑙗𑙘𑙙', mong: '᠐᠑᠒᠓᠔᠕᠖᠗᠘᠙',
  mroo: '𖩠𖩡𖩢𖩣𖩤𖩥𖩦𖩧𖩨𖩩', mtei: '꯰꯱꯲꯳꯴꯵꯶꯷꯸꯹', mymr: '၀၁၂၃၄၅၆၇၈၉', mymrepka: '𑛚𑛛𑛜𑛝𑛞𑛟𑛠𑛡𑛢𑛣',
  mymrpao: '𑛐𑛑𑛒𑛓𑛔𑛕𑛖𑛗𑛘𑛙', mymrshan: '႐႑႒႓႔႕႖႗႘႙', mymrtlng: '꧰꧱꧲꧳꧴꧵꧶꧷꧸꧹', nagm: '𞓰𞓱𞓲𞓳𞓴𞓵𞓶𞓷𞓸𞓹',
  newa: '𑑐𑑑𑑒𑑓𑑔𑑕𑑖𑑗𑑘𑑙', nkoo: '߀߁߂߃߄߅߆߇߈߉', olck: '᱐᱑᱒᱓᱔᱕᱖᱗᱘᱙', onao: '𞗱𞗲𞗳𞗴𞗵𞗶𞗷𞗸𞗹𞗺',
  orya: '୦୧୨୩୪୫୬୭୮୯', osma: '𐒠𐒡𐒢𐒣𐒤𐒥𐒦𐒧𐒨𐒩', outlined: '𜳰𜳱𜳲𜳳𜳴𜳵𜳶𜳷𜳸𜳹', rohg: '𐴰𐴱𐴲𐴳𐴴𐴵𐴶𐴷𐴸𐴹',
  saur: '꣐꣑꣒꣓꣔꣕꣖꣗꣘꣙', segment: '🯰🯱🯲🯳🯴🯵🯶🯷🯸🯹', shrd: '𑇐𑇑𑇒𑇓𑇔𑇕𑇖𑇗𑇘𑇙', sind: '𑋰𑋱𑋲𑋳𑋴𑋵𑋶𑋷𑋸𑋹',
  sinh: '෦෧෨෩෪෫෬෭෮෯', sora: '𑃰𑃱𑃲𑃳𑃴𑃵𑃶𑃷𑃸𑃹', sund: '᮰᮱᮲᮳᮴᮵᮶᮷᮸᮹', sunu: '𑯰𑯱𑯲𑯳𑯴𑯵𑯶𑯷𑯸𑯹',
  takr: '𑛀𑛁𑛂𑛃𑛄𑛅𑛆𑛇𑛈𑛉', talu: '᧐᧑᧒᧓᧔᧕᧖᧗᧘᧙', tamldec: '௦௧௨௩௪௫௬௭௮௯', telu: '౦౧౨౩౪౫౬౭౮౯',
  thai: '๐๑๒๓๔๕๖๗๘๙', tibt: '༠༡༢༣༤༥༦༧༨༩', tirh: '𑓐𑓑𑓒𑓓𑓔𑓕𑓖𑓗𑓘𑓙', tnsa: '𖫀𖫁𖫂𖫃𖫄𖫅𖫆𖫇𖫈𖫉',
  tols: '𑷠𑷡𑷢𑷣𑷤𑷥𑷦𑷧𑷨𑷩', vaii: '꘠꘡꘢꘣꘤꘥꘦꘧꘨꘩', wara: '𑣠𑣡𑣢𑣣𑣤𑣥𑣦𑣧𑣨𑣩', wcho: '𞋰𞋱𞋲𞋳𞋴𞋵𞋶𞋷𞋸𞋹',
};

const NU = /^[a-z0-9]{3,8}(?:-[a-z0-9]{3,8})*$/i;

// The numbering system of [kw] / [options]: kiln prints Latin digits only,
// so any other requested system is dropped.
function numberingSystemOption(options) {
  const nu = L.getOption(options, 'numberingSystem', 'string', undefined, undefined);
  if (nu !== undefined && !NU.test(nu)) throw new RangeError(`Invalid numberingSystem : ${nu}`);
  return nu;
}

// InitializeNumberFormat (#sec-initializenumberformat): the record of slots.
function initializeNumberFormat(locales, options, ctorName) {
  L.setCtor(ctorName);
  const requested = L.canonicalizeLocaleList(locales);
  options = coerceOptions(options, `Intl.${ctorName}`);
  L.getOption(options, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit');
  const nu = numberingSystemOption(options);
  const r = L.resolveLocale(requested, ['nu']);
  const kw = new Map();
  const known = (n) => n === 'latn' || NU_DIGITS[n] !== undefined;
  const kwNu = r.keywords.get('nu');
  let numberingSystem = 'latn';
  if (kwNu !== undefined && known(kwNu)) {
    numberingSystem = kwNu;
    if (nu === undefined || nu === kwNu) kw.set('nu', kwNu);
  }
  if (nu !== undefined && known(nu.toLowerCase())) numberingSystem = nu.toLowerCase();
  const nf = { locale: L.withKeywords(r.locale, kw), numberingSystem,
               data: localeData(r.dataLocale) };
  // SetNumberFormatUnitOptions.
  const style = L.getOption(options, 'style', 'string', ['decimal', 'percent', 'currency', 'unit'], 'decimal');
  nf.style = style;
  let currency = L.getOption(options, 'currency', 'string', undefined, undefined);
  if (currency !== undefined && !/^[a-zA-Z]{3}$/.test(currency)) {
    throw new RangeError(`Invalid currency code : ${currency}`);
  }
  if (currency === undefined && style === 'currency') {
    throw new TypeError('Currency code is required with currency style.');
  }
  const currencyDisplay = L.getOption(options, 'currencyDisplay', 'string',
                                      ['code', 'symbol', 'narrowSymbol', 'name'], 'symbol');
  const currencySign = L.getOption(options, 'currencySign', 'string', ['standard', 'accounting'], 'standard');
  const unit = L.getOption(options, 'unit', 'string', undefined, undefined);
  if (unit === undefined) {
    if (style === 'unit') throw new TypeError("Invalid unit argument for Intl.NumberFormat() ''");
  } else if (!isWellFormedUnit(unit)) {
    throw new RangeError(`Invalid unit argument for Intl.NumberFormat() '${unit}'`);
  }
  const unitDisplay = L.getOption(options, 'unitDisplay', 'string', ['short', 'narrow', 'long'], 'short');
  if (style === 'currency') {
    nf.currency = currency.toUpperCase();
    nf.currencyDisplay = currencyDisplay;
    nf.currencySign = currencySign;
  }
  if (style === 'unit') {
    nf.unit = unit;
    nf.unitDisplay = unitDisplay;
  }
  const inc = L.getNumberOption(options, 'roundingIncrement', 1, 5000, 1);
  if (!INCREMENTS.includes(inc)) throw new RangeError('roundingIncrement value is out of range.');
  const notation = L.getOption(options, 'notation', 'string',
                               ['standard', 'scientific', 'engineering', 'compact'], 'standard');
  nf.notation = notation;
  let mnfdDefault = 0, mxfdDefault = style === 'percent' ? 0 : 3;
  if (style === 'currency') {  // V8: also under compact notation
    const digits = CURRENCY_DIGITS[nf.currency];
    mnfdDefault = mxfdDefault = digits === undefined ? 2 : digits;
  }
  setDigitOptions(nf, options, mnfdDefault, mxfdDefault, notation, inc, false);
  const compactDisplay = L.getOption(options, 'compactDisplay', 'string', ['short', 'long'], 'short');
  const defaultGrouping = notation === 'compact' ? 'min2' : 'auto';
  let grouping = options.useGrouping;
  if (grouping === undefined) {
    grouping = defaultGrouping;
  } else if (grouping === true) {
    grouping = 'always';
  } else if (typeof grouping !== 'string' && !grouping) {
    grouping = false;
  } else {
    grouping = String(grouping);
    if (grouping === 'true' || grouping === 'false') grouping = defaultGrouping;
    else if (!['min2', 'auto', 'always'].includes(grouping)) {
      if (grouping === '') grouping = false;
      else throw new RangeError(`Value ${grouping} out of range for Intl.${ctorName} options property useGrouping`);
    }
  }
  nf.useGrouping = grouping;
  nf.compactDisplay = compactDisplay;
  nf.signDisplay = L.getOption(options, 'signDisplay', 'string',
                               ['auto', 'never', 'always', 'exceptZero', 'negative'], 'auto');
  nf.roundingMode = L.getOption(options, 'roundingMode', 'string', ROUNDING_MODES, 'halfExpand');
  return nf;
}

function thisNumberFormat(nf, method) {
  const s = nf !== null && typeof nf === 'object' ? nfSlots.get(nf) : undefined;
  if (s === undefined) {
    // V8's UnwrapNumberFormat (format, resolvedOptions) names no receiver.
    const who = method === 'UnwrapNumberFormat' ? 'undefined' : receiverString(nf);
    throw new TypeError(`Method ${method} called on incompatible receiver ${who}`);
  }
  return s;
}
function receiverString(v) {
  if (v === null) return 'null';
  if (typeof v === 'string') return v;
  if (typeof v === 'object' || typeof v === 'function') {
    if (typeof v === 'function') return `function ${v.name}() { [native code] }`;
    const c = v.constructor;
    return `#<${typeof c === 'function' && c.name ? c.name : 'Object'}>`;
  }
  return String(v);
}

function formatToPartsValue(nf, x) {
  return partsOf(partitionPieces(nf, x));
}

function rangeValue(v, which) {
  if (v === undefined) throw new TypeError(`Invalid ${which} : undefined`);
  const x = toIntlMV(v);
  if (x.special === 'nan') throw new RangeError(`Invalid ${which} : ${String(v)}`);
  return x;
}

// FormatNumericRangeToParts, collapsing as ICU does.
function rangeParts(nf, a, b) {
  const x = rangeValue(a, 'start'), y = rangeValue(b, 'end');
  const p1 = partitionPieces(nf, x), p2 = partitionPieces(nf, y);
  const tag = (parts, source) => parts.map((p) => ({ type: p.type, value: p.value, source }));
  if (p1.key === p2.key) {
    return tag([{ type: 'approximatelySign', value: '~' }, ...partsOf(p1)], 'shared');
  }
  // Both take the plural of the range (en: "other") for what follows.
  const outer = p1.outer.length ? partitionPiecesOuterOther(nf, p2) : [];
  const mid1 = joinParts(p1.pre) + '\u0000' + joinParts(p1.post);
  const mid2 = joinParts(p2.pre) + '\u0000' + joinParts(p2.post);
  // The space ICU puts between a currency and a digit is not part of the
  // affix it measures.
  const midLen = [...mid1].length - 1 - (p1.spacing ? 1 : 0);
  const collapseMiddle = mid1 === mid2 && midLen > 1;
  const spaced = (!collapseMiddle && midLen > 0) || p1.sci;
  const sep = { type: 'literal', value: spaced ? ' – ' : '–' };
  const out = [];
  if (collapseMiddle) {
    out.push(...tag(p1.pre, 'shared'), ...tag(p1.num, 'startRange'), { ...sep, source: 'shared' },
             ...tag(p2.num, 'endRange'), ...tag(p1.post, 'shared'));
    if (p1.spacing) {
      // V8 takes the spans of the two numbers from ICU before ICU inserts
      // the space after a currency code, so they sit one character early;
      // a part not wholly inside a span is "shared". Do as it does.
      let pos = 0;
      const spans = [];
      for (const p of out) {
        p.at = pos;
        pos += p.value.length;
        if (p.source !== 'shared') {
          const span = spans.find((sp) => sp.source === p.source);
          if (span) span.end = pos - 1;
          else spans.push({ source: p.source, start: p.at - 1, end: pos - 1 });
        }
      }
      for (const p of out) {
        const sp = spans.find((x) => p.at >= x.start && p.at + p.value.length <= x.end);
        p.source = sp ? sp.source : 'shared';
        delete p.at;
      }
    }
  } else {
    out.push(...tag([...p1.pre, ...p1.num, ...p1.post], 'startRange'), { ...sep, source: 'shared' },
             ...tag([...p2.pre, ...p2.num, ...p2.post], 'endRange'));
  }
  out.push(...tag(outer, 'shared'));
  // V8 reports a run of literal text as one part.
  const merged = [];
  for (const p of out) {
    const last = merged[merged.length - 1];
    if (last && last.type === 'literal' && p.type === 'literal') {
      last.value += p.value;
      if (last.source !== p.source) last.source = 'shared';
    } else {
      merged.push(p);
    }
  }
  return merged;
}
function partitionPiecesOuterOther(nf, p2) {
  // The outer affix in the plural form "other".
  if (nf.style === 'unit') {
    const u = unitSuffix(nf.unit, nf.unitDisplay, 'other', nf.data);
    const m = /^(\s*)(.*)$/.exec(u.text);
    const list = [];
    if (m[1] !== '') list.push({ type: 'literal', value: m[1] });
    list.push({ type: 'unit', value: m[2] });
    return list;
  }
  if (nf.style === 'currency') {
    return [{ type: 'literal', value: ' ' }, { type: 'currency', value: currencyName(nf.currency, 'other', nf.data) }];
  }
  return p2.outer;
}

// Intl.NumberFormat may be called without new (ECMA-402 legacy behaviour).
function NumberFormat() {
  if (new.target === undefined) return new NumberFormat(arguments[0], arguments[1]);
  nfSlots.set(this, initializeNumberFormat(arguments[0], arguments[1], 'NumberFormat'));
}
L.defineMethods(NumberFormat, { supportedLocalesOf: supportedLocalesOf('NumberFormat') });
Object.defineProperty(NumberFormat.prototype, 'format', {
  get: function () {
    const nf = thisNumberFormat(this, 'UnwrapNumberFormat');
    if (nf.boundFormat === undefined) {
      const f = (value) => joinParts(formatToPartsValue(nf, toIntlMV(value)));
      Object.defineProperty(f, 'name', { value: '' });
      nf.boundFormat = f;
    }
    return nf.boundFormat;
  },
  enumerable: false,
  configurable: true,
});
L.defineMethods(NumberFormat.prototype, {
  formatToParts(value) {
    const nf = thisNumberFormat(this, 'Intl.NumberFormat.prototype.formatToParts');
    return formatToPartsValue(nf, toIntlMV(value)).map((p) => ({ type: p.type, value: p.value }));
  },
  formatRange(start, end) {
    const nf = thisNumberFormat(this, 'Intl.NumberFormat.prototype.formatRange');
    return joinParts(rangeParts(nf, start, end));
  },
  formatRangeToParts(start, end) {
    const nf = thisNumberFormat(this, 'Intl.NumberFormat.prototype.formatRangeToParts');
    return rangeParts(nf, start, end);
  },
  resolvedOptions() {
    const nf = thisNumberFormat(this, 'UnwrapNumberFormat');
    const o = {};
    for (const k of ['locale', 'numberingSystem', 'style', 'currency', 'currencyDisplay',
      'currencySign', 'unit', 'unitDisplay', 'minimumIntegerDigits', 'minimumSignificantDigits',
      'maximumSignificantDigits', 'minimumFractionDigits', 'maximumFractionDigits',
      'useGrouping', 'notation', 'compactDisplay', 'signDisplay', 'roundingMode',
      'roundingIncrement', 'trailingZeroDisplay', 'roundingPriority']) {
      if (k === 'compactDisplay' && nf.notation !== 'compact') continue;
      if (nf[k] !== undefined) o[k] = nf[k];
    }
    // V8 reads this back from ICU's skeleton, which has no accounting
    // when signs are never shown.
    if (o.currencySign === 'accounting' && nf.signDisplay === 'never') o.currencySign = 'standard';
    return o;
  },
});
L.defineTag(NumberFormat.prototype, 'Intl.NumberFormat');

// Number.prototype.toLocaleString and BigInt's with locales or options
// (stdlib/builtins/number.c).
function numberToLocaleString(x, locales, options) {
  const nf = initializeNumberFormat(locales, options, 'NumberFormat');
  return joinParts(formatToPartsValue(nf, toIntlMV(x)));
}

// ---------------------------------------------------------------------------
// Intl.PluralRules (English rules)
// ---------------------------------------------------------------------------

const prSlots = new WeakMap();

function PluralRules() {
  if (new.target === undefined) throw new TypeError("Constructor Intl.PluralRules requires 'new'");
  L.setCtor('PluralRules');
  const requested = L.canonicalizeLocaleList(arguments[0]);
  const options = coerceOptions(arguments[1], 'Intl.PluralRules');
  L.getOption(options, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit');
  const type = L.getOption(options, 'type', 'string', ['cardinal', 'ordinal'], 'cardinal');
  // ICU's plural rules are per language: V8 reports "en" for any English locale.
  const pr = { locale: L.resolveLocale(requested, []).locale.split('-')[0], type,
               data: localeData('en'),
               notation: 'standard', useGrouping: false, style: 'decimal', signDisplay: 'never' };
  setDigitOptions(pr, options, 0, 3, 'standard', 1, true);
  prSlots.set(this, pr);
}

function thisPluralRules(pr, method) {
  const s = pr !== null && typeof pr === 'object' ? prSlots.get(pr) : undefined;
  if (s === undefined) {
    throw new TypeError(`Method ${method} called on incompatible receiver ${receiverString(pr)}`);
  }
  return s;
}

// ResolvePlural: en's cardinal (one: i = 1 and v = 0) and ordinal rules.
function resolvePlural(pr, x) {
  if (x.special !== null) return 'other';
  const num = numberParts(pr, x);
  if (pr.type === 'cardinal') return pluralOf(num.int, num.frac);
  if (/[1-9]/.test(num.frac)) return 'other';
  const i = BigInt(num.int);
  const m10 = i % 10n, m100 = i % 100n;
  if (m10 === 1n && m100 !== 11n) return 'one';
  if (m10 === 2n && m100 !== 12n) return 'two';
  if (m10 === 3n && m100 !== 13n) return 'few';
  return 'other';
}

L.defineMethods(PluralRules, { supportedLocalesOf: supportedLocalesOf('PluralRules') });
L.defineMethods(PluralRules.prototype, {
  resolvedOptions() {
    const pr = thisPluralRules(this, 'Intl.PluralRules.prototype.resolvedOptions');
    const o = {};
    // V8 shows one kind of digits: significant ones whenever they were set.
    const sig = pr.minimumSignificantDigits !== undefined;
    for (const k of ['locale', 'type', 'minimumIntegerDigits', 'minimumSignificantDigits',
      'maximumSignificantDigits', 'minimumFractionDigits', 'maximumFractionDigits']) {
      if (sig && k.endsWith('FractionDigits')) continue;
      if (pr[k] !== undefined) o[k] = pr[k];
    }
    o.pluralCategories = pr.type === 'cardinal' ? ['one', 'other'] : ['few', 'one', 'two', 'other'];
    return o;
  },
  select(value) {
    const pr = thisPluralRules(this, 'Intl.PluralRules.prototype.select');
    return resolvePlural(pr, fromNumber(Number(value)));
  },
  selectRange(start, end) {
    const pr = thisPluralRules(this, 'Intl.PluralRules.prototype.selectRange');
    if (start === undefined) throw new TypeError('Invalid startRange : undefined');
    if (end === undefined) throw new TypeError('Invalid endRange : undefined');
    const x = Number(start), y = Number(end);
    if (Number.isNaN(x)) throw new RangeError('Invalid startRange : NaN');
    if (Number.isNaN(y)) throw new RangeError('Invalid endRange : NaN');
    // CLDR's English plural ranges are all "other" (V8 uses them for ordinals too).
    return 'other';
  },
});
L.defineTag(PluralRules.prototype, 'Intl.PluralRules');

// ---------------------------------------------------------------------------
// Intl.Locale
// ---------------------------------------------------------------------------

const locSlots = new WeakMap();

// Likely subtags (CLDR) for common languages: script-region.
const LIKELY = {
  af: 'Latn-ZA', am: 'Ethi-ET', ar: 'Arab-EG', as: 'Beng-IN', az: 'Latn-AZ', be: 'Cyrl-BY',
  bg: 'Cyrl-BG', bn: 'Beng-BD', bs: 'Latn-BA', ca: 'Latn-ES', cs: 'Latn-CZ', cy: 'Latn-GB',
  da: 'Latn-DK', de: 'Latn-DE', el: 'Grek-GR', en: 'Latn-US', es: 'Latn-ES', et: 'Latn-EE',
  eu: 'Latn-ES', fa: 'Arab-IR', fi: 'Latn-FI', fil: 'Latn-PH', fr: 'Latn-FR', ga: 'Latn-IE',
  gl: 'Latn-ES', gu: 'Gujr-IN', ha: 'Latn-NG', he: 'Hebr-IL', hi: 'Deva-IN', hr: 'Latn-HR',
  hu: 'Latn-HU', hy: 'Armn-AM', id: 'Latn-ID', ig: 'Latn-NG', is: 'Latn-IS', it: 'Latn-IT',
  ja: 'Jpan-JP', jv: 'Latn-ID', ka: 'Geor-GE', kk: 'Cyrl-KZ', km: 'Khmr-KH', kn: 'Knda-IN',
  ko: 'Kore-KR', ky: 'Cyrl-KG', lo: 'Laoo-LA', lt: 'Latn-LT', lv: 'Latn-LV', mk: 'Cyrl-MK',
  ml: 'Mlym-IN', mn: 'Cyrl-MN', mr: 'Deva-IN', ms: 'Latn-MY', my: 'Mymr-MM', nb: 'Latn-NO',
  ne: 'Deva-NP', nl: 'Latn-NL', no: 'Latn-NO', or: 'Orya-IN', pa: 'Guru-IN', pl: 'Latn-PL',
  ps: 'Arab-AF', pt: 'Latn-BR', ro: 'Latn-RO', ru: 'Cyrl-RU', si: 'Sinh-LK', sk: 'Latn-SK',
  sl: 'Latn-SI', so: 'Latn-SO', sq: 'Latn-AL', sr: 'Cyrl-RS', sv: 'Latn-SE', sw: 'Latn-TZ',
  ta: 'Taml-IN', te: 'Telu-IN', th: 'Thai-TH', tk: 'Latn-TM', tr: 'Latn-TR', uk: 'Cyrl-UA',
  ur: 'Arab-PK', uz: 'Latn-UZ', vi: 'Latn-VN', xh: 'Latn-ZA', yo: 'Latn-NG', zh: 'Hans-CN',
  zu: 'Latn-ZA',
};
// Where the region or script changes the answer ("lang-Sub" -> script-region).
const LIKELY_SPECIAL = {
  'zh-TW': 'Hant-TW', 'zh-HK': 'Hant-HK', 'zh-MO': 'Hant-MO', 'zh-Hant': 'Hant-TW',
  'pa-PK': 'Arab-PK', 'pa-Arab': 'Arab-PK', 'sr-ME': 'Latn-ME', 'sr-Latn': 'Latn-RS',
  'uz-AF': 'Arab-AF', 'uz-Arab': 'Arab-AF', 'az-IR': 'Arab-IR', 'az-Arab': 'Arab-IR',
  'en-Shaw': 'Shaw-GB', 'zh-Latn': 'Latn-CN',
};
const UND_REGION = { TW: 'zh-Hant', JP: 'ja-Jpan', US: 'en-Latn', DE: 'de-Latn', FR: 'fr-Latn',
  CN: 'zh-Hans', RU: 'ru-Cyrl', ES: 'es-Latn', IT: 'it-Latn', KR: 'ko-Kore', IN: 'hi-Deva',
  BR: 'pt-Latn', GB: 'en-Latn', MX: 'es-Latn' };
const UND_SCRIPT = { Latn: 'en-US', Cyrl: 'ru-RU', Arab: 'ar-EG', Hans: 'zh-CN', Hant: 'zh-TW',
  Jpan: 'ja-JP', Kore: 'ko-KR', Deva: 'hi-IN', Grek: 'el-GR', Hebr: 'he-IL', Thai: 'th-TH' };

function addLikely(language, script, region) {
  let lang = language, s = script, r = region;
  if (lang === 'und') {
    if (r && UND_REGION[r]) [lang, s] = [UND_REGION[r].split('-')[0], s || UND_REGION[r].split('-')[1]];
    else if (s && UND_SCRIPT[s]) [lang, r] = [UND_SCRIPT[s].split('-')[0], r || UND_SCRIPT[s].split('-')[1]];
    else lang = 'en';
  }
  const hit = (r && LIKELY_SPECIAL[`${lang}-${r}`]) || (s && LIKELY_SPECIAL[`${lang}-${s}`]) ||
    LIKELY[lang];
  if (hit !== undefined) {
    const [hs, hr] = hit.split('-');
    if (!s) s = hs;
    if (!r) r = hr;
  }
  return { language: lang, script: s, region: r };
}

const LANG_RE = /^(?:[a-z]{2,3}|[a-z]{5,8})$/i, SCRIPT_RE = /^[a-z]{4}$/i, REGION_RE = /^(?:[a-z]{2}|[0-9]{3})$/i;
const TYPE_RE = /^[a-z0-9]{3,8}(?:-[a-z0-9]{3,8})*$/i;
const badLocale = () => new RangeError('Incorrect locale information provided');

// A canonical tag split into its pieces.
function parseTag(tag) {
  const parts = tag.split('-');
  const loc = { language: parts[0], script: undefined, region: undefined, variants: [],
                attributes: [], keywords: new Map(), others: [] };
  let i = 1;
  if (i < parts.length && parts[i].length === 4 && /^[A-Z][a-z]{3}$/.test(parts[i])) loc.script = parts[i++];
  if (i < parts.length && REGION_RE.test(parts[i])) loc.region = parts[i++];
  while (i < parts.length && parts[i].length > 1) loc.variants.push(parts[i++]);
  while (i < parts.length) {
    const single = parts[i++];
    const sub = [];
    if (single === 'x') { while (i < parts.length) sub.push(parts[i++]); } else {
      while (i < parts.length && parts[i].length > 1) sub.push(parts[i++]);
    }
    if (single === 'u') {
      let j = 0;
      while (j < sub.length && sub[j].length > 2) loc.attributes.push(sub[j++]);
      while (j < sub.length) {
        const key = sub[j++];
        const val = [];
        while (j < sub.length && sub[j].length > 2) val.push(sub[j++]);
        if (!loc.keywords.has(key)) loc.keywords.set(key, val.join('-'));
      }
    } else {
      loc.others.push([single, sub]);
    }
  }
  return loc;
}
function baseNameOf(loc) {
  return [loc.language, loc.script, loc.region, ...loc.variants].filter((p) => p).join('-');
}
function tagOf(loc) {
  const out = [baseNameOf(loc)];
  const others = loc.others.filter(([k]) => k !== 'x');
  const ext = [...others];
  if (loc.attributes.length || loc.keywords.size) {
    const u = [...loc.attributes];
    for (const k of [...loc.keywords.keys()].sort()) {
      u.push(k);
      const v = loc.keywords.get(k);
      if (v !== '' && v !== 'true') u.push(v);
    }
    ext.push(['u', u]);
  }
  ext.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  for (const [k, sub] of ext) out.push(k, ...sub);
  const x = loc.others.find(([k]) => k === 'x');
  if (x) out.push('x', ...x[1]);
  return out.join('-');
}

function Locale(tag, options) {
  if (new.target === undefined) throw new TypeError("Constructor Intl.Locale requires 'new'");
  if (typeof tag !== 'string' && (tag === null || typeof tag !== 'object')) {
    throw new TypeError("First argument to Intl.Locale constructor can't be empty or missing");
  }
  const str = typeof tag === 'object' && locSlots.has(tag) ? locSlots.get(tag).tag : String(tag);
  options = coerceOptions(options, 'Intl.Locale');
  const loc = parseTag(L.canonicalizeTag(str));
  const language = options.language === undefined ? undefined : String(options.language);
  if (language !== undefined && !LANG_RE.test(language)) throw badLocale();
  const script = options.script === undefined ? undefined : String(options.script);
  if (script !== undefined && !SCRIPT_RE.test(script)) throw badLocale();
  const region = options.region === undefined ? undefined : String(options.region);
  if (region !== undefined && !REGION_RE.test(region)) throw badLocale();
  if (language !== undefined) loc.language = language.toLowerCase();
  if (script !== undefined) loc.script = script[0].toUpperCase() + script.slice(1).toLowerCase();
  if (region !== undefined) loc.region = region.toUpperCase();
  L.setCtor('Locale');
  const typeOpt = (name, key) => {
    const v = options[name];
    if (v === undefined) return;
    const s = String(v);
    if (!TYPE_RE.test(s)) throw badLocale();
    loc.keywords.set(key, s.toLowerCase());
  };
  typeOpt('calendar', 'ca');
  typeOpt('collation', 'co');
  const hc = options.hourCycle;
  if (hc !== undefined) {
    const s = String(hc);
    if (!['h11', 'h12', 'h23', 'h24'].includes(s)) {
      throw new RangeError(`Value ${s} out of range for locale options property hourCycle`);
    }
    loc.keywords.set('hc', s);
  }
  const kf = options.caseFirst;
  if (kf !== undefined) {
    const s = String(kf);
    if (!['upper', 'lower', 'false'].includes(s)) {
      throw new RangeError(`Value ${s} out of range for locale options property caseFirst`);
    }
    loc.keywords.set('kf', s);
  }
  const kn = options.numeric;
  if (kn !== undefined) loc.keywords.set('kn', String(Boolean(kn)));
  typeOpt('numberingSystem', 'nu');
  loc.tag = tagOf(loc);
  locSlots.set(this, loc);
}

function thisLocale(v, method) {
  const s = v !== null && typeof v === 'object' ? locSlots.get(v) : undefined;
  if (s === undefined) {
    throw new TypeError(`Method ${method} called on incompatible receiver ${receiverString(v)}`);
  }
  return s;
}
function localeFrom(loc) {
  const o = Object.create(Locale.prototype);
  loc.tag = tagOf(loc);
  locSlots.set(o, loc);
  return o;
}
function cloneLoc(loc) {
  return { ...loc, variants: [...loc.variants], attributes: [...loc.attributes],
           keywords: new Map(loc.keywords), others: loc.others.map(([k, s]) => [k, [...s]]) };
}
function maximized(loc) {
  const m = addLikely(loc.language, loc.script, loc.region);
  const c = cloneLoc(loc);
  c.language = m.language;
  c.script = m.script;
  c.region = m.region;
  return c;
}

L.defineMethods(Locale.prototype, {
  toString() { return thisLocale(this, 'Intl.Locale.prototype.toString').tag; },
  maximize() { return localeFrom(maximized(thisLocale(this, 'Intl.Locale.prototype.maximize'))); },
  minimize() {
    const loc = thisLocale(this, 'Intl.Locale.prototype.minimize');
    const max = maximized(loc);
    const key = (l) => `${l.language}-${l.script}-${l.region}`;
    const target = key(max);
    const c = cloneLoc(loc);
    c.language = max.language;
    for (const [s, r] of [[undefined, undefined], [undefined, max.region], [max.script, undefined]]) {
      if (key(addLikely(max.language, s, r)) === target) {
        c.script = s;
        c.region = r;
        return localeFrom(c);
      }
    }
    c.script = max.script;
    c.region = max.region;
    return localeFrom(c);
  },
});
const getters = {
  language() { return thisLocale(this, 'Intl.Locale.prototype.language').language; },
  script() { return thisLocale(this, 'Intl.Locale.prototype.script').script; },
  region() { return thisLocale(this, 'Intl.Locale.prototype.region').region; },
  baseName() { return baseNameOf(thisLocale(this, 'Intl.Locale.prototype.baseName')); },
  calendar() { return thisLocale(this, 'Intl.Locale.prototype.calendar').keywords.get('ca'); },
  caseFirst() { return thisLocale(this, 'Intl.Locale.prototype.caseFirst').keywords.get('kf'); },
  collation() { return thisLocale(this, 'Intl.Locale.prototype.collation').keywords.get('co'); },
  hourCycle() { return thisLocale(this, 'Intl.Locale.prototype.hourCycle').keywords.get('hc'); },
  numeric() {
    const v = thisLocale(this, 'Intl.Locale.prototype.numeric').keywords.get('kn');
    return v === '' || v === 'true';
  },
  numberingSystem() {
    return thisLocale(this, 'Intl.Locale.prototype.numberingSystem').keywords.get('nu');
  },
  calendars() {
    const loc = thisLocale(this, 'Intl.Locale.prototype.calendars');
    const ca = loc.keywords.get('ca');
    return [ca || 'gregory'];
  },
  collations() {
    const loc = thisLocale(this, 'Intl.Locale.prototype.collations');
    const co = loc.keywords.get('co');
    return co ? [co] : ['emoji', 'eor'];
  },
  hourCycles() {
    const loc = thisLocale(this, 'Intl.Locale.prototype.hourCycles');
    const hc = loc.keywords.get('hc');
    if (hc) return [hc];
    const r = maximized(loc).region;
    return [['US', 'CA', 'AU', 'NZ', 'IN', 'PH', 'EG', 'SA', 'PK', 'MX', 'CO', 'KR', 'TW']
      .includes(r) ? 'h12' : 'h23'];
  },
  numberingSystems() {
    const nu = thisLocale(this, 'Intl.Locale.prototype.numberingSystems').keywords.get('nu');
    return [nu || 'latn'];
  },
  textInfo() {
    const loc = thisLocale(this, 'Intl.Locale.prototype.textInfo');
    const s = maximized(loc).script;
    return { direction: ['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm'].includes(s) ? 'rtl' : 'ltr' };
  },
  timeZones() {
    const loc = thisLocale(this, 'Intl.Locale.prototype.timeZones');
    if (!loc.region) return undefined;
    return TIME_ZONES[loc.region];
  },
  weekInfo() {
    const loc = thisLocale(this, 'Intl.Locale.prototype.weekInfo');
    const r = maximized(loc).region;
    if (['US', 'CA', 'JP', 'BR', 'MX', 'IN', 'IL', 'KR', 'TW', 'HK', 'PH', 'ZA', 'AU'].includes(r)) {
      return { firstDay: 7, weekend: [6, 7], minimalDays: 1 };
    }
    if (['GB', 'DE', 'FR', 'IT', 'ES', 'NL', 'SE', 'NO', 'DK', 'FI', 'IE', 'AT', 'CH', 'BE', 'PL', 'RU']
      .includes(r)) {
      return { firstDay: 1, weekend: [6, 7], minimalDays: 4 };
    }
    return { firstDay: 1, weekend: [6, 7], minimalDays: 1 };
  },
};
const TIME_ZONES = {
  GB: ['Europe/London'], IE: ['Europe/Dublin'], DE: ['Europe/Berlin', 'Europe/Busingen'],
  FR: ['Europe/Paris'], JP: ['Asia/Tokyo'], IN: ['Asia/Calcutta'], CN: ['Asia/Shanghai', 'Asia/Urumqi'],
  US: ['America/Adak', 'America/Anchorage', 'America/Boise', 'America/Chicago', 'America/Denver',
    'America/Detroit', 'America/Indiana/Knox', 'America/Indiana/Marengo',
    'America/Indiana/Petersburg', 'America/Indiana/Tell_City', 'America/Indiana/Vevay',
    'America/Indiana/Vincennes', 'America/Indiana/Winamac', 'America/Indianapolis',
    'America/Juneau', 'America/Kentucky/Monticello', 'America/Los_Angeles', 'America/Louisville',
    'America/Menominee', 'America/Metlakatla', 'America/New_York', 'America/Nome',
    'America/North_Dakota/Beulah', 'America/North_Dakota/Center',
    'America/North_Dakota/New_Salem', 'America/Phoenix', 'America/Sitka', 'America/Yakutat',
    'Pacific/Honolulu'],
};
for (const [name, get] of Object.entries(getters)) {
  Object.defineProperty(get, 'name', { value: `get ${name}` });
  Object.defineProperty(Locale.prototype, name, { get, enumerable: false, configurable: true });
}
Object.defineProperty(Locale.prototype, L.kLocaleTag, {
  get() { const s = locSlots.get(this); return s === undefined ? undefined : s.tag; },
  enumerable: false,
  configurable: true,
});
L.defineTag(Locale.prototype, 'Intl.Locale');

// ---------------------------------------------------------------------------
// Intl.supportedValuesOf
// ---------------------------------------------------------------------------

function supportedValuesOf(key) {
  const k = String(key);
  switch (k) {
    case 'calendar':
      return ['buddhist', 'chinese', 'coptic', 'dangi', 'ethioaa', 'ethiopic', 'gregory', 'hebrew',
        'indian', 'islamic', 'islamic-civil', 'islamic-rgsa', 'islamic-tbla', 'islamic-umalqura',
        'iso8601', 'japanese', 'persian', 'roc'];
    case 'collation':
      return ['compat', 'dict', 'emoji', 'eor', 'phonebk', 'phonetic', 'pinyin', 'searchjl',
        'stroke', 'trad', 'unihan', 'zhuyin'];
    case 'currency': return Object.keys(CURRENCY_NAME);
    case 'numberingSystem': return ['adlm', 'ahom', 'arab', 'arabext', 'bali', 'beng', 'bhks', 'brah', 'cakm', 'cham', 'deva', 'diak', 'fullwide', 'gara', 'gong', 'gonm', 'gujr', 'gukh', 'guru', 'hanidec', 'hmng', 'hmnp', 'java', 'kali', 'kawi', 'khmr', 'knda', 'krai', 'lana', 'lanatham', 'laoo', 'latn', 'lepc', 'limb', 'mathbold', 'mathdbl', 'mathmono', 'mathsanb', 'mathsans', 'mlym', 'modi', 'mong', 'mroo', 'mtei', 'mymr', 'mymrepka', 'mymrpao', 'mymrshan', 'mymrtlng', 'nagm', 'newa', 'nkoo', 'olck', 'onao', 'orya', 'osma', 'outlined', 'rohg', 'saur', 'segment', 'shrd', 'sind', 'sinh', 'sora', 'sund', 'sunu', 'takr', 'talu', 'tamldec', 'telu', 'thai', 'tibt', 'tirh', 'tnsa', 'tols', 'vaii', 'wara', 'wcho'];
    case 'timeZone': return L.timeZones ? L.timeZones() : ['UTC'];
    case 'unit': return SANCTIONED.slice();
    default: throw new RangeError(`Invalid key : ${k}`);
  }
}

module.exports = { NumberFormat, PluralRules, Locale, supportedValuesOf };
// Not an Intl property: internal_intl.js hands it to number.c.
Object.defineProperty(module.exports, 'numberToLocaleString', { value: numberToLocaleString,
                                                                enumerable: false });
