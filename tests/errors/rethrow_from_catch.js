// rethrow_from_catch.js: an error rethrown from catch after finally ran.
function risky() {
  try {
    null.field;
  } catch (e) {
    console.log("caught", e.name);
    throw new RangeError("converted: " + e.message);
  } finally {
    console.log("finally ran");
  }
}
risky();
