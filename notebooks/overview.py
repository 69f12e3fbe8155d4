# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Overview
#
# Tier placement over time and the key figures of the latest year, with the change from the
# year before.

# %% tags=["parameters"]
country = ""  # empty: every country in the table; `tipbrief build` passes the briefing's country
seeds_dir = ""  # empty: the project's seeds/ folder
table_path = ""  # empty: extract the indicator table from seeds_dir
year_from = 2000
year_to = 2030
output_dir = ""  # empty: do not save figure files
lang = "en"  # language of the text: en or ru (`tipbrief build --lang ru`)
key_indicators = ["investigations", "prosecutions", "convictions", "victims_identified"]
briefing_date = ""  # empty: the build date (SOURCE_DATE_EPOCH, else today); data older than 2 years get a warning

# %%
import datetime

from tipbrief import i18n
from tipbrief.toolkit import analysis, charts, findings, style

i18n.use(lang)

style.use()
data = analysis.load(table_path, seeds_dir, country, year_from, year_to)
on = datetime.date.fromisoformat(briefing_date) if briefing_date else analysis.briefing_date()

# %%
#| label: fig-overview-tier
#| fig-cap: "Tier placement by U.S. Trafficking in Persons Report year. Markers are report years a source covers; a line joins consecutive report years only."
fig = charts.tiers(data)
charts.save(fig, output_dir, "fig-overview-tier")

# %%
#| label: key-figures
findings.show("\n\n".join([
    findings.key_figures_table(data, key_indicators),
    findings.covered(data, [], i18n._("key-figure"), on=on, indicators=key_indicators, callout=True,
                     totals=True, noun=i18n._("key figures")),
    findings.readings([*key_indicators, "tier"], i18n._("How to read the key figures")),
]), data)

# %%
#| label: tier-history
#| tbl-cap: "Tier placement by report year, as each source states it; years no source covers are unknown."
findings.show(findings.bullets([findings.tier_sentence(data)]) + "\n\n" + findings.tier_history_table(data), data)

# %%
#| label: findings-overview
findings.show(findings.summary(data, key_indicators, on), data)

# %%
#| label: tbl-overview-evidence
#| tbl-cap: "Evidence for the tier placements: every value with the sentence that states it."
findings.show(findings.evidence_table(data, ["status"]), data)

# %% [markdown] tags=["analyst"]
# ## Your analysis
#
# Add your own cells below this one and tag them `analyst` (Property Inspector → Common Tools → Cell Tags;
# in the `.py` twin: `# %% tags=["analyst"]`). The generated cells above are shared with every briefing:
# change them only on purpose. `findings.show(text_or_dataframe, data)` shows cited text as the briefing
# reads it, with each figure's quote on hover.
#
# A cell of yours goes into the briefing, in its tier-history section, when it has a label: `#| label: fig-overview-<name>`
# with `#| fig-cap:` for a chart (end it with `charts.save(fig, output_dir, "fig-overview-<name>")`; a `tipbrief.toolkit.charts`
# chart writes its own alt text from its data, a chart of yours needs `#| fig-alt:`),
# or `#| label: tbl-overview-<name>` with `#| tbl-cap:` for a table. Unlabelled cells are yours alone.
# Saving keeps no outputs; `tipbrief run` re-runs a notebook only when its code or the package code it
# calls changes.
