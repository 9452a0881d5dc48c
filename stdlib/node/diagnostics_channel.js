'use strict';
// node:diagnostics_channel: named channels that publish messages to their
// subscribers, and TracingChannel (start/end/asyncStart/asyncEnd/error
// channels around a sync, promise or callback call). Libraries publish only
// when someone subscribed (hasSubscribers), so most programs never see a
// message.
//
// A channel with no subscriber and no bound store is inactive (class
// Channel, fields undefined); the first subscription turns it into an
// ActiveChannel by switching its prototype, as node does, so both inspect
// like node's. channel(name) returns the same object for the same name for
// as long as the program runs.

const { invalidArgType } = require('kiln:internal_event_target');

const channels = new Map();

function validateFunction(value, name) {
  if (typeof value !== 'function')
    throw invalidArgType(name, 'of type function', value);
}

function validateName(name) {
  if (typeof name !== 'string' && typeof name !== 'symbol')
    throw invalidArgType('channel', 'one of type string or symbol', name);
}

// A subscriber that throws does not stop the others: its error becomes an
// uncaught exception on the next tick.
function reportLater(err) {
  process.nextTick(() => { throw err; });
}

class ActiveChannel {
  subscribe(subscription) {
    validateFunction(subscription, 'subscription');
    // Copy on write: a publish in progress keeps the list it started with.
    this._subscribers = [...this._subscribers, subscription];
  }

  unsubscribe(subscription) {
    const i = this._subscribers.indexOf(subscription);
    if (i === -1)
      return false;
    const next = this._subscribers.slice();
    next.splice(i, 1);
    this._subscribers = next;
    maybeDeactivate(this);
    return true;
  }

  bindStore(store, transform) {
    const replacing = this._stores.has(store);
    this._stores.set(store, transform);
    return replacing;
  }

  unbindStore(store) {
    if (!this._stores.has(store))
      return false;
    this._stores.delete(store);
    maybeDeactivate(this);
    return true;
  }

  get hasSubscribers() {
    return true;
  }

  publish(data) {
    const subscribers = this._subscribers;
    for (let i = 0; i < subscribers.length; i++) {
      try {
        subscribers[i](data, this.name);
      } catch (err) {
        reportLater(err);
      }
    }
  }

  runStores(data, fn, thisArg, ...args) {
    let run = () => {
      this.publish(data);
      return Reflect.apply(fn, thisArg, args);
    };
    for (const [store, transform] of this._stores) {
      const inner = run;
      let value = data;
      if (transform) {
        try {
          value = transform(data);
        } catch (err) {
          reportLater(err);
          continue;
        }
      }
      run = () => store.run(value, inner);
    }
    return run();
  }
}

function activate(channel) {
  Object.setPrototypeOf(channel, ActiveChannel.prototype);
  channel._subscribers = [];
  channel._stores = new Map();
}

function maybeDeactivate(channel) {
  if (channel._subscribers.length === 0 && channel._stores.size === 0) {
    Object.setPrototypeOf(channel, Channel.prototype);
    channel._subscribers = undefined;
    channel._stores = undefined;
  }
}

class Channel {
  constructor(name) {
    this._subscribers = undefined;
    this._stores = undefined;
    this.name = name;
    channels.set(name, this);
  }

  static [Symbol.hasInstance](instance) {
    const proto = instance !== null && typeof instance === 'object' ? Object.getPrototypeOf(instance) : null;
    return proto === Channel.prototype || proto === ActiveChannel.prototype;
  }

  subscribe(subscription) {
    activate(this);
    this.subscribe(subscription);
  }

  unsubscribe() {
    return false;
  }

  bindStore(store, transform) {
    activate(this);
    return this.bindStore(store, transform);
  }

  unbindStore() {
    return false;
  }

  get hasSubscribers() {
    return false;
  }

  publish() {}

  runStores(data, fn, thisArg, ...args) {
    return Reflect.apply(fn, thisArg, args);
  }
}

function channel(name) {
  const existing = channels.get(name);
  if (existing)
    return existing;
  validateName(name);
  return new Channel(name);
}

function subscribe(name, subscription) {
  channel(name).subscribe(subscription);
}

function unsubscribe(name, subscription) {
  return channel(name).unsubscribe(subscription);
}

function hasSubscribers(name) {
  const c = channels.get(name);
  return c ? c.hasSubscribers : false;
}

const traceEvents = ['start', 'end', 'asyncStart', 'asyncEnd', 'error'];

class TracingChannel {
  constructor(nameOrChannels) {
    if (typeof nameOrChannels === 'string') {
      for (const event of traceEvents)
        defineHidden(this, event, channel('tracing:' + nameOrChannels + ':' + event));
    } else if (nameOrChannels !== null && typeof nameOrChannels === 'object') {
      for (const event of traceEvents) {
        const c = nameOrChannels[event];
        if (!(c instanceof Channel))
          throw invalidArgType('nameOrChannels.' + event, 'an instance of Channel', c);
        defineHidden(this, event, c);
      }
    } else {
      throw invalidArgType('nameOrChannels', 'of type string or an instance of TracingChannel or Object', nameOrChannels);
    }
  }

  get hasSubscribers() {
    return this.start.hasSubscribers || this.end.hasSubscribers ||
           this.asyncStart.hasSubscribers || this.asyncEnd.hasSubscribers ||
           this.error.hasSubscribers;
  }

  subscribe(handlers) {
    for (const event of traceEvents) {
      if (handlers[event])
        this[event].subscribe(handlers[event]);
    }
  }

  unsubscribe(handlers) {
    let done = true;
    for (const event of traceEvents) {
      if (handlers[event] && !this[event].unsubscribe(handlers[event]))
        done = false;
    }
    return done;
  }

  traceSync(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers)
      return Reflect.apply(fn, thisArg, args);
    const { start, end, error } = this;
    return start.runStores(context, () => {
      try {
        const result = Reflect.apply(fn, thisArg, args);
        context.result = result;
        return result;
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }

  tracePromise(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers)
      return Reflect.apply(fn, thisArg, args);
    const { start, end, asyncStart, asyncEnd, error } = this;
    const settled = () => {
      asyncStart.publish(context);
      asyncEnd.publish(context);
    };
    return start.runStores(context, () => {
      try {
        let promise = Reflect.apply(fn, thisArg, args);
        if (!(promise instanceof Promise))
          promise = Promise.resolve(promise);
        return promise.then((result) => {
          context.result = result;
          settled();
          return result;
        }, (err) => {
          context.error = err;
          error.publish(context);
          settled();
          return Promise.reject(err);
        });
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }

  traceCallback(fn, position = -1, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers)
      return Reflect.apply(fn, thisArg, args);
    const { start, end, asyncStart, asyncEnd, error } = this;
    const callback = args.at(position);
    validateFunction(callback, 'callback');
    function wrappedCallback(err, res) {
      if (err) {
        context.error = err;
        error.publish(context);
      } else {
        context.result = res;
      }
      return asyncStart.runStores(context, () => {
        try {
          return Reflect.apply(callback, this, arguments);
        } finally {
          asyncEnd.publish(context);
        }
      });
    }
    args.splice(position, 1, wrappedCallback);
    return start.runStores(context, () => {
      try {
        return Reflect.apply(fn, thisArg, args);
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }
}

function defineHidden(obj, key, value) {
  Object.defineProperty(obj, key, { value, writable: true, configurable: true, enumerable: false });
}

function tracingChannel(nameOrChannels) {
  return new TracingChannel(nameOrChannels);
}

module.exports = {
  channel,
  hasSubscribers,
  subscribe,
  tracingChannel,
  unsubscribe,
  Channel,
};
