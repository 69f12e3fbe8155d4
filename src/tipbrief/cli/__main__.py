"""``python -m tipbrief.cli``: the same as the ``tipbrief`` command."""

import sys

from tipbrief.cli import main

sys.exit(main())
