// missing_input.js: not compiled itself; missing_input.kiln-args asks kiln
// to build a file that does not exist. kiln must say so and exit non-zero.
