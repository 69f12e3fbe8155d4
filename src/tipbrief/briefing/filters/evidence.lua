--[[
evidence.lua: turn citation spans  [26]{.ev ref="ev-a ev-b"}  into footnotes that show the
evidence (verbatim quote, source title and year). Shared by the built-in engine and Quarto.

Metadata:
  evidence-json:    path of the indicator table as JSON records (_build/data/indicators.json)
  evidence-sources: path of a JSON object {source_id: {title, year, publisher}} (written by the build)
Paths starting with "/" are project-relative (Quarto's convention), whatever folder the filter runs in.
An unknown evidence id stops the render with one line naming the id.
Quotes are inserted as plain Str text, never parsed as markdown, so no source text can inject markup.
]]

local MARK = "TIPBRIEF-ERROR: "

local function fail(msg)
  error(MARK .. msg, 0)
end

local function project_dir()
  if quarto ~= nil and quarto.project ~= nil and quarto.project.directory ~= nil then
    return quarto.project.directory
  end
  local dir = os.getenv("QUARTO_PROJECT_DIR")
  if dir ~= nil and dir ~= "" then
    return dir
  end
  return nil
end

local function exists(path)
  local f = io.open(path, "r")
  if f ~= nil then
    f:close()
    return true
  end
  return false
end

-- "/x" is project-relative (Quarto's convention, and Quarto leaves such metadata alone); an absolute
-- path that exists as given (the builtin engine passes those) is taken as is. A plain relative path
-- is taken from the cwd, as Quarto rewrites existing project paths in metadata to input-relative ones
-- and runs pandoc in the input's folder, then from the project folder.
local function resolve(path)
  local dir = project_dir()
  if path:sub(1, 1) == "/" then
    if dir ~= nil and not exists(path) then
      return pandoc.path.join({ dir, path:sub(2) })
    end
    return path
  end
  if dir ~= nil and not exists(path) then
    return pandoc.path.join({ dir, path })
  end
  return path
end

local function read_json(path, what)
  local f = io.open(path, "r")
  if f == nil then
    fail(what .. " not found: " .. path)
  end
  local text = f:read("a")
  f:close()
  local ok, value = pcall(pandoc.json.decode, text, false)
  if not ok then
    fail(what .. " is not valid JSON: " .. path)
  end
  return value
end

local function is_null(v)
  return v == nil or v == pandoc.json.null
end

local evidence = nil -- id -> record
local sources = {}   -- source id -> {title, year}
local table_path = "(no evidence-json in metadata)"

-- Words of the notes in the briefing's language (labels.evidence, labels.in-section in metadata).
local words = { evidence = "Evidence", section = "section" }

local function load(meta)
  local labels = meta.labels or {}
  if labels.evidence ~= nil then words.evidence = pandoc.utils.stringify(labels.evidence) end
  if labels["in-section"] ~= nil then words.section = pandoc.utils.stringify(labels["in-section"]) end
  if meta["evidence-json"] ~= nil then
    table_path = resolve(pandoc.utils.stringify(meta["evidence-json"]))
    evidence = {}
    for _, row in ipairs(read_json(table_path, "evidence table")) do
      evidence[row.id] = row
    end
  end
  if meta["evidence-sources"] ~= nil then
    sources = read_json(resolve(pandoc.utils.stringify(meta["evidence-sources"])), "source list")
  end
end

-- In print, footnotes hold an excerpt of the quote around the figure (the full sentence is in the data
-- appendix under the evidence id); on screen the whole sentence is shown.
local EXCERPT = 60 -- characters either side of the figure
local is_print = FORMAT:match("typst") ~= nil or FORMAT:match("latex") ~= nil
local is_typst_out = FORMAT:match("typst") ~= nil

local function excerpt(quote, number)
  local ulen, usub = pandoc.text.len, pandoc.text.sub
  if not is_print or ulen(quote) <= 2 * EXCERPT + 40 then
    return quote
  end
  local at = 1
  if not is_null(number) and tostring(number) ~= "" then
    local byte = quote:find(tostring(number), 1, true)
    if byte then
      at = ulen(quote:sub(1, byte - 1)) + 1
    end
  end
  local first = math.max(1, at - EXCERPT)
  local last = math.min(ulen(quote), at + EXCERPT)
  local text = usub(quote, first, last)
  return (first > 1 and "\u{2026}" or "") .. text .. (last < ulen(quote) and "\u{2026}" or "")
end

local function note_for(row)
  local inl = pandoc.Inlines({})
  local src = sources[row.source_id]
  -- the quote stays in its source's language, marked as such (lang="en" in HTML, text(lang: "en") in Typst)
  local lang = src and not is_null(src.language) and tostring(src.language) or "en"
  lang = lang:match("^%a%a%a?$") and lang:lower() or "en"
  local quote = pandoc.Inlines({ pandoc.Str("\u{201C}") })
  quote:extend(pandoc.Inlines(excerpt(tostring(row.quote or ""), row.number_text)))
  quote:insert(pandoc.Str("\u{201D}"))
  if is_typst_out then
    inl:insert(pandoc.RawInline("typst", '#text(lang: "' .. lang .. '")['))
    inl:extend(quote)
    inl:insert(pandoc.RawInline("typst", "]"))
  else
    inl:insert(pandoc.Span(quote, { lang = lang }))
  end
  local title = src and src.title or row.source_id
  local year = (src and src.year) or row.source_year
  inl:insert(pandoc.Str(" \u{2014} "))
  inl:insert(pandoc.Emph(pandoc.Inlines(tostring(title))))
  if not is_null(year) then
    inl:extend(pandoc.Inlines(" (" .. tostring(math.floor(tonumber(year) or 0)) .. ")"))
  end
  if is_print then
    inl:extend(pandoc.Inlines(" [" .. tostring(row.id) .. "]"))
    inl:insert(pandoc.Str("."))
    return inl
  end
  if not is_null(row.section) and tostring(row.section) ~= "" then
    inl:extend(pandoc.Inlines(", " .. words.section .. " \u{201C}" .. tostring(row.section) .. "\u{201D}"))
  end
  -- on screen, the evidence id links to its row in the data appendix
  inl:insert(pandoc.Str(". "))
  inl:insert(pandoc.Link(pandoc.Inlines(words.evidence .. " " .. tostring(row.id)), "#" .. tostring(row.id),
    "", { class = "ev-link" }))
  return inl
end

-- Typst can point a footnote mark at an earlier footnote (#footnote(<label>)): the same evidence cited
-- again reuses its number instead of printing the quote once more.
local is_typst = FORMAT:match("typst") ~= nil
local typst_notes = {} -- refs -> label
local typst_count = 0

local function typst_note(key, blocks)
  local label = typst_notes[key]
  if label ~= nil then
    return pandoc.RawInline("typst", "#footnote(<" .. label .. ">)")
  end
  typst_count = typst_count + 1
  label = "evfn-" .. typst_count
  typst_notes[key] = label
  local body = pandoc.write(pandoc.Pandoc(blocks), "typst"):gsub("%s+$", "")
  return pandoc.RawInline("typst", "#footnote[" .. body .. "]<" .. label .. ">")
end

local function ev_span(span)
  if not span.classes:includes("ev") then
    return nil
  end
  if evidence == nil then
    fail("a citation span needs evidence-json in the metadata")
  end
  local refs = span.attributes["ref"] or ""
  local lines = pandoc.Inlines({})
  local ids = {}
  local shown = {} -- one sentence can state several cited values: show it once
  for id in refs:gmatch("%S+") do
    local row = evidence[id]
    if row == nil then
      fail("unknown evidence id '" .. id .. "' (not in " .. table_path .. ")")
    end
    local key = tostring(row.source_id) .. "\0" .. tostring(row.quote)
    if not shown[key] then
      local text = note_for(row)
      if #lines > 0 then
        lines:insert(pandoc.LineBreak())
      end
      lines:extend(text)
      shown[key] = true
    end
    table.insert(ids, id)
  end
  if #ids == 0 then
    fail("citation span '" .. pandoc.utils.stringify(span) .. "' has no ref")
  end
  local blocks = pandoc.Blocks({ pandoc.Para(lines) })
  if is_typst then
    return { span, typst_note(table.concat(ids, " "), blocks) }
  end
  return { span, pandoc.Note(blocks) }
end

return {
  { Meta = function(meta) load(meta) end },
  { Span = ev_span },
}
