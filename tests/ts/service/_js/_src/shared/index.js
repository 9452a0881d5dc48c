"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.HttpError = exports.Text = exports.Role = exports.Status = void 0;
// Shared enums, namespaces and types used across the service.
__exportStar(require("./meta.js"), exports);
var Status;
(function (Status) {
    Status[Status["Active"] = 1] = "Active";
    Status[Status["Suspended"] = 2] = "Suspended";
    Status[Status["Deleted"] = 16] = "Deleted";
})(Status || (exports.Status = Status = {}));
var Role;
(function (Role) {
    Role["Admin"] = "admin";
    Role["Member"] = "member";
    Role["Guest"] = "guest";
})(Role || (exports.Role = Role = {}));
var Text;
(function (Text) {
    Text.sep = ' | ';
    function pad(s, n) {
        return String(s).padEnd(n, '.');
    }
    Text.pad = pad;
    let Case;
    (function (Case) {
        Case.upper = (s) => s.toUpperCase();
    })(Case = Text.Case || (Text.Case = {}));
})(Text || (exports.Text = Text = {}));
class HttpError extends Error {
    status;
    constructor(status, message) {
        super(message);
        this.status = status;
        this.name = 'HttpError';
    }
}
exports.HttpError = HttpError;
