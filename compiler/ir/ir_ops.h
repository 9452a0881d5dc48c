// SPDX-License-Identifier: MIT
//
// ir_ops.h: the IR opcode list (X-macro). No include guard: include it with
// IR_OP(name, dst, a, b, c, args, throws, comment) defined.
//
// Operand columns say what each IrInst field holds for the opcode (OK_* in
// ir.h): OK_NONE unused (-1), OK_REG a value register, OK_ENV an environment
// register (e<N>) or -1 for the function's outer environment, OK_INT an
// integer immediate, OK_OUT a register the instruction writes besides dst.
// `args` is OK_REG when the opcode takes a register list.
// `throws`: the result may be an exception, which jumps to the handler
// label (IR_CALL_RT takes it from the helper table, ir_helpers.h).
// Other immediates (imm, imm2, num, name, imms) are described per opcode.
//
//    name          dst      a        b        c        args     throws
// --- control flow
IR_OP(NOP,          OK_NONE, OK_NONE, OK_NONE, OK_NONE, OK_NONE, 0, "")
IR_OP(LABEL,        OK_NONE, OK_NONE, OK_NONE, OK_NONE, OK_NONE, 0, "label: starts a basic block")
IR_OP(JMP,          OK_NONE, OK_NONE, OK_NONE, OK_NONE, OK_NONE, 0, "goto label")
IR_OP(BR_TRUTHY,    OK_NONE, OK_REG,  OK_NONE, OK_NONE, OK_NONE, 0, "if ToBoolean(a) goto label else label2")
IR_OP(BR_NULLISH,   OK_NONE, OK_REG,  OK_NONE, OK_NONE, OK_NONE, 0, "if a is null/undefined goto label else label2")
IR_OP(BR_UNDEF,     OK_NONE, OK_REG,  OK_NONE, OK_NONE, OK_NONE, 0, "if a is undefined goto label else label2")
IR_OP(BR_TRUE,      OK_NONE, OK_REG,  OK_NONE, OK_NONE, OK_NONE, 0, "if a is true goto label else label2 (a is a boolean)")
IR_OP(RET,          OK_NONE, OK_REG,  OK_NONE, OK_NONE, OK_NONE, 0, "return a")
IR_OP(THROW,        OK_NONE, OK_REG,  OK_NONE, OK_NONE, OK_NONE, 1, "throw a")
IR_OP(CATCH,        OK_REG,  OK_NONE, OK_NONE, OK_NONE, OK_NONE, 0, "dst = pending exception (clears it)")
// --- constants and moves
IR_OP(CONST_NUM,    OK_REG,  OK_NONE, OK_NONE, OK_NONE, OK_NONE, 0, "dst = number num")
IR_OP(CONST_ATOM,   OK_REG,  OK_NONE, OK_NONE, OK_NONE, OK_NONE, 0, "dst = interned string, atom imm")
IR_OP(CONST_SPECIAL,OK_REG,  OK_NONE, OK_NONE, OK_NONE, OK_NONE, 0, "dst = special value imm (JS_UNDEFINED, JS_NULL, ...)")
IR_OP(MOV,          OK_REG,  OK_REG,  OK_NONE, OK_NONE, OK_NONE, 0, "dst = a")
// --- variables
IR_OP(LOAD_LOCAL,   OK_REG,  OK_NONE, OK_NONE, OK_NONE, OK_NONE, 0, "dst = local imm")
IR_OP(STORE_LOCAL,  OK_NONE, OK_REG,  OK_NONE, OK_NONE, OK_NONE, 0, "local imm = a")
IR_OP(LOAD_ENV,     OK_REG,  OK_NONE, OK_ENV,  OK_NONE, OK_NONE, 0, "dst = (env b, imm hops up).slots[imm2]")
IR_OP(STORE_ENV,    OK_NONE, OK_REG,  OK_ENV,  OK_NONE, OK_NONE, 0, "(env b, imm hops up).slots[imm2] = a")
IR_OP(CHECK_TDZ,    OK_NONE, OK_REG,  OK_NONE, OK_NONE, OK_NONE, 1, "if a is uninitialised throw ReferenceError; imm: TDZ_* kind, name the binding")
IR_OP(NEW_ENV,      OK_NONE, OK_NONE, OK_NONE, OK_INT,  OK_NONE, 0, "env imm = new environment of c slots, parent env imm2 (-1 outer)")
IR_OP(COPY_ENV,     OK_NONE, OK_NONE, OK_NONE, OK_NONE, OK_NONE, 0, "env imm = a copy of itself (per-iteration bindings)")
IR_OP(MODULE_ENV,   OK_NONE, OK_NONE, OK_INT,  OK_INT,  OK_NONE, 0, "env imm = ES module imm2's environment; b = 1: create it with c slots")
IR_OP(LOAD_MODVAR,  OK_REG,  OK_NONE, OK_NONE, OK_NONE, OK_NONE, 0, "dst = ES module imm's environment slot *slot_ref (an import)")
// --- operators (ECMA-262 #sec-applystringornumericbinaryoperator and friends)
IR_OP(ADD,          OK_REG,  OK_REG,  OK_REG,  OK_NONE, OK_NONE, 1, "dst = a + b")
IR_OP(SUB,          OK_REG,  OK_REG,  OK_REG,  OK_NONE, OK_NONE, 1, "dst = a - b")
IR_OP(MUL,          OK_REG,  OK_REG,  OK_REG,  OK_NONE, OK_NONE, 1, "dst = a * b")
IR_OP(DIV,          OK_REG,  OK_REG,  OK_REG,  OK_NONE, OK_NONE, 1, "dst = a / b")
IR_OP(MOD,          OK_REG,  OK_REG,  OK_REG,  OK_NONE, OK_NONE, 1, "dst = a % b")
IR_OP(POW,          OK_REG,  OK_REG,  OK_REG,  OK_NONE, OK_NONE, 1, "dst = a ** b")
IR_OP(SHL,          OK_REG,  OK_REG,  OK_REG,  OK_NONE, OK_NONE, 1, "dst = a << b")
IR_OP(SAR,          OK_REG,  OK_REG,  OK_REG,  OK_NONE, OK_NONE, 1, "dst = a >> b")
IR_OP(SHR,          OK_REG,  OK_REG,  OK_REG,  OK_NONE, OK_NONE, 1, "dst = a >>> b")
IR_OP(BIT_AND,      OK_REG,  OK_REG,  OK_REG,  OK_NONE, OK_NONE, 1, "dst = a & b")
IR_OP(BIT_OR,       OK_REG,  OK_REG,  OK_REG,  OK_NONE, OK_NONE, 1, "dst = a | b")
IR_OP(BIT_XOR,      OK_REG,  OK_REG,  OK_REG,  OK_NONE, OK_NONE, 1, "dst = a ^ b")
IR_OP(LT,           OK_REG,  OK_REG,  OK_REG,  OK_NONE, OK_NONE, 1, "dst = a < b")
IR_OP(LE,           OK_REG,  OK_REG,  OK_REG,  OK_NONE, OK_NONE, 1, "dst = a <= b")
IR_OP(GT,           OK_REG,  OK_REG,  OK_REG,  OK_NONE, OK_NONE, 1, "dst = a > b")
IR_OP(GE,           OK_REG,  OK_REG,  OK_REG,  OK_NONE, OK_NONE, 1, "dst = a >= b")
IR_OP(EQ,           OK_REG,  OK_REG,  OK_REG,  OK_NONE, OK_NONE, 1, "dst = a == b")
IR_OP(STRICT_EQ,    OK_REG,  OK_REG,  OK_REG,  OK_NONE, OK_NONE, 0, "dst = a === b")
IR_OP(STRICT_NE,    OK_REG,  OK_REG,  OK_REG,  OK_NONE, OK_NONE, 0, "dst = a !== b")
IR_OP(INSTANCEOF,   OK_REG,  OK_REG,  OK_REG,  OK_NONE, OK_NONE, 1, "dst = a instanceof b")
IR_OP(IN,           OK_REG,  OK_REG,  OK_REG,  OK_NONE, OK_NONE, 1, "dst = a in b")
IR_OP(NOT,          OK_REG,  OK_REG,  OK_NONE, OK_NONE, OK_NONE, 0, "dst = !a")
IR_OP(NEG,          OK_REG,  OK_REG,  OK_NONE, OK_NONE, OK_NONE, 1, "dst = -a")
IR_OP(BIT_NOT,      OK_REG,  OK_REG,  OK_NONE, OK_NONE, OK_NONE, 1, "dst = ~a")
IR_OP(TO_NUMBER,    OK_REG,  OK_REG,  OK_NONE, OK_NONE, OK_NONE, 1, "dst = +a")
IR_OP(TO_NUMERIC,   OK_REG,  OK_REG,  OK_NONE, OK_NONE, OK_NONE, 1, "dst = ToNumeric(a) (the old value of a++)")
IR_OP(INC,          OK_REG,  OK_REG,  OK_NONE, OK_NONE, OK_NONE, 1, "dst = a + 1, a numeric")
IR_OP(DEC,          OK_REG,  OK_REG,  OK_NONE, OK_NONE, OK_NONE, 1, "dst = a - 1, a numeric")
IR_OP(TYPEOF,       OK_REG,  OK_REG,  OK_NONE, OK_NONE, OK_NONE, 0, "dst = typeof a")
// --- properties and calls
IR_OP(GET_PROP,     OK_REG,  OK_REG,  OK_NONE, OK_NONE, OK_NONE, 1, "dst = a.<atom imm>, a per-site inline cache")
IR_OP(SET_PROP,     OK_NONE, OK_REG,  OK_REG,  OK_NONE, OK_NONE, 1, "a.<atom imm> = b, a per-site inline cache; imm2: strict")
IR_OP(OBJECT_LIT,   OK_REG,  OK_NONE, OK_NONE, OK_NONE, OK_REG,  0, "dst = {args[0]: args[1], ...}: data properties, atom keys in even args; a per-site shape cache")
IR_OP(GET_ELEM,     OK_REG,  OK_REG,  OK_REG,  OK_NONE, OK_NONE, 1, "dst = a[b]")
IR_OP(SET_ELEM,     OK_REG,  OK_REG,  OK_REG,  OK_REG,  OK_NONE, 1, "a[b] = c; imm: strict; dst = c")
IR_OP(CALL,         OK_REG,  OK_REG,  OK_REG,  OK_NONE, OK_REG,  1, "dst = a(...args) with this b; imms[0]: the callee's text (errors)")
IR_OP(NEW,          OK_REG,  OK_REG,  OK_REG,  OK_NONE, OK_REG,  1, "dst = new a(...args), new.target b (= a); imms[0]: the callee's text")
IR_OP(CALL_RT,      OK_REG,  OK_NONE, OK_NONE, OK_NONE, OK_REG,  1, "dst = runtime helper `helper`(args..., imms...) (ir_helpers.h)")
// --- functions and their context
IR_OP(CLOSURE,      OK_REG,  OK_NONE, OK_NONE, OK_INT,  OK_NONE, 0, "dst = new function of IrFunc imm in env imm2 (-1 outer), name atom c")
IR_OP(CLASS,        OK_REG,  OK_REG,  OK_NONE, OK_INT,  OK_NONE, 1, "dst = new class of IrFunc imm in env imm2, parent a (JS_EMPTY: none), name atom c")
IR_OP(ARGC_ARG,     OK_REG,  OK_NONE, OK_NONE, OK_NONE, OK_NONE, 0, "dst = argument imm or undefined")
IR_OP(THIS,         OK_REG,  OK_NONE, OK_NONE, OK_NONE, OK_NONE, 0, "dst = this")
IR_OP(CALLEE,       OK_REG,  OK_NONE, OK_NONE, OK_NONE, OK_NONE, 0, "dst = the running function")
IR_OP(NEW_TARGET,   OK_REG,  OK_NONE, OK_NONE, OK_NONE, OK_NONE, 0, "dst = new.target")
IR_OP(REST,         OK_REG,  OK_NONE, OK_NONE, OK_NONE, OK_NONE, 0, "dst = array of the arguments from imm on")
IR_OP(ARGUMENTS,    OK_REG,  OK_NONE, OK_NONE, OK_NONE, OK_NONE, 0, "dst = arguments object; imm: mapped")
IR_OP(TEMPLATE,     OK_REG,  OK_NONE, OK_NONE, OK_NONE, OK_REG,  1, "dst = template object imm (made once), cooked strings then raw ones in args")
// --- positions, stack, suspension
IR_OP(LINE,         OK_NONE, OK_NONE, OK_NONE, OK_NONE, OK_NONE, 0, "source position marker (span)")
IR_OP(STACK_CHECK,  OK_NONE, OK_NONE, OK_NONE, OK_NONE, OK_NONE, 0, "stack overflow check (first instruction)")
IR_OP(GEN_START,    OK_NONE, OK_NONE, OK_NONE, OK_NONE, OK_NONE, 0, "generator: suspend after parameter set-up")
IR_OP(YIELD,        OK_REG,  OK_REG,  OK_OUT,  OK_NONE, OK_NONE, 1, "suspend yielding a; on resume dst = sent value; return -> goto label; imm2: delegate (b = mode register)")
IR_OP(AWAIT,        OK_REG,  OK_REG,  OK_NONE, OK_NONE, OK_NONE, 1, "suspend awaiting a; on resume dst = value or throw")
