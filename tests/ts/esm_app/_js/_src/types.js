export var Priority;
(function (Priority) {
    Priority[Priority["Low"] = 0] = "Low";
    Priority[Priority["Normal"] = 1] = "Normal";
    Priority[Priority["High"] = 2] = "High";
})(Priority || (Priority = {}));
export var Limits;
(function (Limits) {
    Limits[Limits["MaxTitle"] = 20] = "MaxTitle";
})(Limits || (Limits = {}));
