"""``python -m score_desktop`` and the entry script of the frozen build (build.spec)."""

import sys

from score_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
