--[[
ev.lua: the Quarto side of the ``ev`` shortcode (live numbers in an analyst's text).

``{{< ev INDICATOR YEAR ... >}}`` is resolved by the build before Quarto runs, in the analyst's files only
(briefs/analysis/<country-slug>.qmd -> _build/briefing/analysis.md, by tipbrief.briefing.shortcodes), so
that both engines render the figure and its citation from the same code. A ``ev`` shortcode Quarto still
meets is somewhere else (briefs/briefing.qmd, another include): it stops the render with one line naming it,
as the built-in engine does, instead of printing the shortcode as text.
]]

return {
  ["ev"] = function(args, kwargs)
    local parts = {}
    for _, a in ipairs(args) do
      table.insert(parts, pandoc.utils.stringify(a))
    end
    local keys = {}
    for k, _ in pairs(kwargs) do
      table.insert(keys, k)
    end
    table.sort(keys)
    for _, k in ipairs(keys) do
      table.insert(parts, k .. "=" .. pandoc.utils.stringify(kwargs[k]))
    end
    error("TIPBRIEF-ERROR: {{< ev " .. table.concat(parts, " ") .. " >}}: live numbers are resolved in "
      .. "analyst files only (briefs/analysis/<country-slug>.qmd)", 0)
  end
}
