export var Tone;
(function (Tone) {
    Tone[Tone["Calm"] = 1] = "Calm";
    Tone[Tone["Loud"] = 2] = "Loud";
})(Tone || (Tone = {}));
(function (Tone) {
    Tone[Tone["Silent"] = 0] = "Silent";
})(Tone || (Tone = {}));
(function (Tone) {
    Tone.all = [Tone.Calm, Tone.Loud, Tone.Silent];
})(Tone || (Tone = {}));
export default function classify(n) {
    return n < 10 /* Code.Warn */ ? 0 /* Code.Ok */ : n < 20 /* Code.Fail */ ? 10 /* Code.Warn */ : 20 /* Code.Fail */;
}
