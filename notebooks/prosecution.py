# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Prosecution
#
# Law-enforcement effort over time: trafficking cases investigated, prosecuted and convicted,
# as the sources state them. Parameters below; everything else comes from `tipbrief`.

# %% tags=["parameters"]
country = ""  # empty: every country in the table; `tipbrief build` passes the briefing's country
seeds_dir = ""  # empty: the project's seeds/ folder
table_path = ""  # empty: extract the indicator table from seeds_dir
year_from = 2000
year_to = 2030
output_dir = ""  # empty: do not save figure files
lang = "en"  # language of the text: en or ru (`tipbrief build --lang ru`)
briefing_date = ""  # empty: the build date (SOURCE_DATE_EPOCH, else today); data older than 2 years get a warning
indicators = ["investigations", "prosecutions", "convictions"]
officials = ["officials_investigated", "officials_prosecuted", "officials_convicted"]

# %%
import datetime

from tipbrief import i18n
from tipbrief.toolkit import analysis, charts, findings, style

i18n.use(lang)

style.use()
data = analysis.load(table_path, seeds_dir, country, year_from, year_to)
on = datetime.date.fromisoformat(briefing_date) if briefing_date else analysis.briefing_date()

# %%
#| label: fig-prosecution-funnel
#| fig-cap: "Trafficking investigations, prosecutions and convictions by year, each series in what it counts (cases or persons). Markers are years with a figure; sources that disagree are shown hollow and marked with an asterisk."
fig = charts.funnel(data, indicators)
charts.save(fig, output_dir, "fig-prosecution-funnel")

# %%
#| label: findings-prosecution
findings.show("\n\n".join([
    findings.covered(data, [], i18n._("investigation, prosecution and conviction"), on=on, indicators=indicators),
    findings.heading(i18n._("The whole record")) + findings.bullets([findings.record_sentence(data, i) for i in indicators]),
    findings.trends(data, ["suspects"]),
    findings.heading(i18n._("Complicit officials")) + findings.officials_sentences(data),
    findings.heading(i18n._("Penalties the law prescribes")) + findings.penalty_sentences(data),
    findings.readings([*officials, "suspects", "penalty_min_years"]),
]), data)

# %%
#| label: tbl-prosecution-evidence
#| tbl-cap: "Evidence for the prosecution figures: every value with the sentence that states it."
findings.show(findings.evidence_table(data, ["prosecution"]), data)

# %% [markdown] tags=["analyst"]
# ## Your analysis
#
# Add your own cells below this one and tag them `analyst` (Property Inspector → Common Tools → Cell Tags;
# in the `.py` twin: `# %% tags=["analyst"]`). The generated cells above are shared with every briefing:
# change them only on purpose. `findings.show(text_or_dataframe, data)` shows cited text as the briefing
# reads it, with each figure's quote on hover.
#
# A cell of yours goes into the briefing, in its prosecution section, when it has a label: `#| label: fig-prosecution-<name>`
# with `#| fig-cap:` for a chart (end it with `charts.save(fig, output_dir, "fig-prosecution-<name>")`; a `tipbrief.toolkit.charts`
# chart writes its own alt text from its data, a chart of yours needs `#| fig-alt:`),
# or `#| label: tbl-prosecution-<name>` with `#| tbl-cap:` for a table. Unlabelled cells are yours alone.
# Saving keeps no outputs; `tipbrief run` re-runs a notebook only when its code or the package code it
# calls changes.
