"""The sandbox every graded kernel runs in (Linux, as root; no Docker needed).

A kernel forked by :mod:`curriculum.grading.forkserver` enters it in two steps:

1. :func:`prepare` (still one thread, still root): a private mount namespace in which
   ``/tmp`` is a fresh tmpfs holding the kernel's working copy (the files next to the
   submission, copied), and the course folder, the package's ``source/`` and any other
   secret path are covered by empty read-only tmpfs mounts: no solution, hidden test,
   gradebook or other student's work can be read, and nothing the kernel writes outlives it.
   A kernel on Unix sockets sees the folder of its own sockets, bound back in, and no other.
2. :func:`confine` (after the kernel bound its sockets to the grader): a network namespace of
   its own (no network; the sockets already open to the grader keep working), resource
   limits (CPU time, memory, processes, file size, no core dumps), and the identity of an
   unprivileged uid reserved for this grading slot.

When the kernel ends, :func:`kill_slot` ends every process still running under the slot's
uid (a child the student left behind, a process that left the session) before the slot is
used again. A fork server claims its slots' uids with lock files (:class:`SlotClaims`), so two
gradings running at once never share a uid, and ending one's leftovers never ends the other's kernel. What a school server needs: the grader runs as root (or with CAP_SYS_ADMIN and
CAP_SETUID), and no account uses the uids from ``uid_base`` on.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import json
import os
import resource
import signal
import time
from dataclasses import asdict, dataclass

CLONE_NEWNS = 0x00020000
CLONE_NEWNET = 0x40000000
MS_RDONLY, MS_NOSUID, MS_NODEV, MS_BIND, MS_REC, MS_PRIVATE = 1, 2, 4, 4096, 16384, 1 << 18
WORKDIR = "/tmp/submission"


@dataclass(frozen=True)
class Policy:
    """What a graded kernel may use. Serialisable, so the grader can hand it to the fork server."""

    hide: tuple[str, ...] = ()
    """Folders to cover (the course, the package's source/, the gradebook's folder)."""
    expose: tuple[str, ...] = ()
    """Folders the kernel must read (Python, the virtual environment, the package) even where a parent folder
    is closed to other users (a Python under /root): such a parent is covered and only these are put back."""
    uid_base: int = 61000
    cpu_seconds: int = 300
    memory_bytes: int = 4 << 30
    processes: int = 64
    file_bytes: int = 64 << 20
    open_files: int = 1024
    tmp_bytes: int = 256 << 20
    copy_limit_bytes: int = 64 << 20

    def to_json(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_json(cls, text: str) -> Policy:
        data = json.loads(text)
        data["hide"] = tuple(data.get("hide", ()))
        data["expose"] = tuple(data.get("expose", ()))
        return cls(**data)


def available() -> bool:
    """Whether this process can build the sandbox (root on Linux)."""
    return hasattr(os, "setuid") and os.geteuid() == 0 and ctypes.util.find_library("c") is not None


_libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)


def _check(result: int, what: str) -> None:
    if result != 0:
        err = ctypes.get_errno()
        raise OSError(err, f"{what}: {os.strerror(err)}")


def _unshare(flags: int) -> None:
    _check(_libc.unshare(flags), "unshare")


def _mount(source: str, target: str, fstype: str | None, flags: int, data: str | None = None) -> None:
    _check(_libc.mount(source.encode(), target.encode(), fstype.encode() if fstype else None, flags,
                       data.encode() if data else None), f"mount {target}")


def prepare(policy: Policy, cwd: str, connection_file: str) -> str:
    """Step 1 (single-threaded, root): private filesystem view; returns the connection file's new path."""
    with open(connection_file, encoding="utf-8") as fh:
        connection = fh.read()
    sockets = _socket_folder(connection)
    _unshare(CLONE_NEWNS)
    _mount("none", "/", None, MS_REC | MS_PRIVATE)  # nothing we mount leaks back to the host
    staged = _stage(cwd, policy.copy_limit_bytes)
    sockets_fd = os.open(sockets, os.O_RDONLY | os.O_DIRECTORY) if sockets else None
    # the fresh /tmp would also cover a Python, environment or package that lives under /tmp (a CI checkout):
    # keep a handle on the old /tmp and bind those back from it
    old_tmp = os.open("/tmp", os.O_RDONLY | os.O_DIRECTORY)
    _mount("tmpfs", "/tmp", "tmpfs", MS_NOSUID | MS_NODEV, f"size={policy.tmp_bytes},mode=1777")
    for path in sorted({os.path.realpath(p) for p in policy.expose}):
        if path.startswith("/tmp/"):
            os.makedirs(path, exist_ok=True)
            _mount(f"/proc/self/fd/{old_tmp}/{path[len('/tmp/'):]}", path, None, MS_BIND | MS_REC)
    os.close(old_tmp)
    os.makedirs(WORKDIR)
    for name, data in staged:
        path = os.path.join(WORKDIR, name)
        with open(path, "wb") as fh:
            fh.write(data)
    _expose(policy.expose)
    for path in sorted({os.path.realpath(p) for p in policy.hide if os.path.isdir(p)}, key=len, reverse=True):
        _mount("tmpfs", path, "tmpfs", MS_RDONLY | MS_NOSUID | MS_NODEV, "size=4k,mode=0555")
    if sockets_fd is not None:  # the kernel's own socket folder, and no other, at the path its sockets are known by
        try:
            os.makedirs(sockets, exist_ok=True)
        except OSError as exc:
            raise OSError(exc.errno, f"the kernel's socket folder {sockets} is inside a folder the sandbox hides") from exc
        _mount(f"/proc/self/fd/{sockets_fd}", sockets, None, MS_BIND)
        os.close(sockets_fd)
    new_file = os.path.join("/tmp", ".kernel-connection.json")
    with open(new_file, "w", encoding="utf-8") as fh:
        fh.write(connection)
    os.chdir(WORKDIR)
    os.environ.update({"HOME": WORKDIR, "TMPDIR": "/tmp", "IPYTHONDIR": "/tmp/.ipython", "MPLCONFIGDIR": "/tmp/.mpl",
                       "JUPYTER_RUNTIME_DIR": "/tmp/.jupyter"})
    return new_file


def _socket_folder(connection: str) -> str | None:
    """The folder of the kernel's Unix sockets, for a kernel on the ``ipc`` transport (see ``kernels``)."""
    info = json.loads(connection)
    if info.get("transport") != "ipc":
        return None
    return os.path.dirname(os.path.abspath(info["ip"]))


def _closed_parent(path: str) -> str | None:
    """The outermost folder above ``path`` that other users cannot enter (mode without o+x), if any."""
    current = "/"
    for part in path.strip("/").split("/")[:-1]:
        current = os.path.join(current, part)
        if not os.stat(current).st_mode & 0o001:
            return current
    return None


def _expose(paths: tuple[str, ...]) -> None:
    """Cover each closed parent of ``paths`` with an empty tmpfs, then bind the paths themselves back in place."""
    needed = [(p, parent) for p in sorted({os.path.realpath(p) for p in paths if os.path.isdir(p)})
              if (parent := _closed_parent(p)) is not None]
    if not needed:
        return
    staged = []
    for i, (path, _parent) in enumerate(needed):
        keep = f"/tmp/.expose-{i}"
        os.makedirs(keep)
        _mount(path, keep, None, MS_BIND | MS_REC)
        staged.append((keep, path))
    for parent in sorted({parent for _p, parent in needed}, key=len):
        _mount("tmpfs", parent, "tmpfs", MS_NOSUID | MS_NODEV, "size=64k,mode=0755")
    for keep, path in staged:
        os.makedirs(path, exist_ok=True)
        _mount(keep, path, None, MS_BIND | MS_REC)
        _check(_libc.umount2(keep.encode(), 2), f"umount {keep}")  # MNT_DETACH
        os.rmdir(keep)


def _stage(cwd: str, limit: int) -> list[tuple[str, bytes]]:
    """The files next to the submission (data files an assignment reads), read before the course is hidden."""
    staged, total = [], 0
    for entry in sorted(os.scandir(cwd), key=lambda e: e.name):
        if entry.is_file(follow_symlinks=False) and not entry.name.startswith("."):
            size = entry.stat().st_size
            if total + size > limit:
                break
            with open(entry.path, "rb") as fh:
                staged.append((entry.name, fh.read()))
            total += size
    return staged


def confine(policy: Policy, slot: int) -> None:
    """Step 2 (root, after the kernel's sockets exist): no network, limits, then the slot's unprivileged uid."""
    _unshare(CLONE_NEWNET)
    limits = {
        resource.RLIMIT_CPU: policy.cpu_seconds, resource.RLIMIT_AS: policy.memory_bytes,
        resource.RLIMIT_NPROC: policy.processes, resource.RLIMIT_FSIZE: policy.file_bytes,
        resource.RLIMIT_NOFILE: policy.open_files, resource.RLIMIT_CORE: 0,
    }
    for which, value in limits.items():
        resource.setrlimit(which, (value, value))
    uid = policy.uid_base + slot
    os.chown("/tmp", uid, uid)
    os.chmod(WORKDIR, 0o700)
    for root, dirs, files in os.walk(WORKDIR):  # only what we made: never the folders bound in from the host
        for name in dirs + files:
            os.lchown(os.path.join(root, name), uid, uid)
    os.lchown(WORKDIR, uid, uid)
    os.setgroups([])
    os.setgid(uid)
    os.setuid(uid)


LOCK_DIR = "/tmp/curriculum-grading-uids"
"""Where fork servers claim grading uids (one lock file per uid), so that two gradings at once never share one."""
MAX_SLOTS = 4096


class SlotClaims:
    """The grading uids this fork server holds: an exclusive ``flock`` per uid, held until the server dies. Another
    fork server (a second teacher grading at the same time) skips a held uid, so ending one kernel's processes
    (:func:`kill_slot`) can never reach a kernel of the other.

    A slot given back (its kernel's processes ended) stays locked by this server, ready for its next kernel: no one
    else can have started anything under its uid since, so it is not cleared a second time. Clearing a uid forks the
    server and waits 30 ms for it; a kernel paid that twice, and every other kernel's request waited meanwhile."""

    def __init__(self, policy: Policy, lock_dir: str = LOCK_DIR):
        self.policy, self.lock_dir = policy, lock_dir
        self._held: dict[int, int] = {}  # slot -> lock file descriptor: a kernel runs under it
        self._ready: dict[int, int] = {}  # slot -> lock file descriptor: given back, cleared, still locked by us

    def claim(self) -> int:
        """A free slot, claimed: one this server gave back, else a new one, whatever an earlier, dead grader left
        running under its uid ended first."""
        import fcntl

        if self._ready:
            slot = min(self._ready)
            self._held[slot] = self._ready.pop(slot)
            return slot
        os.makedirs(self.lock_dir, mode=0o700, exist_ok=True)
        for slot in range(MAX_SLOTS):
            if slot in self._held:
                continue
            fd = os.open(os.path.join(self.lock_dir, f"{self.policy.uid_base + slot}.lock"), os.O_RDWR | os.O_CREAT, 0o600)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                continue
            self._held[slot] = fd
            kill_slot(self.policy, slot)
            return slot
        raise RuntimeError(f"no free grading uid from {self.policy.uid_base} on")

    def release(self, slot: int) -> None:
        """The slot's kernel is gone and :func:`kill_slot` has ended what it left: ready for the next kernel."""
        fd = self._held.pop(slot, None)
        if fd is not None:
            self._ready[slot] = fd  # still locked: the server's death (closing its descriptors) releases it

    def close_in_child(self) -> None:
        """In a forked kernel: drop the inherited descriptors (the server's own keep the locks)."""
        for fd in [*self._held.values(), *self._ready.values()]:
            os.close(fd)
        self._held.clear()
        self._ready.clear()


def kill_slot(policy: Policy, slot: int) -> None:
    """End every process running under the slot's uid (run as root, between two kernels of the slot)."""
    uid = policy.uid_base + slot
    pid = os.fork()
    if pid == 0:
        try:
            os.setgid(uid)
            os.setuid(uid)
            for _ in range(3):  # kill(-1) as this uid reaches exactly this uid's processes, wherever they went
                os.kill(-1, signal.SIGKILL)
                time.sleep(0.01)
        except (ProcessLookupError, PermissionError):
            pass
        finally:
            os._exit(0)
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:  # the fork server ignores SIGCHLD: waitpid waits for the killer, then finds it reaped
        pass

