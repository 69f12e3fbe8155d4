# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Prevention
#
# Labour inspection, pre-departure centres for migrants, the national action plan and the
# hotline, as the sources state them.

# %% tags=["parameters"]
country = ""  # empty: every country in the table; `tipbrief build` passes the briefing's country
seeds_dir = ""  # empty: the project's seeds/ folder
table_path = ""  # empty: extract the indicator table from seeds_dir
year_from = 2000
year_to = 2030
output_dir = ""  # empty: do not save figure files
lang = "en"  # language of the text: en or ru (`tipbrief build --lang ru`)
briefing_date = ""  # empty: the build date (SOURCE_DATE_EPOCH, else today); data older than 2 years get a warning
indicators = ["labor_inspectors", "labor_inspections", "predeparture_centers"]

# %%
import datetime

from tipbrief import i18n
from tipbrief.toolkit import analysis, charts, findings, style

i18n.use(lang)

style.use()
data = analysis.load(table_path, seeds_dir, country, year_from, year_to)
on = datetime.date.fromisoformat(briefing_date) if briefing_date else analysis.briefing_date()

# %%
#| label: fig-prevention-capacity
#| fig-cap: "Prevention capacity by year: labour inspectors, labour inspections and pre-departure centres, one panel each with its own scale."
fig = charts.panels(data, indicators, i18n._("Prevention capacity"))
charts.save(fig, output_dir, "fig-prevention-capacity")

# %%
#| label: findings-prevention
findings.show("\n\n".join([
    findings.covered(data, ["prevention"], i18n._("prevention"), on=on),
    findings.trends(data, indicators),
    findings.heading(i18n._("Hotline and action plans")) + findings.event_sentences(data, ["action_plan", "hotline"]),
    findings.readings([*indicators, "action_plan", "hotline"]),
]), data)

# %% tags=["screen-only"]
#| label: tbl-prevention-measures
#| tbl-cap: "National action plans and hotlines by year."
findings.show(findings.events_table(data, ["action_plan", "hotline"]), data)

# %%
#| label: tbl-prevention-evidence
#| tbl-cap: "Evidence for the prevention figures: every value with the sentence that states it."
findings.show(findings.evidence_table(data, ["prevention"]), data)

# %% [markdown] tags=["analyst"]
# ## Your analysis
#
# Add your own cells below this one and tag them `analyst` (Property Inspector → Common Tools → Cell Tags;
# in the `.py` twin: `# %% tags=["analyst"]`). The generated cells above are shared with every briefing:
# change them only on purpose. `findings.show(text_or_dataframe, data)` shows cited text as the briefing
# reads it, with each figure's quote on hover.
#
# A cell of yours goes into the briefing, in its prevention section, when it has a label: `#| label: fig-prevention-<name>`
# with `#| fig-cap:` for a chart (end it with `charts.save(fig, output_dir, "fig-prevention-<name>")`; a `tipbrief.toolkit.charts`
# chart writes its own alt text from its data, a chart of yours needs `#| fig-alt:`),
# or `#| label: tbl-prevention-<name>` with `#| tbl-cap:` for a table. Unlabelled cells are yours alone.
# Saving keeps no outputs; `tipbrief run` re-runs a notebook only when its code or the package code it
# calls changes.
