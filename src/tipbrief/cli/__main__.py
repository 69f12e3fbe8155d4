"""``python -m tipbrief.cli``: the same as the ``tipbrief`` command."""

import sys

from . import main

sys.exit(main())
