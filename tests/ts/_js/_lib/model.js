"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.State = exports.Model = void 0;
class Model {
    props;
    constructor(props) {
        this.props = props;
    }
}
exports.Model = Model;
var State;
(function (State) {
    State[State["On"] = 1] = "On";
    State[State["Off"] = 0] = "Off";
})(State || (exports.State = State = {}));
