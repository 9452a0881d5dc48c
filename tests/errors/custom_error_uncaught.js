// custom_error_uncaught.js: an uncaught Error subclass prints its name.
class ConfigError extends Error {
  constructor(message) {
    super(message);
    this.name = "ConfigError";
  }
}
console.log("loading");
throw new ConfigError("missing key 'port'");
