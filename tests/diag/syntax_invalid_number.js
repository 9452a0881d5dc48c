// A numeric literal directly followed by an identifier.
let n = 3in [];
