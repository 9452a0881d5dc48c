// SPDX-License-Identifier: MIT
//
// fs.c: the natives of require('kiln:fs') (see stdlib/node/bindings.c),
// which stdlib/node/fs.js and fs_promises.js are written with.
//
// Each native takes its operation's arguments (paths already strings,
// numbers already checked by the JS layer) and, last, `req`, which picks
// the form like node's binding does:
//   undefined  sync: the uv_fs_* call runs without a callback on this
//              thread; a failure throws node's uvException-style error;
//   a function async: the request goes to libuv's thread pool and the
//              function is called as cb(err) / cb(null, result) through
//              js_loop_callback (cb(null) when there is no result);
//   true       async, returning a promise settled the same way.
// An async request lives in a js_uv_alloc block (uv_fs_t or uv_work_t
// first) that also holds the callback, the promise and the buffer being
// read or written, so the collector keeps them while libuv works.
//
// Recursive mkdir and rm are plain C walks; async they run as uv_work_t on
// the same thread pool. fs.watch handles are uv_fs_event_t blocks from
// js_uv_alloc too, closed with js_uv_close.
#include "internal.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <uv.h>

#define NATIVE(name)                                                        \
  static JsValue name(JsRt *rt, JsValue callee, JsValue this_val, int argc, \
                      JsValue *argv, JsValue new_target)
#define UNUSED_ARGS (void)callee, (void)this_val, (void)new_target

enum {
  OP_NONE, OP_FD, OP_SIZE, OP_STAT, OP_SCANDIR, OP_PATH, OP_PTR, OP_MKDIRP,
  OP_RMTREE, OP_STATFS,
};

typedef struct Req {
  union {
    uv_fs_t fs;
    uv_work_t work;
  } u;
  JsValue cb, promise, keep;
  int op;         // OP_*: how the result becomes a JS value
  bool types;     // scandir: also return the entry types
  // uv_work_t operations (mkdirp, rmtree)
  char *path;
  int mode;
  int err;            // a uv error code, 0 for success
  const char *syscall;
  char *errpath;      // the path the failing call named (malloc)
  char *made;         // mkdirp: the first directory created (malloc)
} Req;

static JsRt *the_rt;

static const char *arg_path(JsRt *rt, JsValue v) {
  return js_is_string(v) ? js_str_to_utf8(rt, js_str(v), NULL) : js_cstr(rt, v);
}

static double arg_num(JsValue v, double dflt) {
  return js_is_number(v) ? js_get_number(v) : dflt;
}

// --- errors ------------------------------------------------------------------------

// Node's uvException: "CODE: description, syscall 'path' -> 'dest'" with
// errno (negative), code, syscall, path and dest properties.
static JsValue uv_error(JsRt *rt, int err, const char *syscall, const char *path,
                        const char *dest) {
  const char *code = uv_err_name(err);
  JsStrBuf sb;
  js_sb_init(&sb);
  js_sb_puts(&sb, code);
  js_sb_puts(&sb, ": ");
  js_sb_puts(&sb, uv_strerror(err));
  js_sb_puts(&sb, ", ");
  js_sb_puts(&sb, syscall);
  if (path) {
    js_sb_puts(&sb, " '");
    js_sb_puts(&sb, path);
    js_sb_puts(&sb, "'");
  }
  if (dest) {
    js_sb_puts(&sb, " -> '");
    js_sb_puts(&sb, dest);
    js_sb_puts(&sb, "'");
  }
  JsValue msg = js_sb_finish(rt, &sb);
  JsValue e = js_make_error(rt, rt->error_protos[JS_ERROR], msg);
  js_define_value(rt, e, js_atom_cstr(rt, "errno"), js_int(err), JS_PROP_DEFAULT);
  js_define_value(rt, e, js_atom_cstr(rt, "code"), js_new_cstring(rt, code),
                  JS_PROP_DEFAULT);
  js_define_value(rt, e, js_atom_cstr(rt, "syscall"), js_new_cstring(rt, syscall),
                  JS_PROP_DEFAULT);
  if (path)
    js_define_value(rt, e, js_atom_cstr(rt, "path"), js_new_cstring(rt, path),
                    JS_PROP_DEFAULT);
  if (dest)
    js_define_value(rt, e, js_atom_cstr(rt, "dest"), js_new_cstring(rt, dest),
                    JS_PROP_DEFAULT);
  return e;
}

static const char *syscall_name(uv_fs_type t) {
  switch (t) {
  case UV_FS_OPEN: return "open";
  case UV_FS_CLOSE: return "close";
  case UV_FS_READ: return "read";
  case UV_FS_WRITE: return "write";
  case UV_FS_STAT: return "stat";
  case UV_FS_LSTAT: return "lstat";
  case UV_FS_FSTAT: return "fstat";
  case UV_FS_SCANDIR: return "scandir";
  case UV_FS_MKDIR: return "mkdir";
  case UV_FS_MKDTEMP: return "mkdtemp";
  case UV_FS_RMDIR: return "rmdir";
  case UV_FS_UNLINK: return "unlink";
  case UV_FS_RENAME: return "rename";
  case UV_FS_LINK: return "link";
  case UV_FS_SYMLINK: return "symlink";
  case UV_FS_COPYFILE: return "copyfile";
  case UV_FS_READLINK: return "readlink";
  case UV_FS_REALPATH: return "realpath";
  case UV_FS_ACCESS: return "access";
  case UV_FS_CHMOD: return "chmod";
  case UV_FS_FCHMOD: return "fchmod";
  case UV_FS_CHOWN: return "chown";
  case UV_FS_FCHOWN: return "fchown";
  case UV_FS_LCHOWN: return "lchown";
  case UV_FS_UTIME: return "utime";
  case UV_FS_FUTIME: return "futime";
  case UV_FS_LUTIME: return "lutime";
  case UV_FS_FTRUNCATE: return "ftruncate";
  case UV_FS_FSYNC: return "fsync";
  case UV_FS_FDATASYNC: return "fdatasync";
  case UV_FS_STATFS: return "statfs";
  default: return "fs";
  }
}

// Fd operations name no path in their errors.
static JsValue fs_req_error(JsRt *rt, uv_fs_t *r) {
  int err = (int)r->result;
  const char *path = r->path, *dest = NULL;
  switch (r->fs_type) {
  case UV_FS_CLOSE: case UV_FS_READ: case UV_FS_WRITE: case UV_FS_FSTAT:
  case UV_FS_FCHMOD: case UV_FS_FCHOWN: case UV_FS_FUTIME: case UV_FS_FTRUNCATE:
  case UV_FS_FSYNC: case UV_FS_FDATASYNC:
    path = NULL;
    break;
  case UV_FS_RENAME: case UV_FS_LINK: case UV_FS_SYMLINK: case UV_FS_COPYFILE:
    dest = r->new_path;
    break;
  case UV_FS_MKDTEMP: {
    // libuv fills in the template even when mkdtemp fails.
    size_t n = strlen(path);
    char *t = js_gc_alloc_atomic(n + 1);
    memcpy(t, path, n + 1);
    if (n >= 6)
      memcpy(t + n - 6, "XXXXXX", 6);
    path = t;
    break;
  }
  default:
    break;
  }
  return uv_error(rt, err, syscall_name(r->fs_type), path, dest);
}

// --- results -------------------------------------------------------------------------

static double ts(uv_timespec_t t) { return (double)t.tv_sec; }

// [dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, then
// seconds and nanoseconds of atime, mtime, ctime, birthtime].
static JsValue stat_array(JsRt *rt, const uv_stat_t *s) {
  double v[18] = {
      (double)s->st_dev,     (double)s->st_mode, (double)s->st_nlink,
      (double)s->st_uid,     (double)s->st_gid,  (double)s->st_rdev,
      (double)s->st_blksize, (double)s->st_ino,  (double)s->st_size,
      (double)s->st_blocks,  ts(s->st_atim),     (double)s->st_atim.tv_nsec,
      ts(s->st_mtim),        (double)s->st_mtim.tv_nsec,
      ts(s->st_ctim),        (double)s->st_ctim.tv_nsec,
      ts(s->st_birthtim),    (double)s->st_birthtim.tv_nsec};
  JsValue vals[18];
  for (int i = 0; i < 18; i++)
    vals[i] = js_number(v[i]);
  return js_new_array_from(rt, 18, vals);
}

static int dirent_type(uv_dirent_type_t t) {
  // node's UV_DIRENT_* numbering: the same as libuv's enum.
  return (int)t;
}

// lstat for entries whose type the directory did not say.
static int lstat_type(const char *dir, const char *name) {
  char *p = malloc(strlen(dir) + strlen(name) + 2);
  sprintf(p, "%s/%s", dir, name);
  struct stat st;
  int t = UV_DIRENT_UNKNOWN;
  if (lstat(p, &st) == 0) {
    if (S_ISREG(st.st_mode)) t = UV_DIRENT_FILE;
    else if (S_ISDIR(st.st_mode)) t = UV_DIRENT_DIR;
    else if (S_ISLNK(st.st_mode)) t = UV_DIRENT_LINK;
    else if (S_ISFIFO(st.st_mode)) t = UV_DIRENT_FIFO;
    else if (S_ISSOCK(st.st_mode)) t = UV_DIRENT_SOCKET;
    else if (S_ISCHR(st.st_mode)) t = UV_DIRENT_CHAR;
    else if (S_ISBLK(st.st_mode)) t = UV_DIRENT_BLOCK;
  }
  free(p);
  return t;
}

static JsValue scandir_result(JsRt *rt, uv_fs_t *r, bool types) {
  JsValue names = js_new_array(rt, 0), kinds = js_new_array(rt, 0);
  uv_dirent_t ent;
  uint32_t i = 0;
  while (uv_fs_scandir_next(r, &ent) != UV_EOF) {
    js_set_index(rt, names, i, js_new_cstring(rt, ent.name), true);
    int t = dirent_type(ent.type);
    if (types && t == UV_DIRENT_UNKNOWN)
      t = lstat_type(r->path, ent.name);
    js_set_index(rt, kinds, i, js_int(t), true);
    i++;
  }
  if (!types)
    return names;
  JsValue pair[2] = {names, kinds};
  return js_new_array_from(rt, 2, pair);
}

// The JS value of a finished uv_fs_t, or its error (*failed set).
static JsValue fs_result(JsRt *rt, Req *q, bool *failed) {
  uv_fs_t *r = &q->u.fs;
  *failed = r->result < 0;
  if (*failed)
    return fs_req_error(rt, r);
  switch (q->op) {
  case OP_FD:
  case OP_SIZE: return js_number((double)r->result);
  case OP_STAT: return stat_array(rt, &r->statbuf);
  case OP_SCANDIR: return scandir_result(rt, r, q->types);
  case OP_PATH: return js_new_cstring(rt, r->path);
  case OP_PTR: return js_new_cstring(rt, r->ptr);
  case OP_STATFS: {
    const uv_statfs_t *f = r->ptr;
    JsValue v[7] = {js_number((double)f->f_type),   js_number((double)f->f_bsize),
                    js_number((double)f->f_blocks), js_number((double)f->f_bfree),
                    js_number((double)f->f_bavail), js_number((double)f->f_files),
                    js_number((double)f->f_ffree)};
    return js_new_array_from(rt, 7, v);
  }
  default: return JS_UNDEFINED;
  }
}

// --- running requests -------------------------------------------------------------

// Hands [err] or [val] to the callback or promise of a finished request.
// A callback's error has no JS frames: node's stack is its first line only
// (so it prints as `[Error: ...] {`); a promise's error has node's
// `at async open (...)` frames (it prints as `Error: ...` then the frames).
static void settle(JsRt *rt, Req *q, bool failed, JsValue val) {
  JsValue cb = q->cb, promise = q->promise;
  if (failed && js_class_of(val) == JS_CLASS_ERROR) {
    JsValue msg = js_get_prop(rt, val, rt->atom_message);
    JsValue stack = js_concat(rt, js_atom_cstr(rt, "Error: "), msg);
    if (js_is_object(promise))
      stack = js_concat(rt, stack, js_atom_cstr(rt, "\n    at async <anonymous>"));
    js_define_value(rt, val, rt->atom_stack, stack, JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
  }
  js_uv_release(q);
  if (js_is_object(promise)) {
    if (failed)
      js_promise_reject_value(rt, promise, val);
    else
      js_promise_resolve_value(rt, promise, val);
    js_loop_drain(rt);
    return;
  }
  JsValue args[2] = {failed ? val : JS_NULL, val};
  int n = failed || val == JS_UNDEFINED ? 1 : 2;
  js_loop_callback(rt, cb, JS_UNDEFINED, n, args);
}

static void on_fs_done(uv_fs_t *r) {
  JsRt *rt = the_rt;
  Req *q = (Req *)r;
  if (js_loop_ending(rt)) {
    uv_fs_req_cleanup(r);
    js_uv_release(q);
    return;
  }
  bool failed;
  JsValue val = fs_result(rt, q, &failed);
  uv_fs_req_cleanup(r);
  settle(rt, q, failed, val);
}

// A request block for the form [req] asks for, or NULL for the sync form
// (then *sync is used).
static Req *new_req(JsValue req, Req *sync, int op) {
  Req *q = sync;
  if (req != JS_UNDEFINED) {
    q = js_uv_alloc(sizeof(Req));
    if (js_is_callable(req))
      q->cb = req;
    else
      q->promise = js_promise_new(the_rt);
  } else {
    memset(q, 0, sizeof *q);
  }
  q->op = op;
  return q;
}

// After a uv_fs_* call: the sync result (or throw), or what an async call
// returns (undefined, or its promise); a call libuv refused at once
// fails right away.
static JsValue finish(JsRt *rt, Req *q, bool async, int rc) {
  if (!async) {
    bool failed;
    JsValue v = fs_result(rt, q, &failed);
    uv_fs_req_cleanup(&q->u.fs);
    return failed ? js_throw(rt, v) : v;
  }
  JsValue promise = q->promise;
  if (rc < 0) {
    // libuv did not queue it (bad arguments): report as the callback would.
    q->u.fs.result = rc;
    JsValue err = fs_req_error(rt, &q->u.fs);  // before cleanup frees the path
    uv_fs_req_cleanup(&q->u.fs);
    js_uv_release(q);
    if (js_is_object(promise)) {
      js_promise_reject_value(rt, promise, err);
      return promise;
    }
    return js_throw(rt, err);
  }
  return js_is_object(promise) ? promise : JS_UNDEFINED;
}

#define REQ_LAST argv[argc - 1]
#define BEGIN(op)                                         \
  Req sync_req;                                           \
  JsValue req = argc ? REQ_LAST : JS_UNDEFINED;           \
  bool async = req != JS_UNDEFINED;                       \
  Req *q = new_req(req, &sync_req, op);                   \
  uv_loop_t *loop = js_uv_loop(rt);                       \
  uv_fs_cb cb = async ? on_fs_done : NULL;                \
  (void)callee, (void)this_val, (void)new_target
#define END(call) return finish(rt, q, async, (call))

// --- the operations ------------------------------------------------------------------

NATIVE(fs_open) {
  BEGIN(OP_FD);
  END(uv_fs_open(loop, &q->u.fs, arg_path(rt, argv[0]), (int)arg_num(argv[1], 0),
                 (int)arg_num(argv[2], 0666), cb));
}

NATIVE(fs_close) {
  BEGIN(OP_NONE);
  END(uv_fs_close(loop, &q->u.fs, (uv_file)arg_num(argv[0], -1), cb));
}

// read/write(fd, view, offset, length, position): position < 0 means the
// file's current position. The JS layer checks offset + length fit.
static JsValue read_write(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                          JsValue *argv, JsValue new_target, bool writing) {
  BEGIN(OP_SIZE);
  size_t len;
  uint8_t *bytes = js_typed_bytes(argv[1], &len);
  size_t off = (size_t)arg_num(argv[2], 0), n = (size_t)arg_num(argv[3], 0);
  if (!bytes || off > len || n > len - off) {
    if (async)
      js_uv_release(q);
    return js_throw_range_error(rt, "fs: buffer range out of bounds");
  }
  q->keep = argv[1];
  uv_buf_t buf = uv_buf_init((char *)bytes + off, (unsigned)n);
  int64_t pos = (int64_t)arg_num(argv[4], -1);
  uv_file fd = (uv_file)arg_num(argv[0], -1);
  if (writing)
    END(uv_fs_write(loop, &q->u.fs, fd, &buf, 1, pos, cb));
  END(uv_fs_read(loop, &q->u.fs, fd, &buf, 1, pos, cb));
}

NATIVE(fs_read) { return read_write(rt, callee, this_val, argc, argv, new_target, false); }
NATIVE(fs_write) { return read_write(rt, callee, this_val, argc, argv, new_target, true); }

// readv/writev(fd, views, position): libuv copies the buffer list, the
// views themselves stay alive in q->keep.
static JsValue vector_io(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                         JsValue *argv, JsValue new_target, bool writing) {
  BEGIN(OP_SIZE);
  uint32_t n = 0;
  JsValue *views = js_array_like_to_list(rt, argv[1], &n);
  if (!views) {
    if (async)
      js_uv_release(q);
    return JS_EXCEPTION;
  }
  uv_buf_t *bufs = js_gc_alloc((n ? n : 1) * sizeof(uv_buf_t));
  for (uint32_t i = 0; i < n; i++) {
    size_t len;
    uint8_t *bytes = js_typed_bytes(views[i], &len);
    bufs[i] = uv_buf_init((char *)(bytes ? bytes : (uint8_t *)""), bytes ? (unsigned)len : 0);
  }
  q->keep = argv[1];
  int64_t pos = (int64_t)arg_num(argv[2], -1);
  uv_file fd = (uv_file)arg_num(argv[0], -1);
  if (writing)
    END(uv_fs_write(loop, &q->u.fs, fd, bufs, n, pos, cb));
  END(uv_fs_read(loop, &q->u.fs, fd, bufs, n, pos, cb));
}

NATIVE(fs_readv) { return vector_io(rt, callee, this_val, argc, argv, new_target, false); }
NATIVE(fs_writev) { return vector_io(rt, callee, this_val, argc, argv, new_target, true); }

NATIVE(fs_statfs) {
  BEGIN(OP_STATFS);
  END(uv_fs_statfs(loop, &q->u.fs, arg_path(rt, argv[0]), cb));
}

NATIVE(fs_stat) {
  BEGIN(OP_STAT);
  END(uv_fs_stat(loop, &q->u.fs, arg_path(rt, argv[0]), cb));
}

NATIVE(fs_lstat) {
  BEGIN(OP_STAT);
  END(uv_fs_lstat(loop, &q->u.fs, arg_path(rt, argv[0]), cb));
}

NATIVE(fs_fstat) {
  BEGIN(OP_STAT);
  END(uv_fs_fstat(loop, &q->u.fs, (uv_file)arg_num(argv[0], -1), cb));
}

NATIVE(fs_scandir) {
  BEGIN(OP_SCANDIR);
  q->types = argv[1] == JS_TRUE;
  END(uv_fs_scandir(loop, &q->u.fs, arg_path(rt, argv[0]), 0, cb));
}

NATIVE(fs_mkdir) {
  BEGIN(OP_NONE);
  END(uv_fs_mkdir(loop, &q->u.fs, arg_path(rt, argv[0]), (int)arg_num(argv[1], 0777), cb));
}

NATIVE(fs_mkdtemp) {
  BEGIN(OP_PATH);
  END(uv_fs_mkdtemp(loop, &q->u.fs,
                    js_cstr(rt, js_concat(rt, argv[0], js_atom_cstr(rt, "XXXXXX"))), cb));
}

NATIVE(fs_rmdir) {
  BEGIN(OP_NONE);
  END(uv_fs_rmdir(loop, &q->u.fs, arg_path(rt, argv[0]), cb));
}

NATIVE(fs_unlink) {
  BEGIN(OP_NONE);
  END(uv_fs_unlink(loop, &q->u.fs, arg_path(rt, argv[0]), cb));
}

NATIVE(fs_rename) {
  BEGIN(OP_NONE);
  END(uv_fs_rename(loop, &q->u.fs, arg_path(rt, argv[0]), arg_path(rt, argv[1]), cb));
}

NATIVE(fs_link) {
  BEGIN(OP_NONE);
  END(uv_fs_link(loop, &q->u.fs, arg_path(rt, argv[0]), arg_path(rt, argv[1]), cb));
}

NATIVE(fs_symlink) {
  BEGIN(OP_NONE);
  END(uv_fs_symlink(loop, &q->u.fs, arg_path(rt, argv[0]), arg_path(rt, argv[1]),
                    (int)arg_num(argv[2], 0), cb));
}

NATIVE(fs_copyfile) {
  BEGIN(OP_NONE);
  END(uv_fs_copyfile(loop, &q->u.fs, arg_path(rt, argv[0]), arg_path(rt, argv[1]),
                     (int)arg_num(argv[2], 0), cb));
}

NATIVE(fs_readlink) {
  BEGIN(OP_PTR);
  END(uv_fs_readlink(loop, &q->u.fs, arg_path(rt, argv[0]), cb));
}

NATIVE(fs_realpath) {
  BEGIN(OP_PTR);
  END(uv_fs_realpath(loop, &q->u.fs, arg_path(rt, argv[0]), cb));
}

NATIVE(fs_access) {
  BEGIN(OP_NONE);
  END(uv_fs_access(loop, &q->u.fs, arg_path(rt, argv[0]), (int)arg_num(argv[1], 0), cb));
}

NATIVE(fs_chmod) {
  BEGIN(OP_NONE);
  END(uv_fs_chmod(loop, &q->u.fs, arg_path(rt, argv[0]), (int)arg_num(argv[1], 0), cb));
}

NATIVE(fs_fchmod) {
  BEGIN(OP_NONE);
  END(uv_fs_fchmod(loop, &q->u.fs, (uv_file)arg_num(argv[0], -1), (int)arg_num(argv[1], 0),
                   cb));
}

NATIVE(fs_chown) {
  BEGIN(OP_NONE);
  END(uv_fs_chown(loop, &q->u.fs, arg_path(rt, argv[0]), (uv_uid_t)arg_num(argv[1], -1),
                  (uv_gid_t)arg_num(argv[2], -1), cb));
}

NATIVE(fs_fchown) {
  BEGIN(OP_NONE);
  END(uv_fs_fchown(loop, &q->u.fs, (uv_file)arg_num(argv[0], -1),
                   (uv_uid_t)arg_num(argv[1], -1), (uv_gid_t)arg_num(argv[2], -1), cb));
}

NATIVE(fs_lchown) {
  BEGIN(OP_NONE);
  END(uv_fs_lchown(loop, &q->u.fs, arg_path(rt, argv[0]), (uv_uid_t)arg_num(argv[1], -1),
                   (uv_gid_t)arg_num(argv[2], -1), cb));
}

NATIVE(fs_utimes) {
  BEGIN(OP_NONE);
  END(uv_fs_utime(loop, &q->u.fs, arg_path(rt, argv[0]), arg_num(argv[1], 0),
                  arg_num(argv[2], 0), cb));
}

NATIVE(fs_futimes) {
  BEGIN(OP_NONE);
  END(uv_fs_futime(loop, &q->u.fs, (uv_file)arg_num(argv[0], -1), arg_num(argv[1], 0),
                   arg_num(argv[2], 0), cb));
}

NATIVE(fs_lutimes) {
  BEGIN(OP_NONE);
  END(uv_fs_lutime(loop, &q->u.fs, arg_path(rt, argv[0]), arg_num(argv[1], 0),
                   arg_num(argv[2], 0), cb));
}

NATIVE(fs_ftruncate) {
  BEGIN(OP_NONE);
  END(uv_fs_ftruncate(loop, &q->u.fs, (uv_file)arg_num(argv[0], -1),
                      (int64_t)arg_num(argv[1], 0), cb));
}

NATIVE(fs_fsync) {
  BEGIN(OP_NONE);
  END(uv_fs_fsync(loop, &q->u.fs, (uv_file)arg_num(argv[0], -1), cb));
}

NATIVE(fs_fdatasync) {
  BEGIN(OP_NONE);
  END(uv_fs_fdatasync(loop, &q->u.fs, (uv_file)arg_num(argv[0], -1), cb));
}

// --- recursive mkdir and rm (plain syscalls; async on the thread pool) -------------

static void fail(Req *q, int err, const char *syscall, const char *path) {
  q->err = err;
  q->syscall = syscall;
  q->errpath = strdup(path);
}

// mkdir -p: creates the missing directories of q->path, walking down
// from its first component; q->made is the first one created (NULL when
// all existed). An existing non-directory on the way is ENOTDIR, at the
// end EEXIST, as in node.
static void mkdirp_run(Req *q) {
  char *p = strdup(q->path);
  size_t n = strlen(p);
  while (n > 1 && p[n - 1] == '/')
    p[--n] = 0;
  size_t j = 0;
  while (j < n) {
    j++;
    while (j < n && p[j] != '/')
      j++;
    char c = p[j];
    p[j] = 0;
    if (mkdir(p, (mode_t)q->mode) == 0) {
      if (!q->made)
        q->made = strdup(p);
    } else {
      int e = errno;
      struct stat st;
      if (e == EEXIST && stat(p, &st) == 0 && !S_ISDIR(st.st_mode))
        e = j < n ? ENOTDIR : EEXIST;
      else if (e == EEXIST)
        e = 0;
      if (e) {
        fail(q, uv_translate_sys_error(e), "mkdir", q->path);
        break;
      }
    }
    p[j] = c;
  }
  free(p);
}

// rm -r of q->path (files, links and directories, depth first).
static int rmtree_at(Req *q, const char *path) {
  struct stat st;
  if (lstat(path, &st) != 0) {
    fail(q, uv_translate_sys_error(errno), "lstat", path);
    return -1;
  }
  if (!S_ISDIR(st.st_mode)) {
    if (unlink(path) != 0) {
      fail(q, uv_translate_sys_error(errno), "unlink", path);
      return -1;
    }
    return 0;
  }
  DIR *d = opendir(path);
  if (!d) {
    fail(q, uv_translate_sys_error(errno), "opendir", path);
    return -1;
  }
  struct dirent *e;
  int rc = 0;
  while (rc == 0 && (e = readdir(d))) {
    if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
      continue;
    char *child = malloc(strlen(path) + strlen(e->d_name) + 2);
    sprintf(child, "%s/%s", path, e->d_name);
    rc = rmtree_at(q, child);
    free(child);
  }
  closedir(d);
  if (rc == 0 && rmdir(path) != 0) {
    fail(q, uv_translate_sys_error(errno), "rmdir", path);
    rc = -1;
  }
  return rc;
}

static void work_run(uv_work_t *w) {
  Req *q = (Req *)w;
  if (q->op == OP_MKDIRP)
    mkdirp_run(q);
  else
    rmtree_at(q, q->path);
}

static JsValue work_result(JsRt *rt, Req *q, bool *failed) {
  *failed = q->err != 0;
  JsValue v = JS_UNDEFINED;
  if (*failed)
    v = uv_error(rt, q->err, q->syscall, q->errpath, NULL);
  else if (q->made)
    v = js_new_cstring(rt, q->made);
  free(q->path);
  free(q->errpath);
  free(q->made);
  q->path = q->errpath = q->made = NULL;
  return v;
}

static void on_work_done(uv_work_t *w, int status) {
  (void)status;
  JsRt *rt = the_rt;
  Req *q = (Req *)w;
  bool failed;
  JsValue v = work_result(rt, q, &failed);
  if (js_loop_ending(rt)) {
    js_uv_release(q);
    return;
  }
  settle(rt, q, failed, v);
}

static JsValue run_work(JsRt *rt, int op, int argc, JsValue *argv) {
  Req sync_req;
  JsValue req = argc ? REQ_LAST : JS_UNDEFINED;
  Req *q = new_req(req, &sync_req, op);
  q->path = strdup(arg_path(rt, argv[0]));
  q->mode = (int)arg_num(js_arg(argc, argv, 1), 0777);
  if (req == JS_UNDEFINED) {
    work_run(&q->u.work);
    bool failed;
    JsValue v = work_result(rt, q, &failed);
    return failed ? js_throw(rt, v) : v;
  }
  JsValue promise = q->promise;
  uv_queue_work(js_uv_loop(rt), &q->u.work, work_run, on_work_done);
  return js_is_object(promise) ? promise : JS_UNDEFINED;
}

// mkdirp(path, mode, req) -> the first directory made, or undefined.
NATIVE(fs_mkdirp) {
  UNUSED_ARGS;
  return run_work(rt, OP_MKDIRP, argc, argv);
}

// rmtree(path, req): removes path and everything under it.
NATIVE(fs_rmtree) {
  UNUSED_ARGS;
  return run_work(rt, OP_RMTREE, argc, argv);
}

// --- fs.watch: uv_fs_event_t handles ---------------------------------------------

typedef struct Watcher {
  uv_fs_event_t h;
  JsValue cb;       // cb(eventType, filename) or cb(errorCode)
} Watcher;

#define MAX_WATCHERS 1024
static Watcher *watchers[MAX_WATCHERS];

static void on_fs_event(uv_fs_event_t *h, const char *filename, int events, int status) {
  Watcher *w = (Watcher *)h;
  JsRt *rt = the_rt;
  if (js_loop_ending(rt))
    return;
  if (status < 0) {
    JsValue arg = js_int(status);
    js_loop_callback(rt, w->cb, JS_UNDEFINED, 1, &arg);
    return;
  }
  JsValue args[2] = {
      js_new_cstring(rt, (events & UV_RENAME) ? "rename" : "change"),
      filename ? js_new_cstring(rt, filename) : JS_NULL};
  js_loop_callback(rt, w->cb, JS_UNDEFINED, 2, args);
}

// watchStart(path, recursive, persistent, cb) -> id; throws the uv error
// (syscall "watch").
NATIVE(fs_watch_start) {
  UNUSED_ARGS;
  const char *path = arg_path(rt, js_arg(argc, argv, 0));
  int id = 0;
  while (id < MAX_WATCHERS && watchers[id])
    id++;
  if (id == MAX_WATCHERS)
    return js_throw(rt, uv_error(rt, UV_EMFILE, "watch", path, NULL));
  Watcher *w = js_uv_alloc(sizeof(Watcher));
  uv_fs_event_init(js_uv_loop(rt), &w->h);
  w->cb = js_arg(argc, argv, 3);
  int flags = js_arg(argc, argv, 1) == JS_TRUE ? UV_FS_EVENT_RECURSIVE : 0;
  int rc = uv_fs_event_start(&w->h, on_fs_event, path, (unsigned)flags);
  if (rc < 0) {
    js_uv_close(&w->h, NULL);
    return js_throw(rt, uv_error(rt, rc, "watch", path, NULL));
  }
  if (js_arg(argc, argv, 2) == JS_FALSE)
    uv_unref((uv_handle_t *)&w->h);
  watchers[id] = w;
  return js_int(id);
}

// watchOp(id, op): 0 close, 1 ref, 2 unref.
NATIVE(fs_watch_op) {
  UNUSED_ARGS;
  int id = (int)arg_num(js_arg(argc, argv, 0), -1);
  int op = (int)arg_num(js_arg(argc, argv, 1), 0);
  if (id < 0 || id >= MAX_WATCHERS || !watchers[id])
    return JS_UNDEFINED;
  Watcher *w = watchers[id];
  if (op == 0) {
    watchers[id] = NULL;
    uv_fs_event_stop(&w->h);
    js_uv_close(&w->h, NULL);
  } else if (op == 1) {
    uv_ref((uv_handle_t *)&w->h);
  } else {
    uv_unref((uv_handle_t *)&w->h);
  }
  return JS_UNDEFINED;
}

// uvError(code, syscall, path): node's error for a libuv code.
NATIVE(fs_uv_error) {
  UNUSED_ARGS;
  JsValue p = js_arg(argc, argv, 2);
  return uv_error(rt, (int)arg_num(js_arg(argc, argv, 0), -1),
                  js_cstr(rt, js_arg(argc, argv, 1)),
                  p == JS_UNDEFINED ? NULL : arg_path(rt, p), NULL);
}

NATIVE(fs_live_requests) {
  UNUSED_ARGS;
  (void)argc, (void)argv;
  return js_number((double)js_uv_live());
}

static const JsNativeDef fs_funcs[] = {
    JS_FN("open", fs_open, 4),           JS_FN("close", fs_close, 2),
    JS_FN("read", fs_read, 6),           JS_FN("write", fs_write, 6),
    JS_FN("stat", fs_stat, 2),           JS_FN("lstat", fs_lstat, 2),
    JS_FN("fstat", fs_fstat, 2),         JS_FN("scandir", fs_scandir, 3),
    JS_FN("mkdir", fs_mkdir, 3),         JS_FN("mkdirp", fs_mkdirp, 3),
    JS_FN("mkdtemp", fs_mkdtemp, 2),     JS_FN("rmdir", fs_rmdir, 2),
    JS_FN("rmtree", fs_rmtree, 2),       JS_FN("unlink", fs_unlink, 2),
    JS_FN("rename", fs_rename, 3),       JS_FN("link", fs_link, 3),
    JS_FN("symlink", fs_symlink, 4),     JS_FN("copyfile", fs_copyfile, 4),
    JS_FN("readlink", fs_readlink, 2),   JS_FN("realpath", fs_realpath, 2),
    JS_FN("access", fs_access, 3),       JS_FN("chmod", fs_chmod, 3),
    JS_FN("fchmod", fs_fchmod, 3),       JS_FN("chown", fs_chown, 4),
    JS_FN("fchown", fs_fchown, 4),       JS_FN("lchown", fs_lchown, 4),
    JS_FN("utimes", fs_utimes, 4),       JS_FN("futimes", fs_futimes, 4),
    JS_FN("lutimes", fs_lutimes, 4),     JS_FN("ftruncate", fs_ftruncate, 3),
    JS_FN("fsync", fs_fsync, 2),         JS_FN("fdatasync", fs_fdatasync, 2),
    JS_FN("readv", fs_readv, 4),         JS_FN("writev", fs_writev, 4),
    JS_FN("statfs", fs_statfs, 3),
    JS_FN("watchStart", fs_watch_start, 4), JS_FN("watchOp", fs_watch_op, 2),
    JS_FN("uvError", fs_uv_error, 3),
    JS_FN("liveRequests", fs_live_requests, 0),
};

JsValue js_binding_fs(JsRt *rt) {
  the_rt = rt;
  JsValue b = js_new_object(rt);
  JS_INSTALL(rt, b, fs_funcs);
  return b;
}
