// An uncaught TypeError thrown from TypeScript code: exit code 1 and the
// error line on stderr, after output flushed so far.
interface User { name: string; address?: { city: string } }
const users: User[] = [{ name: "a", address: { city: "x" } }, { name: "b" }];
function city(u: User): string {
  return u.address!.city.toUpperCase();
}
for (const u of users) console.log(u.name, city(u));
