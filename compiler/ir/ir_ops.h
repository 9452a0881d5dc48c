// SPDX-License-Identifier: MIT
//
// ir_ops.h: the IR opcode list (X-macro). No include guard: include it with
// IR_OP(name, comment) defined.
//
// Operands live in IrInst: dst (register), a/b/c (registers), imm, num,
// name (string: runtime function, atom text, label text), args (registers),
// label/label2 (branch targets). `may_throw` instructions jump to the
// instruction's handler label when their result is JS_EXCEPTION.
IR_OP(NOP, "")
IR_OP(LABEL, "label: label")
IR_OP(JMP, "goto label")
IR_OP(BR_TRUTHY, "if ToBoolean(a) goto label else label2")
IR_OP(BR_NULLISH, "if a is null/undefined goto label else label2")
IR_OP(BR_UNDEF, "if a is undefined goto label else label2")
IR_OP(BR_TRUE, "if a == JS_TRUE goto label else label2 (a is a boolean)")
IR_OP(CONST_NUM, "dst = number num")
IR_OP(CONST_ATOM, "dst = interned string name/imm(len)")
IR_OP(CONST_SPECIAL, "dst = special imm (JS_UNDEFINED, JS_NULL, ...)")
IR_OP(MOV, "dst = a")
IR_OP(LOAD_LOCAL, "dst = local #imm")
IR_OP(STORE_LOCAL, "local #imm = a")
IR_OP(LOAD_ENV, "dst = env(name/imm hops from env register b or outer).slots[imm2]")
IR_OP(STORE_ENV, "env(...).slots[imm2] = a")
IR_OP(CHECK_TDZ, "if a == JS_UNINIT throw ReferenceError (name)")
IR_OP(NEW_ENV, "env register imm = js_new_env(parent env reg imm2 or outer, size c)")
IR_OP(COPY_ENV, "env register imm = copy of itself (per-iteration bindings)")
IR_OP(RT, "dst = name(rt, args...) (may_throw)")
IR_OP(RT_VOID, "name(rt, args...) (no result, no throw)")
IR_OP(GET_PROP_IC, "dst = a.<atom imm> with a per-site IC")
IR_OP(SET_PROP_IC, "a.<atom imm> = b with a per-site IC")
IR_OP(CALL, "dst = call a with this b, args (name = text for errors)")
IR_OP(CLOSURE, "dst = new function of IrFunc imm in env reg imm2 (atom name)")
IR_OP(CLASS, "dst = js_new_class(IrFunc imm, env reg imm2, parent a or JS_EMPTY)")
IR_OP(RET, "return a")
IR_OP(THROW, "throw a")
IR_OP(CATCH, "dst = pending exception (clears it)")
IR_OP(ARGC_ARG, "dst = argv[imm] or undefined")
IR_OP(THIS, "dst = this_val")
IR_OP(CALLEE, "dst = callee")
IR_OP(NEW_TARGET, "dst = new_target")
IR_OP(REST, "dst = js_rest_array(argc, argv, imm)")
IR_OP(ARGUMENTS, "dst = arguments object")
IR_OP(ATOM_ARRAY, "dst = address of a static JsValue array of the atoms in args")
IR_OP(TEMPLATE, "dst = cached template object, cooked in args, raw atoms in imm..")
IR_OP(LINE, "source position marker (span)")
IR_OP(STACK_CHECK, "stack overflow check")
