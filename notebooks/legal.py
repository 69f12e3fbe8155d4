# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Legal framework and recommendations
#
# Conventions, laws and action plans over time, and the recommendations the reports make:
# which recur between reports, and over how many years.

# %% tags=["parameters"]
country = ""  # empty: every country in the table; `tipbrief build` passes the briefing's country
seeds_dir = ""  # empty: the project's seeds/ folder
table_path = ""  # empty: extract the indicator table from seeds_dir
year_from = 2000
year_to = 2030
output_dir = ""  # empty: do not save figure files
lang = "en"  # language of the text: en or ru (`tipbrief build --lang ru`)
briefing_date = ""  # empty: the build date (SOURCE_DATE_EPOCH, else today); data older than 2 years get a warning
min_reports = 2  # a recommendation "recurs" when this many reports make it

# %%
import datetime

from tipbrief import i18n
from tipbrief.toolkit import analysis, charts, findings, style

i18n.use(lang)

style.use()
data = analysis.load(table_path, seeds_dir, country, year_from, year_to)
on = datetime.date.fromisoformat(briefing_date) if briefing_date else analysis.briefing_date()

# %%
#| label: fig-legal-timeline
#| fig-cap: "Dated steps of the legal and policy framework: conventions, laws, national action plans and hotlines."
fig = charts.timeline(data)
charts.save(fig, output_dir, "fig-legal-timeline")

# %%
#| label: fig-legal-recurrence
#| fig-cap: "Recommendations that recur between reports, by topic: a dot for each report year that makes one; a grey bar spans the first to the last report."
fig = charts.recurring(data, min_reports)
charts.save(fig, output_dir, "fig-legal-recurrence")

# %%
#| label: findings-legal
findings.show("\n\n".join([
    findings.framework_covered(
        data, i18n._("the newest TIP Report narrative or the country's official legal database"), on=on),
    findings.event_sentences(data, ["convention", "law"]),
    findings.steps_drawn_elsewhere(data),
    findings.readings(["convention", "law"]),
]), data)

# %%
#| label: findings-recommendations
findings.show(findings.recommendations_findings(data, on), data)

# %% tags=["screen-only"]
#| label: tbl-legal-framework
#| tbl-cap: "Conventions, laws, action plans and hotlines by year."
findings.show(findings.events_table(data), data)

# %% tags=["screen-only"]
#| label: tbl-legal-recommendations
#| tbl-cap: "Recommendations by topic: report years, number of reports and span."
findings.show(findings.recurrence_table(data), data)

# %%
#| label: tbl-legal-evidence
#| tbl-cap: "Evidence for the legal framework and recommendations: every value with the sentence that states it."
findings.show(findings.evidence_table(data, ["legal", "recommendations"]), data)

# %% [markdown] tags=["analyst"]
# ## Your analysis
#
# Add your own cells below this one and tag them `analyst` (Property Inspector → Common Tools → Cell Tags;
# in the `.py` twin: `# %% tags=["analyst"]`). The generated cells above are shared with every briefing:
# change them only on purpose. `findings.show(text_or_dataframe, data)` shows cited text as the briefing
# reads it, with each figure's quote on hover.
#
# A cell of yours goes into the briefing, in its legal-timeline section, or the recommendations tracker when the
# label contains `recommend`, when it has a label: `#| label: fig-legal-<name>`
# with `#| fig-cap:` for a chart (end it with `charts.save(fig, output_dir, "fig-legal-<name>")`; a `tipbrief.toolkit.charts`
# chart writes its own alt text from its data, a chart of yours needs `#| fig-alt:`),
# or `#| label: tbl-legal-<name>` with `#| tbl-cap:` for a table. Unlabelled cells are yours alone.
# Saving keeps no outputs; `tipbrief run` re-runs a notebook only when its code or the package code it
# calls changes.
