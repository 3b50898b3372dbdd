"""Linux accounts for the hub's people: students, teachers, administrators and each course's grader account.

The local-process spawner runs each person's server as their own Linux account, so the operating system keeps
students out of each other's homes and out of the grader's: every home is closed to other accounts (0700).
A new account gets a random first password (for the pilot's PAM login), listed in a root-only CSV file for the IT
person to hand out; an account that already exists keeps its password. A course's grader account has no password
and cannot log in: it owns the course folder and runs the course's Formgrader as a hub service.
"""

from __future__ import annotations

import csv
import grp
import os
import pwd
import secrets
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Account:
    name: str
    created: bool
    password: str = ""  # the first password of an account created now ("" otherwise, and for grader accounts)

    @property
    def home(self) -> Path:
        return Path(pwd.getpwnam(self.name).pw_dir)


def exists(name: str) -> bool:
    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True


def _run(cmd: list[str], stdin: str | None = None) -> None:
    done = subprocess.run(cmd, input=stdin, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)}: {done.stderr.strip() or done.stdout.strip()}")


def ensure_account(name: str, home_root: Path, *, login: bool = True) -> Account:
    """The account ``name`` (created with a home under ``home_root`` if missing), its home closed to other accounts."""
    created = False
    password = ""
    if not exists(name):
        _run(["useradd", "--create-home", "--home-dir", str(home_root / name), "--shell", "/bin/bash",
              "--user-group", name])
        created = True
        if login:
            password = secrets.token_urlsafe(9)
            _run(["chpasswd"], stdin=f"{name}:{password}\n")
    account = Account(name, created, password)
    os.chmod(account.home, 0o700)
    return account


def ensure_accounts(names: Iterable[str], home_root: Path, *, login: bool = True) -> list[Account]:
    return [ensure_account(name, home_root, login=login) for name in sorted(set(names))]


def ensure_group(name: str, members: Iterable[str]) -> None:
    """The Linux group ``name`` with exactly ``members`` (a server started later has the groups of its account)."""
    try:
        grp.getgrnam(name)
    except KeyError:
        _run(["groupadd", name])
    _run(["gpasswd", "--members", ",".join(sorted(set(members))), name])


def remove_group(name: str) -> None:
    try:
        grp.getgrnam(name)
    except KeyError:
        return
    _run(["groupdel", name])


def write_first_passwords(accounts: Iterable[Account], path: Path) -> int:
    """Append the first passwords of accounts created now to ``path`` (root only); returns how many."""
    rows = [(a.name, a.password) for a in accounts if a.password]
    if not rows:
        return 0
    new = not path.exists()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    with os.fdopen(fd, "a", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        if new:
            writer.writerow(["account", "first_password"])
        writer.writerows(rows)
    os.chmod(path, 0o600)
    return len(rows)


def read_first_passwords(path: Path) -> dict[str, str]:
    with open(path, newline="", encoding="utf-8") as fh:
        return {row["account"]: row["first_password"] for row in csv.DictReader(fh)}


def chown_tree(path: Path, name: str) -> None:
    """Give ``path`` and everything under it to the account ``name``."""
    entry = pwd.getpwnam(name)
    for root, dirs, files in os.walk(path):
        for item in dirs + files:
            os.lchown(os.path.join(root, item), entry.pw_uid, entry.pw_gid)
    os.lchown(path, entry.pw_uid, entry.pw_gid)


def remove_account(name: str) -> None:
    """Delete the account and its home (for tests and for a course's end of year)."""
    if exists(name):
        _run(["userdel", "--remove", name])
