# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Protection
#
# Victims identified and referred to care, and government funding for victim services,
# as the sources state them.

# %% tags=["parameters"]
country = ""  # empty: every country in the table; `tipbrief build` passes the briefing's country
seeds_dir = ""  # empty: the project's seeds/ folder
table_path = ""  # empty: extract the indicator table from seeds_dir
year_from = 2000
year_to = 2030
output_dir = ""  # empty: do not save figure files
lang = "en"  # language of the text: en or ru (`tipbrief build --lang ru`)
briefing_date = ""  # empty: the build date (SOURCE_DATE_EPOCH, else today); data older than 2 years get a warning
indicators = ["victims_identified", "victims_referred"]
caseload = ["victims_assisted", "victims_repatriated"]  # the shelter's caseload and returns
currencies = []  # empty: every currency the sources state funding in (U.S. dollars last)

# %%
import datetime

from tipbrief import i18n
from tipbrief.toolkit import analysis, charts, findings, style

i18n.use(lang)

style.use()
data = analysis.load(table_path, seeds_dir, country, year_from, year_to)
on = datetime.date.fromisoformat(briefing_date) if briefing_date else analysis.briefing_date()

# %%
#| label: fig-protection-victims
#| fig-cap: "Trafficking victims identified and referred to care, by year. Markers are years with a figure; a line joins consecutive years that count the same thing."
fig = charts.victims(data, indicators)
charts.save(fig, output_dir, "fig-protection-victims")

# %%
#| label: fig-protection-funding
#| fig-cap: "Government funding for victim services per year, one panel per currency the sources state it in."
fig = charts.funding(data, currencies)
charts.save(fig, output_dir, "fig-protection-funding")

# %%
#| label: findings-protection
findings.show("\n\n".join([
    findings.covered(data, ["protection"], i18n._("victim protection"), on=on),
    findings.trends(data, indicators),
    findings.heading(i18n._("Shelter caseload and returns")) + findings.trends(data, caseload),
    findings.heading(i18n._("Funding")) + findings.funding_trends(data, charts.funding_currencies(data, currencies)),
    findings.readings([*indicators, *caseload, "shelter_funding"]),
]), data)

# %%
#| label: tbl-protection-evidence
#| tbl-cap: "Evidence for the protection figures: every value with the sentence that states it."
findings.show(findings.evidence_table(data, ["protection"]), data)

# %% [markdown] tags=["analyst"]
# ## Your analysis
#
# Add your own cells below this one and tag them `analyst` (Property Inspector → Common Tools → Cell Tags;
# in the `.py` twin: `# %% tags=["analyst"]`). The generated cells above are shared with every briefing:
# change them only on purpose. `findings.show(text_or_dataframe, data)` shows cited text as the briefing
# reads it, with each figure's quote on hover.
#
# A cell of yours goes into the briefing, in its protection section, when it has a label: `#| label: fig-protection-<name>`
# with `#| fig-cap:` for a chart (end it with `charts.save(fig, output_dir, "fig-protection-<name>")`; a `tipbrief.toolkit.charts`
# chart writes its own alt text from its data, a chart of yours needs `#| fig-alt:`),
# or `#| label: tbl-protection-<name>` with `#| tbl-cap:` for a table. Unlabelled cells are yours alone.
# Saving keeps no outputs; `tipbrief run` re-runs a notebook only when its code or the package code it
# calls changes.
