// semver (CommonJS, no exports map): the index plus the per-function files
// semver/functions/*, semver/ranges/*, semver/classes/*.
'use strict';
const semver = require('semver');
const satisfiesFn = require('semver/functions/satisfies');
const maxSatisfying = require('semver/ranges/max-satisfying');
const SemVer = require('semver/classes/semver');
const Range = require('semver/classes/range');

function show(label, f) {
  try {
    console.log(label + ': ' + JSON.stringify(f()));
  } catch (e) {
    console.log(label + ': threw ' + e.name + ': ' + e.message);
  }
}

show('subpaths', () => [satisfiesFn === semver.satisfies, SemVer === semver.SemVer, Range === semver.Range, typeof semver.SEMVER_SPEC_VERSION]);
show('valid', () => ['1.2.3', 'v1.2.3', '=1.2.3', '1.2', '1.2.3-alpha.1+build.5', '01.2.3', '1.2.3.4', ' 1.2.3 ', 'a.b.c'].map(v => semver.valid(v)));
show('clean', () => ['  =v1.2.3   ', '~1.0.0', '1.2.3-beta '].map(v => semver.clean(v)));
show('coerce', () => ['v2', '42.6.7.9.3-alpha', 'version 1.2.3-beta', 'x', '3.4.5.6'].map(v => { const c = semver.coerce(v); return c && c.version; }));
show('coerce opts', () => [semver.coerce('1.2.3.4', { rtl: true }).version, semver.coerce('1.2.3-rc.1+b', { includePrerelease: true }).version]);
show('parse', () => { const p = semver.parse('1.2.3-rc.1+sha.abc'); return [p.major, p.minor, p.patch, p.prerelease, p.build, p.version, p.raw, p.toString()]; });
show('parse invalid', () => semver.parse('nope'));
show('compare', () => [['1.2.3', '1.2.4'], ['2.0.0', '1.99.99'], ['1.0.0-alpha', '1.0.0'], ['1.0.0-alpha.1', '1.0.0-alpha.beta'], ['1.0.0+a', '1.0.0+b'], ['1.0.0-2', '1.0.0-10']].map(([a, b]) => semver.compare(a, b)));
show('compareBuild', () => semver.compareBuild('1.0.0+a', '1.0.0+b'));
show('comparisons', () => [semver.gt('1.10.0', '1.9.0'), semver.lt('1.0.0-rc.1', '1.0.0'), semver.eq('1.0.0', 'v1.0.0'), semver.neq('1.0.0', '1.0.1'), semver.gte('1.0.0', '1.0.0'), semver.cmp('1.0.0', '>=', '0.9.0')]);
show('sort', () => semver.sort(['1.10.0', '1.2.0', '1.2.0-rc.1', '0.9.9', '1.2.0-beta.11', '1.2.0-beta.2', '2.0.0']));
show('rsort', () => semver.rsort(['1.0.0', '3.0.0', '2.0.0']));
show('inc', () => ['major', 'minor', 'patch', 'premajor', 'preminor', 'prepatch', 'prerelease', 'release'].map(r => semver.inc('1.2.3-beta.4', r)));
show('inc identifier', () => [semver.inc('1.2.3', 'prerelease', 'alpha'), semver.inc('1.2.3-alpha.0', 'prerelease', 'beta'), semver.inc('1.2.3', 'preminor', 'rc', '1'), semver.inc('1.2.3', 'bogus')]);
show('diff', () => [['1.2.3', '2.0.0'], ['1.2.3', '1.3.0'], ['1.2.3', '1.2.4'], ['1.2.3', '1.2.3-rc.1'], ['1.2.3-rc.1', '1.2.3-rc.2'], ['1.2.3', '1.2.3']].map(([a, b]) => semver.diff(a, b)));
show('major/minor/patch/prerelease', () => [semver.major('4.5.6'), semver.minor('4.5.6'), semver.patch('4.5.6'), semver.prerelease('1.2.3-alpha.1'), semver.prerelease('1.2.3')]);
const ranges = ['^1.2.3', '~1.2.3', '>=1.2.3 <2.0.0', '1.x', '1.2.x || 2.x', '*', '1.2.3 - 2.3.4', '^0.2.3', '^0.0.3', '~1', '>1.2.3-alpha', '<=1.2', '=1.2.3', ''];
show('validRange', () => ranges.map(r => semver.validRange(r)));
show('satisfies table', () => ['0.0.3', '0.2.5', '1.2.3', '1.2.9', '1.3.0', '1.9.9', '2.0.0', '2.3.4', '1.2.4-beta'].map(v => v + ' ' + ranges.map(r => (semver.satisfies(v, r) ? 'Y' : '.')).join('')));
show('includePrerelease', () => [semver.satisfies('1.3.0-beta', '^1.2.0'), semver.satisfies('1.3.0-beta', '^1.2.0', { includePrerelease: true })]);
show('maxSatisfying/minSatisfying', () => [maxSatisfying(['1.2.3', '1.2.4', '1.3.0', '2.0.0'], '~1.2.0'), semver.minSatisfying(['1.2.3', '1.2.4', '1.3.0'], '^1.2.4'), maxSatisfying(['1.0.0'], '>2')]);
show('minVersion', () => ['^1.2.3', '>1.2.3', '>=0.0.0-0 <1', '1.x || >=2.5.0', '<0.0.0'].map(r => { const m = semver.minVersion(r); return m && m.version; }));
show('gtr/ltr/outside', () => [semver.gtr('3.0.0', '^2.0.0'), semver.ltr('1.0.0', '^2.0.0'), semver.outside('2.5.0', '^2.0.0', '>')]);
show('intersects', () => [semver.intersects('^1.2.0', '>=1.5.0 <3'), semver.intersects('^1.2.0', '^2.0.0'), semver.intersects('>1.0.0', '<1.0.0')]);
show('subset', () => [semver.subset('^1.2.3', '^1.0.0'), semver.subset('^1.0.0', '^1.2.3'), semver.subset('1.2.3', '>=1.0.0')]);
show('simplifyRange', () => semver.simplifyRange(['1.1.0', '1.2.0', '1.2.1', '1.3.0', '2.0.0', '2.1.0'], '1.2.1 || 1.3.0 || 1.1.0 || 1.2.0 || 2.1.0'));
show('Range object', () => { const r = new Range('>=1.2.3 <2 || ^3.0.0-beta'); return [r.range, r.set.length, r.set.map(cs => cs.map(c => c.value)), r.test('3.0.0-beta.2'), r.toString()]; });
show('Comparator', () => { const c = new semver.Comparator('>=1.2.3'); return [c.operator, c.semver.version, c.test('1.3.0'), c.intersects(new semver.Comparator('<1.0.0'))]; });
show('SemVer object', () => { const v = new SemVer('2.4.6-rc.1'); v.inc('patch'); return [v.version, v.compare('2.4.6'), v.compareMain('2.4.5'), v.comparePre('2.4.6-rc.1')]; });
show('loose', () => [semver.valid('=1.2.3', { loose: true }), semver.valid('1.2.3foo', true), semver.satisfies('1.2.3foo', '1.2.3', true)]);
show('invalid SemVer', () => new SemVer('1.2'));
show('invalid Range', () => new Range('>>>1'));
show('invalid comparator', () => new semver.Comparator('=>1.0.0'));
show('too long', () => semver.valid('1.2.' + '9'.repeat(300)));
show('too big', () => new SemVer('1.2.' + '9'.repeat(20)));
show('compare invalid', () => semver.compare('1.2.3', 'x'));
show('re/src exported', () => [typeof semver.re, semver.tokens.FULL !== undefined]);
