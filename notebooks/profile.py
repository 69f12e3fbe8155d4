# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Trafficking profile
#
# Where victims are taken, the forms of exploitation and sectors, and the groups most at risk,
# as each source names them.

# %% tags=["parameters"]
country = ""  # empty: every country in the table; `tipbrief build` passes the briefing's country
seeds_dir = ""  # empty: the project's seeds/ folder
table_path = ""  # empty: extract the indicator table from seeds_dir
year_from = 2000
year_to = 2030
output_dir = ""  # empty: do not save figure files
lang = "en"  # language of the text: en or ru (`tipbrief build --lang ru`)
briefing_date = ""  # empty: the build date (SOURCE_DATE_EPOCH, else today); data older than 2 years get a warning
top_n = 10

# %%
import datetime

from tipbrief import i18n
from tipbrief.toolkit import analysis, charts, findings, style

i18n.use(lang)

style.use()
data = analysis.load(table_path, seeds_dir, country, year_from, year_to)
on = datetime.date.fromisoformat(briefing_date) if briefing_date else analysis.briefing_date()

# %%
#| label: fig-profile-destinations
#| fig-cap: "Destination countries of trafficking from the country, by source: a dot where a source names the destination."
fig = charts.matrix(data, "destination", i18n._("Destination countries named by each source"),
                    i18n._("Destination country"), top_n)
charts.save(fig, output_dir, "fig-profile-destinations")

# %%
#| label: findings-profile
findings.show("\n".join([
    findings.covered(data, ["profile"], i18n._("trafficking-profile"), on=on,
                     update=i18n._("a recent TIP Report narrative or a UN agency study of the country")) + "\n",
    findings.mention_sentences(data, "destination", i18n._("destination country"), i18n._("destination countries")),
    findings.mention_sentences(data, "exploitation_form", i18n._("form of exploitation"), i18n._("forms of exploitation")),
    findings.mention_sentences(data, "sector", i18n._("sector"), i18n._("sectors")),
    findings.mention_sentences(data, "vulnerable_group", i18n._("vulnerable group"), i18n._("vulnerable groups")),
    findings.trends(data, ["migrants"]) + "\n",
    findings.readings(["destination", "exploitation_form", "sector", "vulnerable_group", "migrants"]),
]), data)

# %% tags=["screen-only"]
#| label: tbl-profile-categories
#| tbl-cap: "Forms of exploitation, sectors and vulnerable groups, with the sources that name them."
findings.show(findings.categories_table(data, {
    "exploitation_form": i18n._("Form of exploitation"), "sector": i18n._("Sector"),
    "vulnerable_group": i18n._("Vulnerable group")}), data)

# %%
#| label: tbl-profile-evidence
#| tbl-cap: "Evidence for the trafficking profile: every value with the sentence that states it."
findings.show(findings.evidence_table(data, ["profile"]), data)

# %% [markdown] tags=["analyst"]
# ## Your analysis
#
# Add your own cells below this one and tag them `analyst` (Property Inspector → Common Tools → Cell Tags;
# in the `.py` twin: `# %% tags=["analyst"]`). The generated cells above are shared with every briefing:
# change them only on purpose. `findings.show(text_or_dataframe, data)` shows cited text as the briefing
# reads it, with each figure's quote on hover.
#
# A cell of yours goes into the briefing, in its trafficking-profile section, when it has a label: `#| label: fig-profile-<name>`
# with `#| fig-cap:` for a chart (end it with `charts.save(fig, output_dir, "fig-profile-<name>")`; a `tipbrief.toolkit.charts`
# chart writes its own alt text from its data, a chart of yours needs `#| fig-alt:`),
# or `#| label: tbl-profile-<name>` with `#| tbl-cap:` for a table. Unlabelled cells are yours alone.
# Saving keeps no outputs; `tipbrief run` re-runs a notebook only when its code or the package code it
# calls changes.
