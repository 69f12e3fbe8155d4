--[[
crossref.lua (built-in engine only; Quarto does this itself): number figures (#fig-…) and
tables (#tbl-…) in document order, caption them "Figure N: …" / "Table N: …" in HTML, and turn
cross-references @fig-x / @tbl-x / @sec-x into links reading "Figure N", "Table N", "Section …".
In Typst, figures stay native (Typst numbers them the same way) and references become #ref.
Images in figures get fig-alt as alt text, and in Typst a width of 100% so they never overflow.
]]

local MARK = "TIPBRIEF-ERROR: "
local is_typst = FORMAT:match("typst") ~= nil
local numbers = {}   -- id -> "Figure 3"
local sections = {}  -- id -> heading text
local counts = { fig = 0, tbl = 0 }
local names = { fig = "Figure", tbl = "Table" }

local function kind_of(id)
  return id and id:match("^(%a%a%a)%-") or nil
end

local function prefix_caption(caption, label)
  local blocks = caption.long
  local lead = pandoc.Inlines({ pandoc.Strong(pandoc.Inlines(label .. ":")), pandoc.Space() })
  if #blocks == 0 then
    caption.long = pandoc.Blocks({ pandoc.Plain(lead) })
  else
    blocks[1].content = lead .. blocks[1].content
  end
  return caption
end

local function number(id)
  local kind = kind_of(id)
  if kind ~= "fig" and kind ~= "tbl" then
    return nil
  end
  counts[kind] = counts[kind] + 1
  numbers[id] = names[kind] .. " " .. counts[kind]
  return numbers[id]
end

local function fix_images(el)
  return el:walk({
    Image = function(img)
      local alt = img.attributes["fig-alt"]
      if alt ~= nil then
        img.caption = pandoc.Inlines(alt)
        img.attributes["fig-alt"] = nil
      end
      if is_typst then
        img.attributes.width = "100%"
        img.attributes.height = nil
      end
      return img
    end,
  })
end

local function on_figure(fig)
  local label = number(fig.identifier)
  fig = fix_images(fig)
  if label and not is_typst then
    fig.caption = prefix_caption(fig.caption, label)
    fig.classes:insert("float-" .. kind_of(fig.identifier))
  end
  return fig
end

local function on_table(tbl)
  local label = number(tbl.identifier)
  if label and not is_typst then
    tbl.caption = prefix_caption(tbl.caption, label)
  end
  return tbl
end

local function on_cite(cite)
  local out = pandoc.Inlines({})
  for i, c in ipairs(cite.citations) do
    local id = c.id
    local kind = kind_of(id)
    local text = numbers[id]
    if kind == "sec" then
      text = sections[id]
    elseif kind ~= "fig" and kind ~= "tbl" then
      return nil -- not a cross-reference: leave citations alone
    end
    if text == nil then
      error(MARK .. "cross-reference @" .. id .. " points to no figure, table or section", 0)
    end
    if i > 1 then
      out:insert(pandoc.Str(","))
      out:insert(pandoc.Space())
    end
    if is_typst and kind ~= "sec" then
      out:insert(pandoc.RawInline("typst", "#ref(<" .. id .. ">)"))
    else
      out:insert(pandoc.Link(pandoc.Inlines(text), "#" .. id))
    end
  end
  return out
end

-- The briefing's language: "Figure", "Table" as the build wrote them into metadata (labels.figure …).
local function read_labels(meta)
  local labels = meta.labels or {}
  for kind, key in pairs({ fig = "figure", tbl = "table" }) do
    if labels[key] ~= nil then
      names[kind] = pandoc.utils.stringify(labels[key])
    end
  end
end

function Pandoc(doc)
  read_labels(doc.meta)
  doc = doc:walk({
    traverse = "topdown",
    Figure = on_figure,
    Table = on_table,
    Header = function(h)
      if h.identifier ~= "" then
        sections[h.identifier] = pandoc.utils.stringify(h.content)
      end
    end,
  })
  return doc:walk({ Cite = on_cite })
end
