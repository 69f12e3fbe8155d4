--[[
a11y.lua: what makes the HTML briefing usable on a phone and with a keyboard or screen reader, for both
engines (the builtin engine runs it last; Quarto after its own filters, at post-render).

Every table goes into a wrapper that scrolls sideways inside itself (class "table-scroll", see the phone
section of briefing.css / quarto.css), so a wide table never widens the page. A scrolling region must be
reachable by keyboard, so the wrapper is focusable (tabindex 0) and named (role "region" with the table's
caption, else the metadata string table-region-label).

In Typst (builtin engine: its pandoc does not pass alt text to image()) every image becomes image(..., alt:)
with its alt text (the figure's fig-alt, which crossref.lua put in the image's description), as PDF/UA-1
requires; an SVG chart keeps its natural size (drawn for the width, its text stays 9 pt), other images
the width crossref.lua gave them. Quarto does the same itself (quarto-post/typst.lua).

Metadata:
  table-region-label: name of a table region without a caption (written by the build, in the briefing's language)
]]

local fallback = "Table"

local function is_html()
  return FORMAT:match("html") ~= nil
end

local function typst_string(text)
  return '"' .. text:gsub("\\", "\\\\"):gsub('"', '\\"') .. '"'
end

local function typst_image(img)
  local alt = pandoc.utils.stringify(img.caption)
  if alt == "" then
    return nil
  end
  local params = { typst_string(img.src), "alt: " .. typst_string(alt) }
  local is_svg = img.src:lower():match("%.svg$") ~= nil
  if img.attributes.width ~= nil and not is_svg then
    table.insert(params, "width: " .. img.attributes.width)
  end
  return pandoc.RawInline("typst", "#box(image(" .. table.concat(params, ", ") .. "))")
end

local function caption_text(tbl)
  if tbl.caption ~= nil and tbl.caption.long ~= nil and #tbl.caption.long > 0 then
    return pandoc.utils.stringify(tbl.caption.long)
  end
  return ""
end

local seen = {}  -- region name -> times used: landmarks need distinct names

local function header_text(tbl)
  local cells = {}
  if tbl.head ~= nil and #tbl.head.rows > 0 then
    for _, cell in ipairs(tbl.head.rows[1].cells) do
      local text = pandoc.utils.stringify(cell.contents)
      if text ~= "" then
        table.insert(cells, text)
      end
    end
  end
  return table.concat(cells, ", ")
end

local function wrap(tbl)
  local name = caption_text(tbl)
  if name == "" then
    local head = header_text(tbl)
    name = head ~= "" and (fallback .. ": " .. head) or fallback
  end
  seen[name] = (seen[name] or 0) + 1
  if seen[name] > 1 then
    name = name .. " (" .. seen[name] .. ")"
  end
  -- attributes as a list of pairs: a Lua table's key order varies from run to run, the HTML must not
  local attr = pandoc.Attr("", { "table-scroll" }, { { "tabindex", "0" }, { "role", "region" }, { "aria-label", name } })
  return pandoc.Div({ tbl }, attr)
end

return {
  {
    Meta = function(meta)
      if meta["table-region-label"] ~= nil then
        fallback = pandoc.utils.stringify(meta["table-region-label"])
      end
    end,
  },
  {
    Table = function(tbl)
      if is_html() then
        return wrap(tbl)
      end
    end,
    Image = function(img)
      if FORMAT:match("typst") ~= nil then
        return typst_image(img)
      end
    end,
  },
}
