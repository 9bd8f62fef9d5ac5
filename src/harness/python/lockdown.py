# What a runner may do once candidate code is about to run. An audit hook (PEP 578; in C,
# _brisk.audit, so that nothing the candidate can patch takes part in it) refuses
# every way out of the call that Python offers without native code: native code itself
# (ctypes, extension modules not loaded before), new processes and signals, files other than
# the standard library and the runner's own stdio, reflection into the harness (frames, code
# objects, the garbage collector's object lists) and crafted bytecode. Installed after fork, in
# the runner only; the refusal is a RuntimeError the candidate may catch, but the act is undone.
import os
import sys

DENIED_EVENTS = frozenset("""
os.system os.exec os.spawn os.posix_spawn os.fork os.forkpty os.kill os.killpg os.setuid
os.mkdir os.rmdir os.remove os.rename os.link os.symlink os.chmod os.chown os.truncate os.utime
os.setxattr os.removexattr os.chdir os.chflags os.lchflags os.add_dll_directory
signal.pthread_kill subprocess.Popen pty.spawn shutil.copyfile shutil.copymode shutil.copystat
shutil.copytree shutil.rmtree shutil.move shutil.chown shutil.make_archive shutil.unpack_archive
sys._getframe sys._current_frames sys._current_exceptions sys.setprofile sys.settrace
sys.remote_exec gc.get_objects gc.get_referrers gc.get_referents code.__new__ function.__new__
marshal.load marshal.loads object.__getattr__ object.__setattr__ object.__delattr__
mmap.__new__ resource.setrlimit resource.prlimit socket.__new__ socket.bind socket.connect
socket.socketpair winreg.OpenKey cpython.PyInterpreterState_New cpython._PySys_ClearAuditHooks
sqlite3.connect sqlite3.connect/handle sqlite3.enable_load_extension sqlite3.load_extension
""".split())
DENIED_PREFIXES = ("ctypes.", "socket.", "_ctypes.", "os.exec", "os.spawn", "shutil.", "webbrowser.")
DENIED_MODULES = frozenset("""
ctypes _ctypes _posixsubprocess _multiprocessing multiprocessing _tracemalloc tracemalloc
_xxsubinterpreters _xxinterpchannels sqlite3 _sqlite3 dbm _dbm _gdbm mmap socket _socket ssl _ssl
_testcapi _testinternalcapi _testbuffer _testmultiphase _testimportmultiple _xxtestfuzz _ctypes_test
readline _curses _curses_panel resource pty termios fcntl faulthandler _lsprof cProfile profile _posixshmem
pdb bdb _brisk lockdown supervisor supervisor_wire checker
""".split())
PYCACHE = "/nonexistent-brisk-pycache"


def stdlib_dirs():
    import sysconfig
    paths = sysconfig.get_paths()
    return tuple(sorted({os.path.realpath(paths[k]) + os.sep for k in ("stdlib", "platstdlib")}))


class SandboxRefusal(ValueError, RuntimeError):
    """A ValueError too: stdlib code that probes frames (namedtuple, enum) falls back on it."""


def audit_lists(readable, copy):
    """Hands the hook's lists to C (_brisk.audit_lists), once, in the zygote: changing them
    afterwards changes nothing."""
    copy(DENIED_EVENTS, DENIED_PREFIXES, DENIED_MODULES, readable, PYCACHE, SandboxRefusal)


def lock_down(install):
    """Installs the hook (C: _brisk.audit) and drops what the harness loaded for itself from
    sys.modules."""
    for name in ("tracemalloc", "_tracemalloc", "lockdown", "supervisor", "supervisor_wire", "_brisk", "resource"):
        sys.modules.pop(name, None)
    sys.modules.pop("__main__", None)
    # (The environment was cleared in the job process, before any runner: see job_main.)
    # Modules imported from here on compile from source: cached bytecode would need
    # marshal.loads, which is refused (crafted code objects are a way to native code).
    sys.pycache_prefix = PYCACHE
    install()
