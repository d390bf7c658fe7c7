# Runs the dotdo Worker locally in workerd, after worker/build.sh:
#   npx workerd serve worker/workerd.capnp --socket-addr http=127.0.0.1:8787 \
#       --directory-path storage=/path/to/storage
# DOTDO_CONFIG comes from the environment variable of that name; without it the Worker is in
# development mode (loopback only, anonymous callers have every grant).
# Per class (the parts that depend on the list of classes): one binding and one
# durableObjectNamespaces entry with enableSql.
@0xd0d0d0d0d0d0d0d0;
using Workerd = import "/workerd/workerd.capnp";
using Bundle = import "build/modules.capnp";

const config :Workerd.Config = (
  services = [
    (name = "dotdo", worker = .dotdoWorker),
    (name = "storage", disk = (path = "storage", writable = true)),
  ],
  sockets = [
    (name = "http", address = "127.0.0.1:8787", http = (), service = "dotdo"),
  ],
);

const dotdoWorker :Workerd.Worker = (
  modules = Bundle.modules,
  compatibilityDate = "2025-09-01",
  bindings = [
    (name = "DOTDO_CONFIG", fromEnvironment = "DOTDO_CONFIG"),
    (name = "PROBE", durableObjectNamespace = "ProbeObject"),
  ],
  durableObjectNamespaces = [
    (className = "ProbeObject", uniqueKey = "dotdo-ProbeObject", enableSql = true),
  ],
  durableObjectStorage = (localDisk = "storage"),
);
