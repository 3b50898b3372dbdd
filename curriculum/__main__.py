from typing import NoReturn

from .cli import main
from .quick_exit import exit_now


def run() -> NoReturn:
    """The ``curriculum`` command: :func:`curriculum.cli.main`, ended without the interpreter's teardown."""
    exit_now(main())


if __name__ == "__main__":
    run()
