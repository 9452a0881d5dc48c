import { stringify } from 'csv-stringify/sync'; console.log(stringify([['a', 'b,c'], [1, 'x"y']], { header: true, columns: ['c1', 'c2'] }));
import { formatInTimeZone } from 'date-fns-tz'; console.log(formatInTimeZone(new Date(Date.UTC(2020, 0, 1, 12)), 'America/New_York', 'yyyy-MM-dd HH:mm zzz'));
