enum Level {
  Low = 1,
  High = Low +,
}
export { Level };
