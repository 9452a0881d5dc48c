// call_arg_hole.js: the call grammar takes holes, JavaScript does not.
f(1,,2);
