"""Who a count is by or for: NGOs' own counts, joint ones, and referrals to an agency (shared by counts and generic)."""

from __future__ import annotations

from tipbrief.indicators.numbers import NUMBER
from tipbrief.indicators.rules import regexcache as rc
from tipbrief.indicators.rules.ruleset import IGNORECASE

__all__ = ["BY_NGO", "JOINT", "REFERRED_TO_AGENCY"]

#: A subject that names NGOs or international organisations: "NGOs identified an additional 94 victims", perhaps after
#: a lead that sets their count beside the government's ("In addition to victims identified by the government, NGOs and
#: international organizations reported identifying ...").
BY_NGO = rc.lazy(
    r"^(?:(?:In addition to|Besides|Apart from|Separately from|Beyond)\b[^.;]{0,80}?, )?"
    r"[\w ,]{0,20}?\b(?:NGOs?|civil society|international organi[sz]ations?|IOM)\b[^.;,]{0,80}$", IGNORECASE
)
_NGO_WORDS = r"(?:NGOs?|civil society|international organi[sz]ations?|IOM)"
_GOV_WORDS = r"(?:the )?(?:government|authorities|police|officials|state|ministr\w+|agencies)"
_LINK = (r"\s*,?\s+(?:and|with|together with|jointly with|in (?:partnership|cooperation|collaboration) with|"
         r"(?:partnered|cooperated|collaborated|worked) with)\s+")
#: "The government and NGOs identified ...": a joint figure, not one by NGOs.
JOINT = rc.lazy(
    rf"\b{_GOV_WORDS}{_LINK}(?:\w+ ){{0,2}}?{_NGO_WORDS}\b|\b{_NGO_WORDS}{_LINK}{_GOV_WORDS}\b", IGNORECASE
)
#: "First responders referred 130 potential victims to CPTV": a referral to an agency (for identification), and the
#: sentence's other referrals ("; law enforcement referred 59 potential victims") go there too: no referral to care.
REFERRED_TO_AGENCY = rc.lazy(
    rf"\breferr?\w* {NUMBER} [^.;]{{0,60}}?\bto (?:the )?(?!NGOs?\b|IOM\b|UNHCR\b|UNICEF\b)(?-i:[A-Z]{{2,6}})\b"
    r"(?![\w-]| (?:shelters?|services|facilities|centers)\b)",
    IGNORECASE,
)
