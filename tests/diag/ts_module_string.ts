// `module "name" {}` without `declare` is an error in tsc too; kiln says
// it needs `declare`.
module "pkg" {
  export const x = 1;
}
