"""Indicator definitions (``indicators.yml``): what each indicator id means and how to read it."""

from __future__ import annotations

from functools import cache

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from tipbrief.errors import ExtractionError
from tipbrief.indicators.row import THEMES
from tipbrief.indicators.rules import datacache


class IndicatorDefinition(BaseModel):
    """One indicator: id, theme, label, unit, description and a caution on how to read it."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    theme: str
    label: str
    unit: str
    description: str
    reading: str
    #: qualifiers whose rows count a class of their own beside the total ("110 potential victims and two official
    #: victims"): drawn and told as a series of their own next to the total, never as one of its parts
    own_counts: tuple[str, ...] = ()
    #: a name of its own for the rows of one qualifier that are another thing than the label says ("national action
    #: plan" money is the plan's budget, not funding for victim protection): shown instead of "label (qualifier)"
    qualified_labels: dict[str, str] = Field(default_factory=dict)

    def model_post_init(self, __context: object) -> None:
        """Refuse themes the indicator table does not know."""
        if self.theme not in THEMES:
            raise ValueError(f"indicator {self.id!r}: unknown theme {self.theme!r}")


@cache
def load_definitions() -> dict[str, IndicatorDefinition]:
    """All indicator definitions keyed by id, in file order."""
    raw = datacache.package_yaml(__package__, "indicators.yml")  # kept parsed on disk
    try:
        items = [IndicatorDefinition.model_validate(item) for item in raw["indicators"]]
    except (ValidationError, ValueError) as exc:
        raise ExtractionError(f"indicators.yml: {str(exc).splitlines()[0]}") from None
    out = {d.id: d for d in items}
    if len(out) != len(items):
        raise ExtractionError("indicators.yml: duplicate indicator id")
    return out
