// experimentalDecorators: decorators on class expressions are errors in
// tsc (TS1206), so kiln reports them rather than dropping them as tsc's
// emit does.
function d(target: any) {}
const E = @d class {};
