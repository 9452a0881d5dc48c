export const enum Level {
  Debug,
  Info = 10,
  Warn = Info * 2,
  Error = Warn + 10,
}
