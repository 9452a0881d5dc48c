// SPDX-License-Identifier: MIT
//
// os.c: the natives of require('kiln:os') (see stdlib/node/bindings.c),
// the system queries behind node's `os` module (stdlib/node/os.js).
//
// Each native asks libuv (or the C library) once and returns plain values;
// os.js shapes them as node does. A failing query returns a negative libuv
// error number where node throws (os.js turns it into node's SystemError),
// and undefined where node quietly returns nothing.
#include "internal.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <uv.h>

static void set(JsRt *rt, JsValue obj, const char *name, JsValue v) {
  js_define_field(rt, obj, js_atom_cstr(rt, name), v);
}

static JsValue str(JsRt *rt, const char *s) { return js_new_cstring(rt, s); }

// hostname(): the host name, or an error number.
static JsValue os_hostname(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                           JsValue *argv, JsValue new_target) {
  char buf[UV_MAXHOSTNAMESIZE];
  size_t n = sizeof buf;
  int r = uv_os_gethostname(buf, &n);
  return r ? js_int(r) : js_new_string(rt, buf, n);
}

// homedir(): $HOME or the password database's home, or an error number.
static JsValue os_homedir(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                          JsValue *argv, JsValue new_target) {
  char buf[4096];
  size_t n = sizeof buf;
  int r = uv_os_homedir(buf, &n);
  return r ? js_int(r) : js_new_string(rt, buf, n);
}

// uname(): [sysname, release, version, machine], or an error number.
static JsValue os_uname(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                        JsValue *argv, JsValue new_target) {
  uv_utsname_t u;
  int r = uv_os_uname(&u);
  if (r)
    return js_int(r);
  JsValue parts[4] = {str(rt, u.sysname), str(rt, u.release), str(rt, u.version),
                      str(rt, u.machine)};
  return js_new_array_from(rt, 4, parts);
}

// cpus(): node's [{model, speed, times: {user, nice, sys, idle, irq}}].
static JsValue os_cpus(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                       JsValue *argv, JsValue new_target) {
  uv_cpu_info_t *info;
  int count;
  JsValue out = js_new_array(rt, 0);
  if (uv_cpu_info(&info, &count) != 0)
    return out;
  for (int i = 0; i < count; i++) {
    JsValue cpu = js_new_object(rt), times = js_new_object(rt);
    set(rt, cpu, "model", str(rt, info[i].model ? info[i].model : "unknown"));
    set(rt, cpu, "speed", js_number((double)info[i].speed));
    set(rt, times, "user", js_number((double)info[i].cpu_times.user));
    set(rt, times, "nice", js_number((double)info[i].cpu_times.nice));
    set(rt, times, "sys", js_number((double)info[i].cpu_times.sys));
    set(rt, times, "idle", js_number((double)info[i].cpu_times.idle));
    set(rt, times, "irq", js_number((double)info[i].cpu_times.irq));
    set(rt, cpu, "times", times);
    js_array_push(rt, out, cpu);
  }
  uv_free_cpu_info(info, count);
  return out;
}

static JsValue os_totalmem(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                           JsValue *argv, JsValue new_target) {
  return js_number((double)uv_get_total_memory());
}

static JsValue os_freemem(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                          JsValue *argv, JsValue new_target) {
  return js_number((double)uv_get_free_memory());
}

static JsValue os_loadavg(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                          JsValue *argv, JsValue new_target) {
  double avg[3];
  uv_loadavg(avg);
  JsValue parts[3] = {js_number(avg[0]), js_number(avg[1]), js_number(avg[2])};
  return js_new_array_from(rt, 3, parts);
}

static JsValue os_uptime(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                         JsValue *argv, JsValue new_target) {
  double up;
  int r = uv_uptime(&up);
  return r ? js_int(r) : js_number(up);
}

static JsValue os_available_parallelism(JsRt *rt, JsValue callee, JsValue this_val,
                                        int argc, JsValue *argv, JsValue new_target) {
  return js_number((double)uv_available_parallelism());
}

static JsValue address_string(JsRt *rt, const struct sockaddr *sa) {
  char buf[64];
  if (sa->sa_family == AF_INET6)
    uv_ip6_name((const struct sockaddr_in6 *)sa, buf, sizeof buf);
  else
    uv_ip4_name((const struct sockaddr_in *)sa, buf, sizeof buf);
  return str(rt, buf);
}

// interfaces(): one row per address, [name, address, netmask, family
// ('IPv4'/'IPv6'), mac, internal, scopeid (IPv6) or -1]; os.js groups
// them by name and adds the CIDR.
static JsValue os_interfaces(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                             JsValue *argv, JsValue new_target) {
  uv_interface_address_t *ifs;
  int count;
  JsValue out = js_new_array(rt, 0);
  if (uv_interface_addresses(&ifs, &count) != 0)
    return out;
  for (int i = 0; i < count; i++) {
    uv_interface_address_t *a = &ifs[i];
    bool v6 = a->address.address4.sin_family == AF_INET6;
    char mac[18];
    const unsigned char *m = (const unsigned char *)a->phys_addr;
    snprintf(mac, sizeof mac, "%02x:%02x:%02x:%02x:%02x:%02x", m[0], m[1], m[2], m[3],
             m[4], m[5]);
    JsValue row[7] = {
        str(rt, a->name),
        address_string(rt, (const struct sockaddr *)&a->address),
        address_string(rt, (const struct sockaddr *)&a->netmask),
        str(rt, v6 ? "IPv6" : "IPv4"),
        str(rt, mac),
        js_bool(a->is_internal),
        js_number(v6 ? (double)a->address.address6.sin6_scope_id : -1),
    };
    js_array_push(rt, out, js_new_array_from(rt, 7, row));
  }
  uv_free_interface_addresses(ifs, count);
  return out;
}

// userInfo(): {uid, gid, username, homedir, shell}, or an error number.
static JsValue os_user_info(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                            JsValue *argv, JsValue new_target) {
  uv_passwd_t pw;
  int r = uv_os_get_passwd(&pw);
  if (r)
    return js_int(r);
  JsValue o = js_new_object(rt);
  set(rt, o, "uid", js_number((double)pw.uid));
  set(rt, o, "gid", js_number((double)pw.gid));
  set(rt, o, "username", str(rt, pw.username));
  set(rt, o, "homedir", str(rt, pw.homedir));
  set(rt, o, "shell", pw.shell ? str(rt, pw.shell) : JS_NULL);
  uv_os_free_passwd(&pw);
  return o;
}

// getPriority(pid): the priority, or [errno] (an array, since priorities
// are negative numbers too).
static JsValue os_get_priority(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                               JsValue *argv, JsValue new_target) {
  double pid = js_is_number(js_arg(argc, argv, 0)) ? js_get_number(argv[0]) : 0;
  int prio;
  int r = uv_os_getpriority((uv_pid_t)pid, &prio);
  if (r) {
    JsValue e = js_int(r);
    return js_new_array_from(rt, 1, &e);
  }
  return js_int(prio);
}

// setPriority(pid, priority): 0 or an error number.
static JsValue os_set_priority(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                               JsValue *argv, JsValue new_target) {
  double pid = js_is_number(js_arg(argc, argv, 0)) ? js_get_number(argv[0]) : 0;
  double prio = js_is_number(js_arg(argc, argv, 1)) ? js_get_number(argv[1]) : 0;
  return js_int(uv_os_setpriority((uv_pid_t)pid, (int)prio));
}

// errname(n): libuv's name for a (negative) error number, and its text.
static JsValue os_errname(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                          JsValue *argv, JsValue new_target) {
  int e = js_is_number(js_arg(argc, argv, 0)) ? (int)js_get_number(argv[0]) : 0;
  JsValue parts[2] = {str(rt, uv_err_name(e)), str(rt, uv_strerror(e))};
  return js_new_array_from(rt, 2, parts);
}

// --- constants ---------------------------------------------------------------------

#define E(name) {#name, name}
static const struct {
  const char *name;
  int value;
} errnos[] = {
    E(E2BIG), E(EACCES), E(EADDRINUSE), E(EADDRNOTAVAIL), E(EAFNOSUPPORT), E(EAGAIN),
    E(EALREADY), E(EBADF), E(EBADMSG), E(EBUSY), E(ECANCELED), E(ECHILD),
    E(ECONNABORTED), E(ECONNREFUSED), E(ECONNRESET), E(EDEADLK), E(EDESTADDRREQ),
    E(EDOM), E(EDQUOT), E(EEXIST), E(EFAULT), E(EFBIG), E(EHOSTUNREACH), E(EIDRM),
    E(EILSEQ), E(EINPROGRESS), E(EINTR), E(EINVAL), E(EIO), E(EISCONN), E(EISDIR),
    E(ELOOP), E(EMFILE), E(EMLINK), E(EMSGSIZE), E(EMULTIHOP), E(ENAMETOOLONG),
    E(ENETDOWN), E(ENETRESET), E(ENETUNREACH), E(ENFILE), E(ENOBUFS), E(ENODATA),
    E(ENODEV), E(ENOENT), E(ENOEXEC), E(ENOLCK), E(ENOLINK), E(ENOMEM), E(ENOMSG),
    E(ENOPROTOOPT), E(ENOSPC), E(ENOSR), E(ENOSTR), E(ENOSYS), E(ENOTCONN), E(ENOTDIR),
    E(ENOTEMPTY), E(ENOTSOCK), E(ENOTSUP), E(ENOTTY), E(ENXIO), E(EOPNOTSUPP),
    E(EOVERFLOW), E(EPERM), E(EPIPE), E(EPROTO), E(EPROTONOSUPPORT), E(EPROTOTYPE),
    E(ERANGE), E(EROFS), E(ESPIPE), E(ESRCH), E(ESTALE), E(ETIME), E(ETIMEDOUT),
    E(ETXTBSY), E(EWOULDBLOCK), E(EXDEV),
};
#undef E

// constants(): {errno, signals} objects in node's key order.
static JsValue os_constants(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                            JsValue *argv, JsValue new_target) {
  JsValue out = js_new_object(rt), err = js_new_object_proto(rt, JS_NULL);
  JsValue sig = js_new_object_proto(rt, JS_NULL);
  for (size_t i = 0; i < sizeof errnos / sizeof errnos[0]; i++)
    set(rt, err, errnos[i].name, js_int(errnos[i].value));
  const char *name;
  int num;
  for (size_t i = 0; js_signal_row(i, &name, &num); i++)
    set(rt, sig, name, js_int(num));
  set(rt, out, "errno", err);
  set(rt, out, "signals", sig);
  return out;
}

// --- for process (stdlib/node/internal_process.js) ----------------------------------

static const char *arg_cstr(JsRt *rt, int argc, JsValue *argv, int i) {
  JsValue v = js_arg(argc, argv, i);
  return js_is_string(v) ? js_str_to_utf8(rt, js_str(v), NULL) : "";
}

// setenv(name, value) / unsetenv(name): the real environment, so that
// libuv (os.homedir) and children see process.env's changes.
static JsValue os_setenv(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                         JsValue *argv, JsValue new_target) {
  const char *name = arg_cstr(rt, argc, argv, 0);
  if (*name && !strchr(name, '='))
    setenv(name, arg_cstr(rt, argc, argv, 1), 1);
  if (!strcmp(name, "TZ"))
    tzset();  // node: assigning process.env.TZ moves Date's local time at once
  return JS_UNDEFINED;
}

static JsValue os_unsetenv(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                           JsValue *argv, JsValue new_target) {
  const char *name = arg_cstr(rt, argc, argv, 0);
  if (*name && !strchr(name, '='))
    unsetenv(name);
  if (!strcmp(name, "TZ"))
    tzset();
  return JS_UNDEFINED;
}

// kill(pid, signal): 0 or a libuv error number.
static JsValue os_kill(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                       JsValue *argv, JsValue new_target) {
  double pid = js_is_number(js_arg(argc, argv, 0)) ? js_get_number(argv[0]) : 0;
  double sig = js_is_number(js_arg(argc, argv, 1)) ? js_get_number(argv[1]) : 0;
  fflush(stdout);
  return js_int(uv_kill((int)pid, (int)sig));
}

static double timeval_us(uv_timeval_t tv) {
  return (double)tv.tv_sec * 1e6 + (double)tv.tv_usec;
}

// rusage(): node's resourceUsage() fields in order, as an array.
static JsValue os_rusage(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                         JsValue *argv, JsValue new_target) {
  uv_rusage_t ru;
  memset(&ru, 0, sizeof ru);
  uv_getrusage(&ru);
  double v[16] = {
      timeval_us(ru.ru_utime), timeval_us(ru.ru_stime), (double)ru.ru_maxrss,
      (double)ru.ru_ixrss, (double)ru.ru_idrss, (double)ru.ru_isrss,
      (double)ru.ru_minflt, (double)ru.ru_majflt, (double)ru.ru_nswap,
      (double)ru.ru_inblock, (double)ru.ru_oublock, (double)ru.ru_msgsnd,
      (double)ru.ru_msgrcv, (double)ru.ru_nsignals, (double)ru.ru_nvcsw,
      (double)ru.ru_nivcsw,
  };
  JsValue parts[16];
  for (int i = 0; i < 16; i++)
    parts[i] = js_number(v[i]);
  return js_new_array_from(rt, 16, parts);
}

// writeStderr(text): straight to fd 2, after what stdout holds.
static JsValue os_write_stderr(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                               JsValue *argv, JsValue new_target) {
  size_t n = 0;
  JsValue v = js_arg(argc, argv, 0);
  const char *p = js_is_string(v) ? js_str_to_utf8(rt, js_str(v), &n) : "";
  fflush(stdout);
  fwrite(p, 1, n, stderr);
  fflush(stderr);
  return JS_UNDEFINED;
}

static const JsNativeDef os_funcs[] = {
    JS_FN("setenv", os_setenv, 2),
    JS_FN("unsetenv", os_unsetenv, 1),
    JS_FN("kill", os_kill, 2),
    JS_FN("rusage", os_rusage, 0),
    JS_FN("writeStderr", os_write_stderr, 1),
    JS_FN("hostname", os_hostname, 0),
    JS_FN("homedir", os_homedir, 0),
    JS_FN("uname", os_uname, 0),
    JS_FN("cpus", os_cpus, 0),
    JS_FN("totalmem", os_totalmem, 0),
    JS_FN("freemem", os_freemem, 0),
    JS_FN("loadavg", os_loadavg, 0),
    JS_FN("uptime", os_uptime, 0),
    JS_FN("availableParallelism", os_available_parallelism, 0),
    JS_FN("interfaces", os_interfaces, 0),
    JS_FN("userInfo", os_user_info, 0),
    JS_FN("getPriority", os_get_priority, 1),
    JS_FN("setPriority", os_set_priority, 2),
    JS_FN("errname", os_errname, 1),
    JS_FN("constants", os_constants, 0),
};

JsValue js_binding_os(JsRt *rt) {
  JsValue b = js_new_object(rt);
  JS_INSTALL(rt, b, os_funcs);
  return b;
}
