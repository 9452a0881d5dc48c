// export_default_var.mjs: only a declaration of a function or class, or an
// expression, follows `export default`.
export default var x = 1;
