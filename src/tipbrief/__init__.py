"""tipbrief: evidence-locked trafficking-in-persons country briefings."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("tipbrief")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+unknown"
