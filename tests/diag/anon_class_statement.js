// anon_class_statement.js: the same for `class`.
class { m() {} }
