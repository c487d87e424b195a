"""``python -m newsmodel`` and the ``newsmodel`` command: the command line tool.

``--version`` is answered here, before the tool and the parsers are imported
(so it costs little more than starting Python); everything else goes to
``newsmodel.cli.main``.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from . import __version__

#: What ``--version`` prints, as the tool's own argument parser does.
VERSION = f"newsmodel {__version__}"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line tool; returns the exit status."""
    if list(sys.argv[1:] if argv is None else argv) == ["--version"]:
        print(VERSION)
        return 0
    from .cli import main as run_tool

    return run_tool(argv)


if __name__ == "__main__":
    sys.exit(main())
