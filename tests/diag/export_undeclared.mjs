// An export list naming nothing declared.
const a = 1;
export { a, nothere };
