// read_prop_null.js: reading a property of null.
const user = { profile: null };
console.log("start");
console.log(user.profile.name);
