--[[
callouts.lua (built-in engine only; Quarto does this itself): render Quarto's
::: {.callout-note|tip|warning|important|caution title="…"} blocks as styled boxes in HTML and
Typst, and honour ::: {.content-visible when-format="html"} / {.content-hidden when-format=…}.
]]

local is_typst = FORMAT:match("typst") ~= nil
local fmt = is_typst and "typst" or "html"
local colours = {
  note = "#0b5cad", tip = "#2e7d32", warning = "#b26a00", important = "#b3261e", caution = "#b26a00",
}
local default_titles = {
  note = "Note", tip = "Tip", warning = "Warning", important = "Important", caution = "Caution",
}

local function matches(value)
  for f in (value or ""):gmatch("[^%s,]+") do
    if f == fmt or (f == "pdf" and is_typst) then
      return true
    end
  end
  return false
end

local function typst_string(s)
  return '"' .. s:gsub("\\", "\\\\"):gsub('"', '\\"') .. '"'
end

local function callout(div, kind)
  local blocks = div.content
  local title = div.attributes.title
  local title_inlines
  if title ~= nil then
    title_inlines = pandoc.Inlines(title)
  elseif #blocks > 0 and blocks[1].t == "Header" then
    title_inlines = blocks[1].content
    blocks = pandoc.Blocks({ table.unpack(blocks, 2) })
  else
    title_inlines = pandoc.Inlines(default_titles[kind])
  end
  local colour = colours[kind]
  if is_typst then
    local out = pandoc.Blocks({})
    out:insert(pandoc.RawBlock("typst", "#block(width: 100%, inset: (x: 10pt, y: 8pt), radius: 2pt, "
      .. "fill: rgb(" .. typst_string(colour) .. ").lighten(92%), stroke: (left: 3pt + rgb("
      .. typst_string(colour) .. ")), breakable: true)["))
    out:insert(pandoc.Para({ pandoc.Strong(title_inlines) }))
    out:extend(blocks)
    out:insert(pandoc.RawBlock("typst", "]"))
    return out
  end
  local head = pandoc.Div({ pandoc.Plain({ pandoc.Strong(title_inlines) }) }, { class = "callout-title" })
  local body = pandoc.Div(blocks, { class = "callout-body" })
  return pandoc.Div({ head, body }, { class = "callout callout-" .. kind, role = "note" })
end

function Div(div)
  if div.classes:includes("content-visible") then
    local when = div.attributes["when-format"]
    if when ~= nil and not matches(when) then
      return {}
    end
    return div.content
  end
  if div.classes:includes("content-hidden") then
    local when = div.attributes["when-format"]
    if when == nil or matches(when) then
      return {}
    end
    return div.content
  end
  for _, c in ipairs(div.classes) do
    local kind = c:match("^callout%-(%a+)$")
    if kind and colours[kind] then
      return callout(div, kind)
    end
  end
end

-- In Typst the title block is drawn by the template: lift the status line (version, date, tier)
-- into metadata so it sits under the title, above the contents.
function Pandoc(doc)
  if not is_typst then
    return nil
  end
  for i, block in ipairs(doc.blocks) do
    if block.t == "Div" and block.classes:includes("status-line") then
      doc.meta["status-block"] = pandoc.MetaBlocks(block.content)
      doc.blocks:remove(i)
      return doc
    end
  end
end

-- Default titles in the briefing's language (labels.note … in metadata, written by the build), read
-- before any callout is drawn.
local function read_labels(meta)
  local labels = meta.labels or {}
  for kind, _ in pairs(default_titles) do
    if labels[kind] ~= nil then
      default_titles[kind] = pandoc.utils.stringify(labels[kind])
    end
  end
end

return {
  { Meta = read_labels },
  { Div = Div, Pandoc = Pandoc },
}
