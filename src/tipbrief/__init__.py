"""tipbrief: evidence-locked trafficking-in-persons country briefings."""

_found: list[str] = []


def __getattr__(name: str) -> str:
    # looked up on first use: importlib.metadata costs ~0.1 s, which the command's start-up should not pay
    if name != "__version__":
        raise AttributeError(f"module 'tipbrief' has no attribute {name!r}")
    if not _found:
        from importlib.metadata import PackageNotFoundError, version

        try:
            _found.append(version("tipbrief"))
        except PackageNotFoundError:  # running from a source tree that is not installed
            _found.append("0.0.0+unknown")
    return _found[0]
