/* N-API addon for node: the perf_event_open instruction counter of brisk_perf.c. */
/* Before any header: brisk_perf.c needs the GNU strerrorname_np. */
#define _GNU_SOURCE
#include <node_api.h>
#include <stdio.h>
#include "brisk_perf.c"

/* Opens the counter or throws "perf_event_open: ENOENT (No such file or directory)". */
static napi_value open_counter(napi_env env, napi_callback_info info) {
  int err = brisk_perf_open();
  if (err != 0) {
    char message[160];
    snprintf(message, sizeof message, "perf_event_open: %s (%s)", brisk_perf_errname(err), strerror(err));
    napi_throw_error(env, NULL, message);
  }
  return NULL;
}

static napi_value start(napi_env env, napi_callback_info info) {
  brisk_perf_start();
  return NULL;
}

static napi_value stop(napi_env env, napi_callback_info info) {
  napi_value out;
  napi_create_double(env, (double)brisk_perf_stop(), &out);
  return out;
}

NAPI_MODULE_INIT() {
  napi_property_descriptor props[] = {
      {"open", NULL, open_counter, NULL, NULL, NULL, napi_default, NULL},
      {"start", NULL, start, NULL, NULL, NULL, napi_default, NULL},
      {"stop", NULL, stop, NULL, NULL, NULL, napi_default, NULL},
  };
  napi_define_properties(env, exports, 3, props);
  return exports;
}
